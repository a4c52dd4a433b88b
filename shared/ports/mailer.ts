/** One e-mail to one person; the caller renders it (in the person's language) beforehand. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Idempotency key: the same key is never sent twice. */
  key: string;
  /** For the local mailbox and tests: the form links in the message. */
  links?: string[];
  /**
   * Files sent with the message, e.g. a calendar invite (`invite.ics`,
   * `text/calendar; charset=utf-8; method=REQUEST`). Text content is sent as UTF-8.
   */
  attachments?: { filename: string; contentType: string; content: string | Uint8Array }[];
  /** Where a reply goes instead of the sender: the welcome's partners, so they reach each other. */
  replyTo?: string[];
}

export interface Mailer {
  /**
   * Sends unless the key was already used; then it sends nothing and answers
   * `{ duplicate: true, messageId: "" }`.
   */
  send(mail: OutgoingMail): Promise<{ messageId: string; duplicate: boolean }>;
}

/**
 * Remembers which idempotency keys were used, so a retried workflow step or a repeated
 * event never sends the same e-mail twice.
 */
export interface MailOutbox {
  /**
   * Atomically takes the key: true for exactly one caller, false when the key was already
   * claimed (even by a concurrent caller). `at` is when the claim was made.
   */
  claim(key: string, at: Date): Promise<boolean>;
  /** Records what the mail service answered for a claimed key. */
  markSent(key: string, messageId: string): Promise<void>;
  /**
   * Optional: gives a claimed but unsent key back after the mail service refused the
   * message, so a retry can send it. Outboxes without it stay at-most-once.
   */
  release?(key: string): Promise<void>;
}
