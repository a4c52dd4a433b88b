/**
 * One slot of a digest: what came in during [start, dueAt) is told in one e-mail after
 * `dueAt`. `pending` slots still count, a `closed` one is being sent, a `sent` one is done.
 */
export interface DigestSlot {
  digest: string;
  start: string;
  dueAt: string;
  count: number;
  status: "pending" | "closed" | "sent";
}

/** Slots of e-mail digests: many events, one message per slot (shared/domain/workflow/link-request-digest.ts). */
export interface MailDigests {
  /**
   * Counts one more event into the slot, creating it on the first (that call claims the
   * slot); answers the count so far, or undefined when the slot is already closed or sent.
   */
  add(slot: Omit<DigestSlot, "count" | "status">, expiresAt: Date): Promise<number | undefined>;
  /** Slots of the digest not sent yet whose `dueAt` has passed, oldest first. */
  listDue(digest: string, now: string): Promise<DigestSlot[]>;
  /** Stops the slot counting (pending -> closed) and answers it; undefined when it was sent. */
  close(digest: string, start: string): Promise<DigestSlot | undefined>;
  /** The slot's e-mail went out: it leaves the due list. */
  markSent(digest: string, start: string, at: string): Promise<void>;
}
