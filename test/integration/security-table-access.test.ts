import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { guardClient, withTableAccess } from "../../infra/local/guard-table-access.js";
import { LISTINGS, ROUTE_TABLE_ACCESS, STEP_TABLE_ACCESS } from "../../infra/table-access.js";
import { keys, TABLE } from "../../shared/table/table-definition.js";
import { createTestTable } from "./test-table.js";

/**
 * Hole 11 of issue 11, locally: the local server holds each public route and step to the
 * table access its Lambda gets on AWS (the same `dynamodb:LeadingKeys` lists), so the e2e
 * and workflow suites run every function under its own grant. Here, the guard itself.
 */
let table: Awaited<ReturnType<typeof createTestTable>>;

beforeAll(async () => {
  table = await createTestTable();
  guardClient(table.doc);
  await table.doc.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { ...keys.certificate("c_1"), kind: "mentee" },
    }),
  );
});

const certificatePage = ROUTE_TABLE_ACCESS.VerifyCertificate;
const denied = { name: "AccessDeniedException" };

describe("the local table access guard", () => {
  it("lets the certificate page read a certificate and nothing else", async () => {
    const { Item } = await withTableAccess("route VerifyCertificate", certificatePage, () =>
      table.doc.send(new GetCommand({ TableName: table.tableName, Key: keys.certificate("c_1") })),
    );
    expect(Item?.kind).toBe("mentee");
    await expect(
      withTableAccess("route VerifyCertificate", certificatePage, () =>
        table.doc.send(new GetCommand({ TableName: table.tableName, Key: keys.form("f_1") })),
      ),
    ).rejects.toMatchObject(denied);
    await expect(
      withTableAccess("route VerifyCertificate", certificatePage, () =>
        table.doc.send(
          new PutCommand({ TableName: table.tableName, Item: keys.certificate("c_2") }),
        ),
      ),
    ).rejects.toMatchObject(denied);
  });

  it("refuses Scan and BatchGetItem to a guarded function, and a transaction with one item outside its families", async () => {
    const step = STEP_TABLE_ACCESS.EvaluateCycle;
    await expect(
      withTableAccess("step EvaluateCycle", step, () =>
        table.doc.send(new ScanCommand({ TableName: table.tableName })),
      ),
    ).rejects.toMatchObject(denied);
    await expect(
      withTableAccess("step EvaluateCycle", step, () =>
        table.doc.send(
          new BatchGetCommand({
            RequestItems: { [table.tableName]: { Keys: [keys.relationship("rel_1")] } },
          }),
        ),
      ),
    ).rejects.toMatchObject(denied);
    await expect(
      withTableAccess("step EvaluateCycle", step, () =>
        table.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: table.tableName, Item: keys.relationship("rel_1") } },
              { Put: { TableName: table.tableName, Item: keys.escalation("e_1") } },
            ],
          }),
        ),
      ),
    ).rejects.toMatchObject(denied);
    // Nothing of the refused transaction was written.
    const { Item } = await table.doc.send(
      new GetCommand({ TableName: table.tableName, Key: keys.relationship("rel_1") }),
    );
    expect(Item).toBeUndefined();
  });

  it("lets a listing be queried on the index only when it is granted", async () => {
    const query = (gsi1pk: string) =>
      new QueryCommand({
        TableName: table.tableName,
        IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": gsi1pk },
      });
    await expect(
      withTableAccess("route RequestNewLink", ROUTE_TABLE_ACCESS.RequestNewLink, () =>
        table.doc.send(query("OPEN_FORMS")),
      ),
    ).rejects.toMatchObject(denied);
    const { Items } = await withTableAccess(
      "route RequestNewLink",
      ROUTE_TABLE_ACCESS.RequestNewLink,
      () => table.doc.send(query(LISTINGS.unsentLinkRequestDigests)),
    );
    expect(Items).toEqual([]);
  });

  it("lets intake find the open cohort and a form's page read its cohort, and no more", async () => {
    const listing = new QueryCommand({
      TableName: table.tableName,
      IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": LISTINGS.cohorts },
    });
    for (const route of ["CreateApplication", "SubmitApplicationForm"] as const) {
      const { Items } = await withTableAccess(`route ${route}`, ROUTE_TABLE_ACCESS[route], () =>
        table.doc.send(listing),
      );
      expect(Items).toEqual([]);
    }
    const cohort = new GetCommand({ TableName: table.tableName, Key: keys.cohort("coh_1") });
    for (const route of ["ShowForm", "SubmitForm"] as const)
      await withTableAccess(`route ${route}`, ROUTE_TABLE_ACCESS[route], () =>
        table.doc.send(cohort),
      );
    // Reading is all: no public route writes a cohort, and the certificate page reads none.
    await expect(
      withTableAccess("route SubmitForm", ROUTE_TABLE_ACCESS.SubmitForm, () =>
        table.doc.send(new PutCommand({ TableName: table.tableName, Item: keys.cohort("coh_2") })),
      ),
    ).rejects.toMatchObject(denied);
    await expect(
      withTableAccess("route VerifyCertificate", certificatePage, () => table.doc.send(cohort)),
    ).rejects.toMatchObject(denied);
  });

  it("keeps the waiting list's routes to its entry and link, and never to the list of every address", async () => {
    const waiting = <T>(route: string, work: () => Promise<T>) =>
      withTableAccess(`route ${route}`, ROUTE_TABLE_ACCESS[route], work);
    const join = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: table.tableName, Item: keys.waitingListEntry("a@example.lv") } },
        { Put: { TableName: table.tableName, Item: keys.waitingListLink("w_1") } },
      ],
    });
    await waiting("JoinWaitingList", () => table.doc.send(join));
    const link = new GetCommand({ TableName: table.tableName, Key: keys.waitingListLink("w_1") });
    const { Item } = await waiting("ShowLeaveWaitingList", () => table.doc.send(link));
    expect(Item?.pk).toBe("WAITLIST#w_1");
    // Opening the leave link writes nothing; nobody public lists every entry on the index.
    await expect(
      waiting("ShowLeaveWaitingList", () =>
        table.doc.send(
          new PutCommand({ TableName: table.tableName, Item: keys.waitingListLink("w_2") }),
        ),
      ),
    ).rejects.toMatchObject(denied);
    const everyone = new QueryCommand({
      TableName: table.tableName,
      IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.waitingList().gsi1pk },
    });
    for (const route of ["JoinWaitingList", "ShowLeaveWaitingList", "LeaveWaitingList"])
      await expect(waiting(route, () => table.doc.send(everyone))).rejects.toMatchObject(denied);
    // The start page and the form read the cohorts (between intakes: the waiting list), no more.
    const cohorts = new QueryCommand({
      TableName: table.tableName,
      IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": LISTINGS.cohorts },
    });
    for (const route of ["ShowHome", "ShowApplicationForm"]) {
      await waiting(route, () => table.doc.send(cohorts));
      await expect(waiting(route, () => table.doc.send(link))).rejects.toMatchObject(denied);
    }
    await expect(
      waiting("LeaveWaitingList", () =>
        table.doc.send(new GetCommand({ TableName: table.tableName, Key: keys.form("f_1") })),
      ),
    ).rejects.toMatchObject(denied);
  });

  it("lets a cohort form's page read its round and person, and only its answer write under the round", async () => {
    const cohortForm = <T>(route: string, work: () => Promise<T>) =>
      withTableAccess(`route ${route}`, ROUTE_TABLE_ACCESS[route], work);
    const answer = keys.cohortAnswer("coh_1", "survey_end", "p_1");
    await cohortForm("SubmitCohortForm", () =>
      table.doc.send(new PutCommand({ TableName: table.tableName, Item: answer })),
    );
    for (const route of ["ShowCohortForm", "SubmitCohortForm"]) {
      await cohortForm(route, () =>
        table.doc.send(new GetCommand({ TableName: table.tableName, Key: answer })),
      );
      await cohortForm(route, () =>
        table.doc.send(
          new GetCommand({ TableName: table.tableName, Key: keys.participantProfile("p_1") }),
        ),
      );
      // No relationship, form or application answers are within their reach.
      for (const key of [keys.relationship("rel_1"), keys.form("f_1")])
        await expect(
          cohortForm(route, () =>
            table.doc.send(new GetCommand({ TableName: table.tableName, Key: key })),
          ),
        ).rejects.toMatchObject(denied);
    }
    // The page writes nothing; the answer route writes no profile.
    await expect(
      cohortForm("ShowCohortForm", () =>
        table.doc.send(new PutCommand({ TableName: table.tableName, Item: answer })),
      ),
    ).rejects.toMatchObject(denied);
    await expect(
      cohortForm("SubmitCohortForm", () =>
        table.doc.send(
          new PutCommand({ TableName: table.tableName, Item: keys.participantProfile("p_2") }),
        ),
      ),
    ).rejects.toMatchObject(denied);
  });

  it("leaves unguarded work (the console's routes, the schedules) alone", async () => {
    const { Items } = await table.doc.send(new ScanCommand({ TableName: table.tableName }));
    expect(Items?.length).toBeGreaterThan(0);
  });
});
