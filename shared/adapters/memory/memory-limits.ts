import type { DigestSlot, MailDigests } from "../../ports/mail-digests.js";
import type { CountedRequest, RequestCounters } from "../../ports/request-counters.js";

/** In-memory RequestCounters for unit tests; atomic because it never awaits in between. */
export class MemoryRequestCounters implements RequestCounters {
  private readonly counts = new Map<string, number>();

  async count(request: CountedRequest): Promise<number> {
    const key = `${request.budget}#${request.windowSeconds}#${request.windowStart.toISOString()}#${request.subject}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count;
  }
}

/** In-memory MailDigests with the DynamoDB adapter's rules: a closed slot counts no more. */
export class MemoryMailDigests implements MailDigests {
  private readonly slots = new Map<string, DigestSlot>();

  async add(slot: Omit<DigestSlot, "count" | "status">) {
    const key = `${slot.digest}#${slot.start}`;
    const found = this.slots.get(key) ?? { ...slot, count: 0, status: "pending" as const };
    if (found.status !== "pending") return undefined;
    found.count += 1;
    this.slots.set(key, found);
    return found.count;
  }

  async listDue(digest: string, now: string) {
    return [...this.slots.values()]
      .filter((slot) => slot.digest === digest && slot.status !== "sent" && slot.dueAt <= now)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .map((slot) => ({ ...slot }));
  }

  async close(digest: string, start: string) {
    const found = this.slots.get(`${digest}#${start}`);
    if (!found || found.status === "sent") return undefined;
    found.status = "closed";
    return { ...found };
  }

  async markSent(digest: string, start: string) {
    const found = this.slots.get(`${digest}#${start}`);
    if (found) found.status = "sent";
  }
}
