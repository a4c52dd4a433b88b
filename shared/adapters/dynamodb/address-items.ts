import {
  type MailFeedback,
  mailFeedbackSchema,
  type Suppression,
  suppressionSchema,
} from "../../schemas/mail-event.js";
import { keys, normaliseEmail } from "../../table/table-definition.js";
import { type TableClient, withoutKeys } from "./table-client.js";

/** Kept two years, like the mail outbox: long after any redelivery could come. */
const KEPT_SECONDS = 2 * 365 * 86400;

/** An e-mail address's partition: who applied with it, its suppression and bounce reports. */
export class AddressItems {
  constructor(private readonly table: TableClient) {}

  async findParticipantIdByEmail(email: string): Promise<string | undefined> {
    const item = await this.table.get(keys.emailLock(email));
    return typeof item?.participantId === "string" ? item.participantId : undefined;
  }

  async recordMailFeedback(
    feedback: MailFeedback,
  ): Promise<{ feedback: MailFeedback; created: boolean }> {
    const key = keys.mailFeedback(feedback.email, feedback.feedbackId);
    const created = await this.table.putIfAbsent({
      ...key,
      itemType: "mail-feedback",
      ...feedback,
      expiresAt: Math.floor(Date.parse(feedback.receivedAt) / 1000) + KEPT_SECONDS,
    });
    if (created) return { feedback, created };
    const item = await this.table.get(key);
    return { feedback: mailFeedbackSchema.parse(withoutKeys(item ?? {})), created };
  }

  async suppressAddress(
    suppression: Suppression,
  ): Promise<{ suppression: Suppression; created: boolean }> {
    const record = { ...suppression, email: normaliseEmail(suppression.email) };
    const created = await this.table.putIfAbsent({
      ...keys.mailSuppression(record.email),
      itemType: "mail-suppression",
      ...record,
    });
    if (created) return { suppression: record, created };
    const existing = await this.getSuppression(suppression.email);
    if (!existing) throw new Error("the suppression vanished between its write and its read");
    return { suppression: existing, created };
  }

  async getSuppression(email: string): Promise<Suppression | undefined> {
    const item = await this.table.get(keys.mailSuppression(email));
    return item ? suppressionSchema.parse(withoutKeys(item)) : undefined;
  }
}
