import { Stack } from "aws-cdk-lib";
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { ConfigurationSet, EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import { Construct } from "constructs";

export interface MailConstructProps {
  /** The address mail comes from; SES sends to it to verify it. */
  from: string;
}

/** SES: one configuration set for every message, and the sender identity. */
export class MailConstruct extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  readonly from: string;

  constructor(scope: Construct, id: string, props: MailConstructProps) {
    super(scope, id);
    this.from = props.from;
    this.configurationSet = new ConfigurationSet(this, "ConfigurationSet");
    this.identity = new EmailIdentity(this, "Sender", {
      identity: Identity.email(props.from),
      configurationSet: this.configurationSet,
    });
  }

  /** SendEmail from the sender identity through the configuration set, nothing else. */
  grantSend(grantee: IGrantable) {
    const stack = Stack.of(this);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["ses:SendEmail"],
        resources: [
          stack.formatArn({ service: "ses", resource: "identity", resourceName: this.from }),
          stack.formatArn({
            service: "ses",
            resource: "identity",
            resourceName: this.from.split("@")[1] ?? this.from,
          }),
          stack.formatArn({
            service: "ses",
            resource: "configuration-set",
            resourceName: this.configurationSet.configurationSetName,
          }),
        ],
      }),
    );
  }
}
