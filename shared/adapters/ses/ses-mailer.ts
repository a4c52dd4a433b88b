import { type SESv2Client, SESv2ServiceException, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { Mailer, MailOutbox, OutgoingMail } from "../../ports/mailer.js";

export interface SesMailerOptions {
  /** The verified sender, e.g. `Mentoringa programma <mentori@example.lv>`. */
  from: string;
  configurationSetName?: string;
  outbox: MailOutbox;
  /** Stamps the claim; the local runtime passes its simulated clock. */
  clock?: Clock;
}

const utf8 = (data: string) => ({ Data: data, Charset: "UTF-8" });

/** The Mailer on Amazon SES (API v2); the client comes from the composition module. */
export class SesMailer implements Mailer {
  private readonly clock: Clock;

  constructor(
    private readonly client: SESv2Client,
    private readonly options: SesMailerOptions,
  ) {
    this.clock = options.clock ?? systemClock;
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string; duplicate: boolean }> {
    const { outbox } = this.options;
    // Claim before sending: of any number of concurrent or retried calls only one sends.
    if (!(await outbox.claim(mail.key, this.clock.now()))) {
      return { messageId: "", duplicate: true };
    }
    let messageId: string;
    try {
      const answer = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: utf8(mail.subject),
              Body: { Text: utf8(mail.text), Html: utf8(mail.html) },
            },
          },
          ConfigurationSetName: this.options.configurationSetName,
        }),
      );
      messageId = answer.MessageId ?? "";
    } catch (error) {
      // An error answer from SES means it did not accept the message, so a retry may send.
      // Without an answer (network, timeout) it may have gone out: keep the claim.
      // A failed release only leaves the key at-most-once; the SES error is what matters.
      if (error instanceof SESv2ServiceException && outbox.release) {
        await outbox.release(mail.key).catch(() => undefined);
      }
      throw error;
    }
    await outbox.markSent(mail.key, messageId);
    return { messageId, duplicate: false };
  }
}
