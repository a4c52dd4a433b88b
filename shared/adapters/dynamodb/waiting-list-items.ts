import type { WaitingListStore } from "../../ports/waiting-list-store.js";
import {
  type WaitingListEntry,
  type WaitingListLink,
  waitingListEntrySchema,
  waitingListLinkSchema,
} from "../../schemas/waiting-list.js";
import { keys } from "../../table/table-definition.js";
import { failedConditions, type TableClient, withoutKeys } from "./table-client.js";

/** How long a left entry's link still says "already left": then the table deletes it. */
const LEFT_KEPT_SECONDS = 2 * 365 * 86400;

/**
 * The waiting list: the entry in its address's partition (`EMAIL#<address>`/`WAITLIST`,
 * listed on GSI1), and the link record its leave link finds by the entry's id
 * (`WAITLIST#<entryId>`), written together.
 */
export class WaitingListItems implements WaitingListStore {
  constructor(private readonly table: TableClient) {}

  async joinWaitingList(entry: WaitingListEntry) {
    const link: WaitingListLink = {
      entryId: entry.entryId,
      joinedAt: entry.joinedAt,
      email: entry.email,
    };
    try {
      await this.table.transact([
        {
          Put: {
            Item: {
              ...keys.waitingListEntry(entry.email),
              ...keys.waitingList(entry.joinedAt, entry.entryId),
              itemType: "waiting-list-entry",
              ...waitingListEntrySchema.parse(entry),
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        {
          Put: {
            Item: {
              ...keys.waitingListLink(entry.entryId),
              itemType: "waiting-list-link",
              ...link,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
      ]);
      return { entry, created: true };
    } catch (error) {
      if (!failedConditions(error).includes(0)) throw error;
      const stored = await this.getWaitingListEntry(entry.email);
      // Left between the write and this read: it was there when we tried, so it stands.
      return { entry: stored ?? entry, created: false };
    }
  }

  async getWaitingListEntry(email: string): Promise<WaitingListEntry | undefined> {
    const item = await this.table.get(keys.waitingListEntry(email));
    return item ? waitingListEntrySchema.parse(withoutKeys(item)) : undefined;
  }

  async getWaitingListLink(entryId: string): Promise<WaitingListLink | undefined> {
    const item = await this.table.get(keys.waitingListLink(entryId));
    return item ? waitingListLinkSchema.parse(withoutKeys(item)) : undefined;
  }

  async listWaitingList(): Promise<WaitingListEntry[]> {
    return (await this.table.queryIndex(keys.waitingList().gsi1pk)).map((item) =>
      waitingListEntrySchema.parse(withoutKeys(item)),
    );
  }

  async markWaitingListNotified(email: string, cohortId: string): Promise<boolean> {
    const added = await this.table.updateIf({
      Key: keys.waitingListEntry(email),
      UpdateExpression: "SET notifiedCohorts = list_append(notifiedCohorts, :cohorts)",
      ConditionExpression: "attribute_exists(pk) AND NOT contains(notifiedCohorts, :cohort)",
      ExpressionAttributeValues: { ":cohorts": [cohortId], ":cohort": cohortId },
    });
    if (added) return true;
    // Refused: told already (true), or no longer on the list (false).
    return (await this.getWaitingListEntry(email)) !== undefined;
  }

  async leaveWaitingList(email: string, entryId: string, leftAt: string): Promise<boolean> {
    return this.table.transactIf([
      {
        Delete: {
          Key: keys.waitingListEntry(email),
          ConditionExpression: "entryId = :entryId",
          ExpressionAttributeValues: { ":entryId": entryId },
        },
      },
      {
        Update: {
          Key: keys.waitingListLink(entryId),
          UpdateExpression: "SET leftAt = :leftAt, expiresAt = :expiresAt REMOVE email",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: {
            ":leftAt": leftAt,
            ":expiresAt": Math.floor(Date.parse(leftAt) / 1000) + LEFT_KEPT_SECONDS,
          },
        },
      },
    ]);
  }
}
