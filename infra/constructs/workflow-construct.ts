import {
  ArnFormat,
  type CfnElement,
  Duration,
  RemovalPolicy,
  Stack,
  Token,
  Validations,
} from "aws-cdk-lib";
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
} from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import { buildRelationshipMachine } from "../../workflows/relationship/build-relationship-machine.js";
import { STEP_HANDLERS, type StepId } from "../../workflows/relationship/relationship-steps.js";
import { STEP_TABLE_ACCESS } from "../table-access.js";
import type { AuthConstruct } from "./auth-construct.js";
import type { DataConstruct } from "./data-construct.js";
import type { MailConstruct } from "./mail-construct.js";
import { createNodeFunction } from "./node-function.js";

export interface WorkflowConstructProps {
  data: DataConstruct;
  mail: MailConstruct;
  auth: AuthConstruct;
  environment: Record<string, string>;
}

/** The relationship workflow: one Standard state machine and its step Lambdas. */
export class WorkflowConstruct extends Construct {
  readonly stateMachine: StateMachine;
  readonly steps: Record<StepId, NodejsFunction>;
  readonly stateMachineName: string;

  constructor(scope: Construct, id: string, props: WorkflowConstructProps) {
    super(scope, id);
    const steps = {} as Record<StepId, NodejsFunction>;
    for (const [stepId, entry] of Object.entries(STEP_HANDLERS) as [StepId, string][]) {
      const fn = createNodeFunction(this, stepId, {
        entry,
        data: props.data,
        environment: props.environment,
        timeout: Duration.seconds(20),
        certificateFonts: stepId === "HandOverCertificates",
      });
      // Only the item families the step touches (infra/table-access.ts).
      props.data.grantItems(fn, STEP_TABLE_ACCESS[stepId]);
      props.mail.grantSend(fn);
      props.auth.grantFormLinks(fn);
      steps[stepId] = fn;
    }
    this.steps = steps;

    const logs = new LogGroup(this, "ExecutionLogs", {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // A fixed name gives the machine an ARN known before it exists: the steps that resume
    // their own tasks can be granted that without a dependency cycle.
    this.stateMachineName = `${Stack.of(this).stackName}-relationship`;
    this.stateMachine = new StateMachine(this, "Relationship", {
      stateMachineName: this.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(buildRelationshipMachine(this, steps)),
      comment: "One mentoring relationship from consent to closure",
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: false },
    });
    // Steps that replay an answer already given resume their own task.
    this.grantResume(steps.RequestForm);
    this.grantResume(steps.OpenEscalation);
    // The generated role invokes each step function and its versions (`<arn>:*`), and
    // X-Ray and log delivery have no resource-level permissions.
    const role = Validations.of(this.stateMachine.role);
    role.acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason: "X-Ray and CloudWatch log delivery support no resource-level permissions.",
    });
    for (const fn of Object.values(steps)) {
      role.acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: "Invoking a step Lambda covers its versions and aliases (<arn>:*).",
      });
    }
  }

  grantStart(grantee: IGrantable) {
    return this.stateMachine.grantStartExecution(grantee);
  }

  /**
   * Start a relationship's next execution and stop the running one (DescribeExecution to
   * know whether it runs): what a decision on an escalation that no task waits for needs.
   */
  grantRestart(grantee: IGrantable) {
    this.stateMachine.grantStartExecution(grantee);
    this.grantOnExecutions(
      grantee,
      ["states:DescribeExecution", "states:StopExecution"],
      "The executions of this one state machine (one per relationship, named by its id); only the relationship's own is described or stopped.",
    );
  }

  /** SendTaskSuccess/Failure only: what a form or a decision needs to resume the workflow. */
  grantResume(grantee: IGrantable) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["states:SendTaskSuccess", "states:SendTaskFailure"],
        resources: [
          Stack.of(this).formatArn({
            service: "states",
            resource: "stateMachine",
            resourceName: this.stateMachineName,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
  }

  /**
   * DescribeStateMachine on the machine and GetExecutionHistory on its executions: what the
   * console's workflow graph reads, and nothing that starts, stops or resumes.
   */
  grantReadHistory(grantee: IGrantable) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["states:DescribeStateMachine"],
        resources: [this.stateMachine.stateMachineArn],
      }),
    );
    this.grantOnExecutions(
      grantee,
      ["states:GetExecutionHistory"],
      "The executions of this one state machine (one per relationship, named by its id); only their history is read.",
    );
  }

  /**
   * Actions on this machine's executions (`<machine>:*`: one per relationship, named by its
   * id), with cdk-nag's wildcard finding acknowledged for the reason given.
   */
  private grantOnExecutions(grantee: IGrantable, actions: string[], reason: string) {
    const stack = Stack.of(this);
    const executions = `${this.stateMachineName}:*`;
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions,
        resources: [
          stack.formatArn({
            service: "states",
            resource: "execution",
            resourceName: executions,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
    // cdk-nag names an unresolved pseudo parameter <AWS::Name> and a known value as it is
    // (the CLI knows the region; the tests do not).
    const named = (value: string, pseudo: string) =>
      Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
    if (Construct.isConstruct(grantee.grantPrincipal))
      Validations.of(grantee.grantPrincipal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:${named(stack.partition, "Partition")}:states:${named(stack.region, "Region")}:${named(stack.account, "AccountId")}:execution:${executions}]`,
        reason,
      });
  }

  /** Step functions are told the public address of the forms once the API exists. */
  setEnvironment(name: string, value: string) {
    for (const fn of Object.values(this.steps)) fn.addEnvironment(name, value);
  }
}
