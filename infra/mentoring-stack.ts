import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { ApiConstruct } from "./constructs/api-construct.js";
import { AuthConstruct } from "./constructs/auth-construct.js";
import { ConsoleConstruct } from "./constructs/console-construct.js";
import { DataConstruct } from "./constructs/data-construct.js";
import { MailConstruct } from "./constructs/mail-construct.js";
import { OriginConstruct } from "./constructs/origin-construct.js";
import { RequestLimitsConstruct } from "./constructs/request-limits-construct.js";
import { ScheduleConstruct } from "./constructs/schedule-construct.js";
import { WorkflowConstruct } from "./constructs/workflow-construct.js";
import { ROUTES, type RouteGrant } from "./routes.js";
import { SCHEDULES } from "./schedules.js";

export interface MentoringStackProps extends StackProps {
  contactEmail?: string;
  coordinatorEmail?: string;
  /** The language of the coordinator's e-mails, `lv` (default) or `en`. */
  coordinatorLanguage?: string;
  mailFrom?: string;
  /** The web ACL (FirewallStack, us-east-1) in front of the public distribution. */
  webAclArn?: string;
}

/** The whole system; it only wires the constructs together. */
export class MentoringStack extends Stack {
  readonly data: DataConstruct;
  readonly api: ApiConstruct;
  readonly auth: AuthConstruct;
  readonly console: ConsoleConstruct;
  readonly origin: OriginConstruct;
  readonly mail: MailConstruct;
  readonly workflow: WorkflowConstruct;
  readonly limits: RequestLimitsConstruct;
  readonly schedules: ScheduleConstruct;

  constructor(scope: Construct, id: string, props: MentoringStackProps = {}) {
    super(scope, id, props);
    const contactEmail = props.contactEmail ?? "mentori@example.lv";
    this.data = new DataConstruct(this, "Data");
    this.console = new ConsoleConstruct(this, "Console", { webAclArn: props.webAclArn });
    this.auth = new AuthConstruct(this, "Auth", { consoleUrl: this.console.url });
    this.mail = new MailConstruct(this, "Mail", { from: props.mailFrom ?? contactEmail });
    const environment = {
      CONTACT_EMAIL: contactEmail,
      COORDINATOR_EMAIL: props.coordinatorEmail ?? contactEmail,
      COORDINATOR_LANGUAGE: props.coordinatorLanguage === "en" ? "en" : "lv",
      MAIL_FROM: this.mail.from,
      SES_CONFIGURATION_SET: this.mail.configurationSet.configurationSetName,
      FORM_LINK_SECRET_ARN: this.auth.formLinkKey.secretArn,
      // Links in e-mails go to the distribution (WAF, console), never to execute-api.
      PUBLIC_BASE_URL: this.console.siteUrl,
    };
    this.workflow = new WorkflowConstruct(this, "Workflow", {
      data: this.data,
      mail: this.mail,
      auth: this.auth,
      environment,
    });
    const grants: Record<
      RouteGrant,
      (fn: Parameters<ApiConstruct["functions"]["set"]>[1]) => void
    > = {
      startWorkflow: (fn) => this.workflow.grantStart(fn),
      resumeWorkflow: (fn) => this.workflow.grantResume(fn),
      restartWorkflow: (fn) => this.workflow.grantRestart(fn),
      readWorkflow: (fn) => this.workflow.grantReadHistory(fn),
      sendMail: (fn) => this.mail.grantSend(fn),
      formLinks: (fn) => this.auth.grantFormLinks(fn),
    };
    this.api = new ApiConstruct(this, "Api", {
      routes: ROUTES,
      data: this.data,
      auth: this.auth,
      environment: {
        ...environment,
        STATE_MACHINE_ARN: this.workflow.stateMachine.stateMachineArn,
        COHORT_STATE_MACHINE_ARN: this.workflow.cohortStateMachine.stateMachineArn,
      },
      grant: (grant, fn) => grants[grant](fn),
    });
    // One public origin: CloudFront serves the API's routes too, and only it reaches them.
    this.origin = new OriginConstruct(this, "Origin", {
      distribution: this.console.distribution,
      api: this.api.api,
      routes: ROUTES,
      apiHeaders: this.console.headers,
    });
    for (const fn of this.api.functions.values()) this.origin.expectOrigin(fn);
    this.console.deploy({ ...this.auth.consoleSignInConfig() });
    this.mail.handleBouncesAndComplaints({ data: this.data, environment });
    // Every public POST counts its clients' requests (the counters' key); the hourly digest
    // of link requests e-mails the coordinator.
    this.limits = new RequestLimitsConstruct(this, "RequestLimits");
    for (const route of ROUTES.filter((r) => r.method === "POST" && !r.coordinator)) {
      const fn = this.api.functions.get(route.id);
      if (fn) this.limits.limit(fn);
    }
    this.schedules = new ScheduleConstruct(this, "Schedules", {
      schedules: SCHEDULES,
      data: this.data,
      environment,
      grant: (grant, fn) => grants[grant](fn),
    });
    new CfnOutput(this, "PublicUrl", { value: this.console.siteUrl });
    // Answers only CloudFront (403 to anyone else); kept for operators' diagnosis.
    new CfnOutput(this, "ApiUrl", { value: this.api.api.apiEndpoint });
    new CfnOutput(this, "TableName", { value: this.data.table.tableName });
    new CfnOutput(this, "StateMachineArn", { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, "CohortStateMachineArn", {
      value: this.workflow.cohortStateMachine.stateMachineArn,
    });
    new CfnOutput(this, "ConsoleUrl", { value: this.console.url });
    new CfnOutput(this, "UserPoolId", { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, "ConsoleClientId", { value: this.auth.consoleClient.userPoolClientId });
  }
}
