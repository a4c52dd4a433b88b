import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import {
  failedConditions,
  isConditionFailure,
  TableClient,
} from "../../shared/adapters/dynamodb/table-client.js";
import { keys } from "../../shared/table/table-definition.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
let client: TableClient;
/** Query calls sent since the last reset: how many pages a read took. */
let queries = 0;

beforeAll(async () => {
  table = await createTestTable();
  client = new TableClient(table.doc, table.tableName);
  table.doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "QueryCommand") queries++;
      return next(args);
    },
    { step: "initialize", name: "countQueries" },
  );
});

/** About 90 KB: a dozen of these pass DynamoDB's 1 MB page. */
const padding = "x".repeat(90_000);

describe("TableClient on DynamoDB Local", () => {
  it("reads every page of a key prefix, and only that prefix", async () => {
    const relationshipId = "rel_paging";
    const sessions = Array.from({ length: 30 }, (_, i) => ({
      ...keys.session(relationshipId, i + 1),
      number: i + 1,
      padding,
    }));
    const goals = ["a", "b"].map((key) => ({ ...keys.goal(relationshipId, key), key }));
    const other = { ...keys.session("rel_other", 1), number: 1 };
    // More than a batch of 25, so the writes take two batches too.
    await client.batchWrite(
      [...sessions, ...goals, other].map((Item) => ({ PutRequest: { Item } })),
    );

    queries = 0;
    const found = await client.query(keys.sessionsOf(relationshipId));
    expect(queries).toBeGreaterThan(1);
    expect(found.map((item) => item.number)).toEqual(sessions.map((session) => session.number));

    const whole = await client.query(keys.relationshipPartition(relationshipId));
    expect(whole).toHaveLength(sessions.length + goals.length);
    expect((await client.query(keys.goalsOf(relationshipId))).map((item) => item.key)).toEqual([
      "a",
      "b",
    ]);
  });

  it("reads every page of a GSI1 listing", async () => {
    const listing = "PAGING-TEST";
    const items = Array.from({ length: 30 }, (_, i) => ({
      pk: `PAGING#${i}`,
      sk: "ITEM",
      gsi1pk: listing,
      gsi1sk: String(i).padStart(3, "0"),
      padding,
    }));
    await client.batchWrite(items.map((Item) => ({ PutRequest: { Item } })));
    queries = 0;
    const found = await client.queryIndex(listing);
    expect(queries).toBeGreaterThan(1);
    expect(found.map((item) => item.pk)).toEqual(items.map((item) => item.pk));
  });

  it("answers conditional writes with true or false and keeps the first", async () => {
    const key = keys.mail("table-client-once");
    expect(await client.putIfAbsent({ ...key, n: 1 })).toBe(true);
    expect(await client.putIfAbsent({ ...key, n: 2 })).toBe(false);
    expect((await client.get(key))?.n).toBe(1);

    const bump = (n: number) => ({
      Key: key,
      UpdateExpression: "SET n = :n",
      ConditionExpression: "n < :n",
      ExpressionAttributeValues: { ":n": n },
    });
    expect(await client.updateIf(bump(3))).toBe(true);
    expect(await client.updateIf(bump(3))).toBe(false);
    expect(await client.updateIfReturning(bump(4))).toMatchObject({ ...key, n: 4 });
    expect(await client.updateIfReturning(bump(4))).toBeUndefined();
    // A plain update whose condition fails throws the SDK's own exception class.
    await expect(client.update(bump(4))).rejects.toBeInstanceOf(ConditionalCheckFailedException);
  });

  it("names which writes of a cancelled transaction failed their condition", async () => {
    const taken = keys.mail("table-client-taken");
    const free = keys.mail("table-client-free");
    await client.put(taken);
    const writes = [
      { Put: { Item: free, ConditionExpression: "attribute_not_exists(pk)" } },
      { Put: { Item: taken, ConditionExpression: "attribute_not_exists(pk)" } },
    ];
    const error = await client.transact(writes).catch((caught: unknown) => caught);
    expect(isConditionFailure(error)).toBe(true);
    expect(failedConditions(error)).toEqual([1]);
    expect(await client.transactIf(writes)).toBe(false);
    expect(await client.get(free)).toBeUndefined();
    expect(await client.transactIf(writes.slice(0, 1))).toBe(true);
  });
});
