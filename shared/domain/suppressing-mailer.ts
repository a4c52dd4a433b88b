import type { Mailer, OutgoingMail } from "../ports/mailer.js";
import type { Store } from "../ports/store.js";
import type { Suppression } from "../schemas/mail-event.js";

/** What the decorator tells about a message it did not send. */
export interface SkippedMail {
  key: string;
  to: string;
  reason: Suppression["reason"];
  suppressedAt: string;
}

export type SendResult = { messageId: string; duplicate: boolean; suppressed?: boolean };

/** Logs one JSON line per skipped message (CloudWatch on AWS, the console locally). */
export const logSkippedMail = (skipped: SkippedMail) =>
  console.warn(
    JSON.stringify({
      level: "warn",
      message: "mail not sent: the address is undeliverable",
      mailKey: skipped.key,
      reason: skipped.reason,
      suppressedAt: skipped.suppressedAt,
    }),
  );

/**
 * Every sender's Mailer: nothing goes to an address that bounced permanently or complained.
 * Such a message is skipped (answered `{ suppressed: true }`) and reported to `onSkip`; its
 * idempotency key stays unused, so it is not marked as sent.
 */
export class SuppressingMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly suppressions: Pick<Store, "getSuppression">,
    private readonly onSkip: (skipped: SkippedMail) => void = logSkippedMail,
  ) {}

  async send(mail: OutgoingMail): Promise<SendResult> {
    const suppression = await this.suppressions.getSuppression(mail.to);
    if (suppression) {
      this.onSkip({
        key: mail.key,
        to: mail.to,
        reason: suppression.reason,
        suppressedAt: suppression.suppressedAt,
      });
      return { messageId: "", duplicate: false, suppressed: true };
    }
    return this.inner.send(mail);
  }
}
