import { Duration } from "aws-cdk-lib";
import { Rule, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Construct } from "constructs";
import type { RouteGrant } from "../routes.js";
import type { ScheduleDefinition } from "../schedules.js";
import type { DataConstruct } from "./data-construct.js";
import { createNodeFunction } from "./node-function.js";

export interface ScheduleConstructProps {
  schedules: readonly ScheduleDefinition[];
  data: DataConstruct;
  environment: Record<string, string>;
  /** Gives a function what its schedule declares beyond the table (send mail, ...). */
  grant: (grant: RouteGrant, fn: NodejsFunction) => void;
}

/**
 * One function per schedule, invoked every hour by an EventBridge rule; each may read and
 * write the table and do what its schedule declares, nothing more.
 */
export class ScheduleConstruct extends Construct {
  readonly functions = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, props: ScheduleConstructProps) {
    super(scope, id);
    for (const schedule of props.schedules) {
      const fn = createNodeFunction(this, schedule.id, {
        entry: schedule.entry,
        data: props.data,
        environment: props.environment,
        timeout: Duration.seconds(30),
      });
      props.data.grantReadWrite(fn);
      for (const grant of schedule.grants) props.grant(grant, fn);
      new Rule(this, `${schedule.id}Rule`, {
        description: `Runs ${schedule.id} every hour at minute ${schedule.minute}`,
        schedule: Schedule.cron({ minute: String(schedule.minute) }),
        // The handler is idempotent; a missed tick is caught up by the next one.
        targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
      });
      this.functions.set(schedule.id, fn);
    }
  }
}
