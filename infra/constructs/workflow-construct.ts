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
import { buildCohortMachine } from "../../workflows/cohort/build-cohort-machine.js";
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

/** The steps that render PDFs (certificates; the cohort's funder's report) carry the fonts. */
const PDF_STEPS: ReadonlySet<StepId> = new Set(["HandOverCertificates", "CohortTask"]);

/** The workflows: the relationship's and the cohort's Standard state machines and their steps. */
export class WorkflowConstruct extends Construct {
  readonly stateMachine: StateMachine;
  /** The cohorts' workflow: one execution per programme round. */
  readonly cohortStateMachine: StateMachine;
  readonly steps: Record<StepId, NodejsFunction>;
  readonly stateMachineName: string;
  readonly cohortStateMachineName: string;

  constructor(scope: Construct, id: string, props: WorkflowConstructProps) {
    super(scope, id);
    const steps = {} as Record<StepId, NodejsFunction>;
    for (const [stepId, entry] of Object.entries(STEP_HANDLERS) as [StepId, string][]) {
      const fn = createNodeFunction(this, stepId, {
        entry,
        data: props.data,
        environment: props.environment,
        timeout: Duration.seconds(20),
        certificateFonts: PDF_STEPS.has(stepId),
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
    this.cohortStateMachineName = `${Stack.of(this).stackName}-cohort`;
    this.cohortStateMachine = new StateMachine(this, "Cohort", {
      stateMachineName: this.cohortStateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(buildCohortMachine(this, steps)),
      comment: "One programme round (cohort) from the intake to the funder's report",
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: false },
    });
    // The steps resume tasks of both machines: their ARNs follow from the fixed names.
    for (const [variable, resourceName] of [
      ["STATE_MACHINE_ARN", this.stateMachineName],
      ["COHORT_STATE_MACHINE_ARN", this.cohortStateMachineName],
    ] as const) {
      const arn = Stack.of(this).formatArn({
        service: "states",
        resource: "stateMachine",
        resourceName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      });
      for (const fn of Object.values(steps)) fn.addEnvironment(variable, arn);
    }
    // Steps that replay an answer already given resume their own task.
    this.grantResume(steps.RequestForm);
    this.grantResume(steps.OpenEscalation);
    this.grantResume(steps.AwaitCohortDecision);
    // The generated role invokes each step function and its versions (`<arn>:*`), and
    // X-Ray and log delivery have no resource-level permissions.
    for (const machine of [this.stateMachine, this.cohortStateMachine]) {
      const role = Validations.of(machine.role);
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
  }

  /** Starting executions of both workflows (a relationship's, a cohort's). */
  grantStart(grantee: IGrantable) {
    this.cohortStateMachine.grantStartExecution(grantee);
    return this.stateMachine.grantStartExecution(grantee);
  }

  /**
   * Start a relationship's next execution and stop the running one (DescribeExecution to
   * know whether it runs): what a decision on an escalation that no task waits for needs.
   */
  grantRestart(grantee: IGrantable) {
    this.stateMachine.grantStartExecution(grantee);
    this.cohortStateMachine.grantStartExecution(grantee);
    this.grantOnExecutions(
      grantee,
      ["states:DescribeExecution", "states:StopExecution"],
      "The executions of the two workflows (one per relationship or cohort, named by its id); only the caller's own is described or stopped.",
    );
  }

  /** SendTaskSuccess/Failure only: what a form or a decision needs to resume the workflow. */
  grantResume(grantee: IGrantable) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["states:SendTaskSuccess", "states:SendTaskFailure"],
        resources: [this.stateMachineName, this.cohortStateMachineName].map((resourceName) =>
          Stack.of(this).formatArn({
            service: "states",
            resource: "stateMachine",
            resourceName,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ),
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
        resources: [this.stateMachine.stateMachineArn, this.cohortStateMachine.stateMachineArn],
      }),
    );
    this.grantOnExecutions(
      grantee,
      ["states:GetExecutionHistory"],
      "The executions of the two workflows (one per relationship or cohort, named by its id); only their history is read.",
    );
  }

  /**
   * Actions on this machine's executions (`<machine>:*`: one per relationship, named by its
   * id), with cdk-nag's wildcard finding acknowledged for the reason given.
   */
  private grantOnExecutions(grantee: IGrantable, actions: string[], reason: string) {
    const stack = Stack.of(this);
    const all = [this.stateMachineName, this.cohortStateMachineName].map((name) => `${name}:*`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions,
        resources: all.map((resourceName) =>
          stack.formatArn({
            service: "states",
            resource: "execution",
            resourceName,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ),
      }),
    );
    // cdk-nag names an unresolved pseudo parameter <AWS::Name> and a known value as it is
    // (the CLI knows the region; the tests do not).
    const named = (value: string, pseudo: string) =>
      Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
    if (Construct.isConstruct(grantee.grantPrincipal))
      for (const executions of all)
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
