import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { ApiConstruct } from "./constructs/api-construct.js";
import { AuthConstruct } from "./constructs/auth-construct.js";
import { ConsoleConstruct } from "./constructs/console-construct.js";
import { DataConstruct } from "./constructs/data-construct.js";
import { MailConstruct } from "./constructs/mail-construct.js";
import { WorkflowConstruct } from "./constructs/workflow-construct.js";
import { ROUTES, type RouteGrant } from "./routes.js";

export interface MentoringStackProps extends StackProps {
  contactEmail?: string;
  coordinatorEmail?: string;
  /** The language of the coordinator's e-mails, `lv` (default) or `en`. */
  coordinatorLanguage?: string;
  mailFrom?: string;
}

/** The whole system; it only wires the constructs together. */
export class MentoringStack extends Stack {
  readonly data: DataConstruct;
  readonly api: ApiConstruct;
  readonly auth: AuthConstruct;
  readonly console: ConsoleConstruct;
  readonly mail: MailConstruct;
  readonly workflow: WorkflowConstruct;

  constructor(scope: Construct, id: string, props: MentoringStackProps = {}) {
    super(scope, id, props);
    const contactEmail = props.contactEmail ?? "mentori@example.lv";
    this.data = new DataConstruct(this, "Data");
    this.console = new ConsoleConstruct(this, "Console");
    this.auth = new AuthConstruct(this, "Auth", { consoleUrl: this.console.url });
    this.mail = new MailConstruct(this, "Mail", { from: props.mailFrom ?? contactEmail });
    const environment = {
      CONTACT_EMAIL: contactEmail,
      COORDINATOR_EMAIL: props.coordinatorEmail ?? contactEmail,
      COORDINATOR_LANGUAGE: props.coordinatorLanguage === "en" ? "en" : "lv",
      MAIL_FROM: this.mail.from,
      SES_CONFIGURATION_SET: this.mail.configurationSet.configurationSetName,
      FORM_LINK_SECRET_ARN: this.auth.formLinkKey.secretArn,
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
      },
      grant: (grant, fn) => grants[grant](fn),
    });
    this.console.routeApi(this.api.api);
    this.console.deploy({ ...this.auth.consoleSignInConfig() });
    const mailEvents = this.mail.handleBouncesAndComplaints({ data: this.data, environment });
    this.workflow.setEnvironment("PUBLIC_BASE_URL", this.api.api.apiEndpoint);
    mailEvents.addEnvironment("PUBLIC_BASE_URL", this.api.api.apiEndpoint);
    for (const fn of this.api.functions.values())
      fn.addEnvironment("PUBLIC_BASE_URL", this.api.api.apiEndpoint);
    new CfnOutput(this, "ApiUrl", { value: this.api.api.apiEndpoint });
    new CfnOutput(this, "TableName", { value: this.data.table.tableName });
    new CfnOutput(this, "StateMachineArn", { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, "ConsoleUrl", { value: this.console.url });
    new CfnOutput(this, "UserPoolId", { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, "ConsoleClientId", { value: this.auth.consoleClient.userPoolClientId });
  }
}
