import {
  type EmailContent,
  type SESv2Client,
  SESv2ServiceException,
  SendEmailCommand,
} from "@aws-sdk/client-sesv2";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { Mailer, MailOutbox, OutgoingMail } from "../../ports/mailer.js";
import { buildMime } from "./build-mime.js";

export interface SesMailerOptions {
  /** The verified sender, e.g. `Mentoringa programma <mentori@example.lv>`. */
  from: string;
  configurationSetName?: string;
  outbox: MailOutbox;
  /** Stamps the claim; the local runtime passes its simulated clock. */
  clock?: Clock;
}

const utf8 = (data: string) => ({ Data: data, Charset: "UTF-8" });

/** Simple content as before; a message with attachments goes as a MIME message (Raw). */
function emailContent(mail: OutgoingMail, from: string): EmailContent {
  if (!mail.attachments?.length) {
    return {
      Simple: {
        Subject: utf8(mail.subject),
        Body: { Text: utf8(mail.text), Html: utf8(mail.html) },
      },
    };
  }
  const mime = buildMime({
    from,
    to: [mail.to],
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments,
    replyTo: mail.replyTo,
  });
  // The SDK base64-encodes the bytes on the wire.
  return { Raw: { Data: new TextEncoder().encode(mime) } };
}

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
    // Built before the claim: a message that cannot be built must not use up its key.
    const content = emailContent(mail, this.options.from);
    // Claim before sending: of any number of concurrent or retried calls only one sends.
    if (!(await outbox.claim(mail.key, this.clock.now()))) {
      return { messageId: "", duplicate: true };
    }
    let messageId: string;
    try {
      const answer = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          // For Raw content too: SES then sends to these, whatever the To header says.
          Destination: { ToAddresses: [mail.to] },
          ...(mail.replyTo?.length ? { ReplyToAddresses: mail.replyTo } : {}),
          Content: content,
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
