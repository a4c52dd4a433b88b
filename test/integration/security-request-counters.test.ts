import { beforeAll, describe, expect, it } from "vitest";
import { DynamoDbMailDigests } from "../../shared/adapters/dynamodb/digest-items.js";
import { DynamoDbRequestCounters } from "../../shared/adapters/dynamodb/request-counter-items.js";
import type { CountedRequest } from "../../shared/ports/request-counters.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
let counters: DynamoDbRequestCounters;
let digests: DynamoDbMailDigests;

beforeAll(async () => {
  table = await createTestTable();
  counters = new DynamoDbRequestCounters(table.doc, table.tableName, async () => "test-key");
  digests = new DynamoDbMailDigests(table.doc, table.tableName);
});

const request = (overrides: Partial<CountedRequest> = {}): CountedRequest => ({
  budget: "linkRequests",
  subject: "203.0.113.77",
  windowStart: new Date("2027-01-04T10:00:00Z"),
  windowSeconds: 3600,
  expiresAt: new Date("2027-01-04T12:00:00Z"),
  ...overrides,
});

describe("request counters on DynamoDB Local", () => {
  it("count atomically: 50 concurrent requests each get their own number", async () => {
    const counts = await Promise.all(Array.from({ length: 50 }, () => counters.count(request())));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("start again in the next window, and count each subject and budget on its own", async () => {
    const next = new Date("2027-01-04T11:00:00Z");
    expect(await counters.count(request({ windowStart: next }))).toBe(1);
    expect(await counters.count(request({ windowStart: next }))).toBe(2);
    expect(await counters.count(request({ subject: "203.0.113.78" }))).toBe(1);
    expect(await counters.count(request({ budget: "applications" }))).toBe(1);
    expect(await counters.count(request({ windowSeconds: 86400 }))).toBe(1);
  });

  it("keep no address in clear, and expire through the table's TTL", async () => {
    await counters.count(request({ budget: "linkRequestAddress", subject: "anna@example.lv" }));
    const items = (await table.scanAll()).filter((item) => item.itemType === "request-counter");
    expect(items.length).toBeGreaterThan(0);
    const text = JSON.stringify(items);
    expect(text).not.toContain("203.0.113");
    expect(text).not.toContain("anna@example.lv");
    for (const item of items) {
      expect(item.pk).toMatch(/^COUNTER#/);
      expect(typeof item.expiresAt).toBe("number");
    }
    // Another key names the same address differently: the table alone cannot tell who.
    const other = new DynamoDbRequestCounters(table.doc, table.tableName, async () => "other-key");
    expect(await other.count(request())).toBe(1);
  });
});

describe("digest slots on DynamoDB Local", () => {
  const slot = {
    digest: "link-requests",
    start: "2027-01-04T10:00:00.000Z",
    dueAt: "2027-01-04T11:00:00.000Z",
  };
  const keep = new Date("2027-02-04T00:00:00Z");

  it("are claimed by the first event and counted atomically", async () => {
    const counts = await Promise.all(Array.from({ length: 30 }, () => digests.add(slot, keep)));
    expect(counts.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });

  it("are due after their hour; a closed slot counts no more; a sent one leaves the list", async () => {
    expect(await digests.listDue("link-requests", "2027-01-04T10:59:59.000Z")).toEqual([]);
    const due = await digests.listDue("link-requests", "2027-01-04T11:05:00.000Z");
    expect(due).toEqual([{ ...slot, count: 30, status: "pending" }]);
    expect(await digests.close("link-requests", slot.start)).toMatchObject({ count: 30 });
    expect(await digests.add(slot, keep)).toBeUndefined();
    // Closing again (a retry after a failed send) still answers the slot.
    expect(await digests.close("link-requests", slot.start)).toMatchObject({ status: "closed" });
    await digests.markSent("link-requests", slot.start, "2027-01-04T11:05:01.000Z");
    expect(await digests.listDue("link-requests", "2027-01-05T00:00:00.000Z")).toEqual([]);
    expect(await digests.close("link-requests", slot.start)).toBeUndefined();
    expect(await digests.add(slot, keep)).toBeUndefined();
  });
});
