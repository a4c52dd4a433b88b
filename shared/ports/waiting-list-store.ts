import type { WaitingListEntry, WaitingListLink } from "../schemas/waiting-list.js";

/**
 * The waiting list's part of the Store: one entry per address (case-insensitive), found by
 * the address or, for its leave link, by the entry's id.
 */
export interface WaitingListStore {
  /**
   * Puts the address on the list unless it is on it already, atomically; then the stored
   * entry comes back unchanged with `created: false` (joining twice changes nothing).
   */
  joinWaitingList(entry: WaitingListEntry): Promise<{ entry: WaitingListEntry; created: boolean }>;
  /** The entry of this address (case-insensitive), if it is on the list. */
  getWaitingListEntry(email: string): Promise<WaitingListEntry | undefined>;
  /** What a leave link's entry id finds: the address while on the list, or that it left. */
  getWaitingListLink(entryId: string): Promise<WaitingListLink | undefined>;
  /** Every entry, oldest first. */
  listWaitingList(): Promise<WaitingListEntry[]>;
  /**
   * Notes that the entry was told about the cohort's intake, once (a second call changes
   * nothing). False when the address is no longer on the list.
   */
  markWaitingListNotified(email: string, cohortId: string): Promise<boolean>;
  /**
   * Takes the entry `entryId` of the address off the list, in one step: the entry goes and
   * its link keeps only that it left (no address). False when that entry is not on the list.
   */
  leaveWaitingList(email: string, entryId: string, leftAt: string): Promise<boolean>;
}
