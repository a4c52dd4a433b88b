import { Duration, Stack } from "aws-cdk-lib";
import { EventBus, Rule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from "aws-cdk-lib/aws-ses";
import { Construct } from "constructs";
import type { DataConstruct } from "./data-construct.js";
import { createNodeFunction } from "./node-function.js";

export interface MailConstructProps {
  /** The address mail comes from; SES sends to it to verify it. */
  from: string;
}

/** The handler of SES bounces and complaints (one Lambda, outside the route table). */
export const MAIL_EVENT_HANDLER = {
  id: "HandleMailEvent",
  entry: "functions/events/handle-mail-event.ts",
  /** The EventBridge detail types SES gives the events the handler takes. */
  detailTypes: ["Email Bounced", "Email Complaint Received"],
} as const;

/** SES: one configuration set for every message, and the sender identity. */
export class MailConstruct extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  readonly from: string;
  /** Set by `handleBouncesAndComplaints`. */
  feedbackHandler?: NodejsFunction;

  constructor(scope: Construct, id: string, props: MailConstructProps) {
    super(scope, id);
    this.from = props.from;
    this.configurationSet = new ConfigurationSet(this, "ConfigurationSet");
    this.identity = new EmailIdentity(this, "Sender", {
      identity: Identity.email(props.from),
      configurationSet: this.configurationSet,
    });
  }

  /**
   * Bounces and complaints of the configuration set go to the default event bus; a rule
   * hands exactly those (of this configuration set) to one Lambda, which marks the address
   * undeliverable and escalates. The Lambda reads and writes the table and may e-mail the
   * coordinator.
   */
  handleBouncesAndComplaints(props: {
    data: DataConstruct;
    environment: Record<string, string>;
  }): NodejsFunction {
    const bus = EventBus.fromEventBusName(this, "DefaultBus", "default");
    this.configurationSet.addEventDestination("BouncesAndComplaints", {
      destination: EventDestination.eventBus(bus),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const fn = createNodeFunction(this, MAIL_EVENT_HANDLER.id, {
      entry: MAIL_EVENT_HANDLER.entry,
      data: props.data,
      environment: props.environment,
    });
    props.data.grantReadWrite(fn);
    this.grantSend(fn);
    new Rule(this, "BouncesAndComplaintsRule", {
      description: "SES bounces and complaints of the programme's configuration set",
      eventBus: bus,
      eventPattern: {
        source: ["aws.ses"],
        detailType: [...MAIL_EVENT_HANDLER.detailTypes],
        detail: {
          mail: { tags: { "ses:configuration-set": [this.configurationSet.configurationSetName] } },
        },
      },
      // A failed invocation is retried; the handler is idempotent, so a retry is harmless.
      targets: [new LambdaFunction(fn, { retryAttempts: 8, maxEventAge: Duration.hours(24) })],
    });
    this.feedbackHandler = fn;
    return fn;
  }

  /**
   * SendEmail from the sender identity through the configuration set, nothing else. The
   * From-address condition matters because the identity may be the whole domain: without
   * it, a function could send as any address of the domain (a convincing phishing sender).
   */
  grantSend(grantee: IGrantable) {
    const stack = Stack.of(this);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["ses:SendEmail"],
        conditions: { StringEquals: { "ses:FromAddress": this.from } },
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
