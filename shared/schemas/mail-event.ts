import { z } from "zod";
import { normaliseEmail } from "../table/table-definition.js";

/**
 * SES sending events as EventBridge delivers them (a configuration set's event destination
 * on the default bus): `source` "aws.ses", `detail-type` "Email Bounced" or "Email Complaint
 * Received", and in `detail` the same record SES publishes to SNS or Firehose
 * (`eventType`, `mail`, `bounce` / `complaint`). Unknown fields are ignored, so SES may add
 * more without breaking the parse.
 */

/** Lenient on purpose: SES reports what the receiving server said; one odd address must not drop the event. */
const address = z.string().trim().min(3).max(320).regex(/@/, "not an e-mail address");

const mailSchema = z.object({
  /** The id SES answered SendEmail with. */
  messageId: z.string().min(1),
  timestamp: z.iso.datetime({ offset: true }).optional(),
  destination: z.array(z.string()).optional(),
  /** Message tags; SES adds `ses:configuration-set` and others itself. */
  tags: z.record(z.string(), z.array(z.string())).optional(),
});

export const bounceTypeSchema = z.enum(["Permanent", "Transient", "Undetermined"]);

const bounceDetailSchema = z.object({
  eventType: z.literal("Bounce"),
  mail: mailSchema,
  bounce: z.object({
    bounceType: bounceTypeSchema,
    bounceSubType: z.string().optional(),
    bouncedRecipients: z.array(z.object({ emailAddress: address })).min(1),
    timestamp: z.iso.datetime({ offset: true }).optional(),
    feedbackId: z.string().optional(),
  }),
});

const complaintDetailSchema = z.object({
  eventType: z.literal("Complaint"),
  mail: mailSchema,
  complaint: z.object({
    complainedRecipients: z.array(z.object({ emailAddress: address })).min(1),
    complaintFeedbackType: z.string().optional(),
    timestamp: z.iso.datetime({ offset: true }).optional(),
    feedbackId: z.string().optional(),
  }),
});

const envelope = {
  /** EventBridge's event id: the same on every redelivery of this event. */
  id: z.string().min(1).max(200),
  source: z.literal("aws.ses"),
  time: z.iso.datetime({ offset: true }).optional(),
};

export const sesMailEventSchema = z.discriminatedUnion("detail-type", [
  z.object({ ...envelope, "detail-type": z.literal("Email Bounced"), detail: bounceDetailSchema }),
  z.object({
    ...envelope,
    "detail-type": z.literal("Email Complaint Received"),
    detail: complaintDetailSchema,
  }),
]);
export type SesMailEvent = z.infer<typeof sesMailEventSchema>;

/** What a report says about one address. Only `permanent_bounce` and `complaint` suppress. */
export const mailFeedbackKindSchema = z.enum([
  "permanent_bounce",
  "transient_bounce",
  "undetermined_bounce",
  "complaint",
]);
export type MailFeedbackKind = z.infer<typeof mailFeedbackKindSchema>;

/** Reports that make an address undeliverable. */
export const suppressionReasonSchema = mailFeedbackKindSchema.extract([
  "permanent_bounce",
  "complaint",
]);
export type SuppressionReason = z.infer<typeof suppressionReasonSchema>;

/** A bounce or complaint report, independent of how it arrived (EventBridge, a local test). */
export const mailEventSchema = z.object({
  /** Stable per report: redeliveries carry the same id. */
  eventId: z.string().min(1),
  kind: mailFeedbackKindSchema,
  /** Lower-cased addresses the report is about. */
  recipients: z.array(z.string()).min(1),
  messageId: z.string(),
  /** SES's subtype (e.g. "General", "abuse"), for the record. */
  subType: z.string().optional(),
  /** When SES reported it. */
  reportedAt: z.iso.datetime({ offset: true }).optional(),
});
export type MailEvent = z.infer<typeof mailEventSchema>;

/** One report about one address, kept for the record (transient bounces included). */
export const mailFeedbackSchema = z.object({
  feedbackId: z.string(),
  email: z.string(),
  kind: mailFeedbackKindSchema,
  messageId: z.string(),
  subType: z.string().optional(),
  reportedAt: z.iso.datetime({ offset: true }).optional(),
  receivedAt: z.iso.datetime(),
});
export type MailFeedback = z.infer<typeof mailFeedbackSchema>;

/** An undeliverable address: no mail goes to it any more. The first report that made it so wins. */
export const suppressionSchema = z.object({
  email: z.string(),
  reason: suppressionReasonSchema,
  feedbackId: z.string(),
  messageId: z.string(),
  suppressedAt: z.iso.datetime(),
});
export type Suppression = z.infer<typeof suppressionSchema>;

/** The EventBridge shape turned into the domain's report. */
export function toMailEvent(event: SesMailEvent): MailEvent {
  const { detail } = event;
  if (detail.eventType === "Bounce") {
    const kind: MailFeedbackKind =
      detail.bounce.bounceType === "Permanent"
        ? "permanent_bounce"
        : detail.bounce.bounceType === "Transient"
          ? "transient_bounce"
          : "undetermined_bounce";
    return {
      eventId: event.id,
      kind,
      recipients: [
        ...new Set(detail.bounce.bouncedRecipients.map((r) => normaliseEmail(r.emailAddress))),
      ],
      messageId: detail.mail.messageId,
      subType: detail.bounce.bounceSubType,
      reportedAt: detail.bounce.timestamp ?? event.time,
    };
  }
  return {
    eventId: event.id,
    kind: "complaint",
    recipients: [
      ...new Set(detail.complaint.complainedRecipients.map((r) => normaliseEmail(r.emailAddress))),
    ],
    messageId: detail.mail.messageId,
    subType: detail.complaint.complaintFeedbackType,
    reportedAt: detail.complaint.timestamp ?? event.time,
  };
}
