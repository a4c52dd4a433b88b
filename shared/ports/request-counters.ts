/** One request counted in a fixed window of a budget (shared/domain/limits/). */
export interface CountedRequest {
  /** The budget's name: each budget counts on its own. */
  budget: string;
  /**
   * Whom the count is about: a client address or an e-mail address. The adapter keeps only a
   * keyed hash of it, never the value itself.
   */
  subject: string;
  /** The window's start and length; a new window starts a new count. */
  windowStart: Date;
  windowSeconds: number;
  /** After this the count is of no use and may be forgotten (the table's TTL). */
  expiresAt: Date;
}

/**
 * Request counters shared by every Lambda and the local server, so a limit holds however
 * many instances answer. Counting is atomic: concurrent calls each get their own number.
 */
export interface RequestCounters {
  /** Counts one more request; answers the count in its window, this one included. */
  count(request: CountedRequest): Promise<number>;
}
