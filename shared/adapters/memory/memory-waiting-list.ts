import type { WaitingListStore } from "../../ports/waiting-list-store.js";
import type { WaitingListEntry, WaitingListLink } from "../../schemas/waiting-list.js";
import { normaliseEmail } from "../../table/table-definition.js";

/** The waiting list in memory (MemoryStore's part of it); the same rules as the table. */
export class MemoryWaitingList implements WaitingListStore {
  /** Lower-cased address -> its entry. */
  private readonly waitingEntries = new Map<string, WaitingListEntry>();
  /** Entry id -> what its leave link finds. */
  private readonly waitingLinks = new Map<string, WaitingListLink>();

  async joinWaitingList(entry: WaitingListEntry) {
    const stored = this.waitingEntries.get(normaliseEmail(entry.email));
    if (stored) return { entry: structuredClone(stored), created: false };
    this.waitingEntries.set(normaliseEmail(entry.email), structuredClone(entry));
    this.waitingLinks.set(entry.entryId, {
      entryId: entry.entryId,
      joinedAt: entry.joinedAt,
      email: entry.email,
    });
    return { entry: structuredClone(entry), created: true };
  }

  async getWaitingListEntry(email: string): Promise<WaitingListEntry | undefined> {
    const entry = this.waitingEntries.get(normaliseEmail(email));
    return entry && structuredClone(entry);
  }

  async getWaitingListLink(entryId: string): Promise<WaitingListLink | undefined> {
    const link = this.waitingLinks.get(entryId);
    return link && structuredClone(link);
  }

  async listWaitingList(): Promise<WaitingListEntry[]> {
    return [...this.waitingEntries.values()]
      .sort((a, b) => `${a.joinedAt}#${a.entryId}`.localeCompare(`${b.joinedAt}#${b.entryId}`))
      .map((entry) => structuredClone(entry));
  }

  async markWaitingListNotified(email: string, cohortId: string): Promise<boolean> {
    const entry = this.waitingEntries.get(normaliseEmail(email));
    if (!entry) return false;
    if (!entry.notifiedCohorts.includes(cohortId)) entry.notifiedCohorts.push(cohortId);
    return true;
  }

  async leaveWaitingList(email: string, entryId: string, leftAt: string): Promise<boolean> {
    const entry = this.waitingEntries.get(normaliseEmail(email));
    const link = this.waitingLinks.get(entryId);
    if (entry?.entryId !== entryId || !link) return false;
    this.waitingEntries.delete(normaliseEmail(email));
    this.waitingLinks.set(entryId, { entryId, joinedAt: link.joinedAt, leftAt });
    return true;
  }
}
