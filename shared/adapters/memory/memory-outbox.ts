import type { MailOutbox } from "../../ports/mailer.js";

export interface OutboxEntry {
  key: string;
  claimedAt: string;
  /** Set once the mail service accepted the message. */
  messageId?: string;
}

/** In-memory MailOutbox for tests; claim is atomic because it never awaits in between. */
export class MemoryOutbox implements MailOutbox {
  private readonly entries = new Map<string, OutboxEntry>();

  async claim(key: string, at: Date): Promise<boolean> {
    if (this.entries.has(key)) return false;
    this.entries.set(key, { key, claimedAt: at.toISOString() });
    return true;
  }

  async markSent(key: string, messageId: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`mail key ${key} was never claimed`);
    entry.messageId = messageId;
  }

  async release(key: string): Promise<void> {
    // A sent message keeps its key: releasing it would allow a second copy.
    if (this.entries.get(key)?.messageId === undefined) this.entries.delete(key);
  }

  get(key: string): OutboxEntry | undefined {
    const entry = this.entries.get(key);
    return entry && { ...entry };
  }

  list(): OutboxEntry[] {
    return [...this.entries.values()].map((entry) => ({ ...entry }));
  }
}
