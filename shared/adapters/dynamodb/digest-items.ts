import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DigestSlot, MailDigests } from "../../ports/mail-digests.js";
import { keys } from "../../table/table-definition.js";
import { type Item, TableClient } from "./table-client.js";

const slotOf = (item: Item): DigestSlot => ({
  digest: String(item.digest),
  start: String(item.start),
  dueAt: String(item.dueAt),
  count: Number(item.count),
  status: item.status as DigestSlot["status"],
});

/**
 * Digest slots on the table: the first event of a slot creates it (an upsert whose
 * condition refuses a closed slot), every later one adds to its count; unsent slots are
 * listed on GSI1 by due time until their e-mail went out.
 */
export class DynamoDbMailDigests implements MailDigests {
  private readonly table: TableClient;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = new TableClient(client, tableName);
  }

  async add(slot: Omit<DigestSlot, "count" | "status">, expiresAt: Date) {
    const added = await this.table.updateIfReturning({
      Key: keys.digestSlot(slot.digest, slot.start),
      UpdateExpression:
        "ADD #count :one SET #status = :pending, digest = :digest, #start = :start, dueAt = :dueAt, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, expiresAt = :expiresAt, itemType = :itemType",
      ConditionExpression: "attribute_not_exists(pk) OR #status = :pending",
      ExpressionAttributeNames: { "#count": "count", "#status": "status", "#start": "start" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":pending": "pending",
        ":digest": slot.digest,
        ":start": slot.start,
        ":dueAt": slot.dueAt,
        ...prefixed(keys.unsentDigests(slot.digest, slot.dueAt, slot.start)),
        ":expiresAt": Math.ceil(expiresAt.getTime() / 1000),
        ":itemType": "digest-slot",
      },
    });
    return added ? Number(added.count) : undefined;
  }

  async listDue(digest: string, now: string) {
    return (await this.table.queryIndex(keys.unsentDigests(digest).gsi1pk))
      .map(slotOf)
      .filter((slot) => slot.dueAt <= now)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  }

  async close(digest: string, start: string) {
    const closed = await this.table.updateIfReturning({
      Key: keys.digestSlot(digest, start),
      UpdateExpression: "SET #status = :closed",
      ConditionExpression: "#status IN (:pending, :closed)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":pending": "pending", ":closed": "closed" },
    });
    return closed ? slotOf(closed) : undefined;
  }

  async markSent(digest: string, start: string, at: string) {
    await this.table.update({
      Key: keys.digestSlot(digest, start),
      UpdateExpression: "SET #status = :sent, sentAt = :at REMOVE gsi1pk, gsi1sk",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":sent": "sent", ":at": at },
    });
  }
}

/** `{ gsi1pk, gsi1sk }` as the update's `:gsi1pk`, `:gsi1sk` values. */
const prefixed = (index: { gsi1pk: string; gsi1sk: string }) => ({
  ":gsi1pk": index.gsi1pk,
  ":gsi1sk": index.gsi1sk,
});
