import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as approveHandler } from "../../functions/console/approve-proposal.js";
import { createHandler as runHandler } from "../../functions/console/create-matching-run.js";
import { createHandler as listRunsHandler } from "../../functions/console/list-matching-runs.js";
import type { MatchingRunSummary } from "../../shared/schemas/matching-run-summary.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

/**
 * GET /api/console/matching-runs on DynamoDB Local: the runs kept in the table, newest
 * first, each as a summary (who ran it when, its proposals approved and pending), so the
 * console opens the latest run in a new browser tab instead of asking to run it again.
 */

let table: Awaited<ReturnType<typeof createTestTable>>;
const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

const post = (
  handler: (event: never, context: never) => Promise<unknown>,
  path: string,
  params?: Record<string, string>,
) => {
  const event = httpEvent({ method: "POST", path, headers: auth });
  if (params) event.pathParameters = params;
  return invoke(handler as never, event);
};
const listRuns = (headers: Record<string, string> = auth) =>
  invoke(
    listRunsHandler(() => table.deps) as never,
    httpEvent({ method: "GET", path: "/api/console/matching-runs", headers }),
  );

beforeAll(async () => {
  table = await createTestTable();
  // Three 1:1 mentees and one mentor with room for two: each run proposes two pairs.
  for (let i = 0; i < 3; i++) {
    await table.applyConfirmed(
      validMentee({ institutionName: `Saraksta iestāde ${i}`, preferredFormats: ["individual"] }),
    );
  }
  await table.applyConfirmed(
    validMentor({ organisation: "Saraksta uzņēmums", capacity: 2, formats: ["individual"] }),
  );
});

describe("the list of matching runs on DynamoDB Local", () => {
  it("needs the coordinator's token", async () => {
    expect((await listRuns({})).statusCode).toBe(401);
    expect((await listRuns({ authorization: "Bearer not-the-token" })).statusCode).toBe(403);
  });

  it("is empty before the first run", async () => {
    const answer = await listRuns();
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ items: [] });
  });

  it("lists every run newest first with its proposals approved and pending", async () => {
    const first = JSON.parse(
      (
        await post(
          runHandler(() => table.deps),
          "/api/console/matching-runs",
        )
      ).body,
    );
    expect(first.proposals).toHaveLength(2);
    // One proposal of the first run approved: one approved, one pending.
    const proposalId = first.proposals[0].proposalId as string;
    const approved = await post(
      approveHandler(() => table.deps),
      `/api/console/proposals/${proposalId}/approve`,
      { proposalId },
    );
    expect(approved.statusCode).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later createdAt
    const second = JSON.parse(
      (
        await post(
          runHandler(() => table.deps),
          "/api/console/matching-runs",
        )
      ).body,
    );

    const answer = await listRuns();
    expect(answer.statusCode).toBe(200);
    const items = JSON.parse(answer.body).items as MatchingRunSummary[];
    expect(items.map((item) => item.runId)).toEqual([second.runId, first.runId]);
    expect(items[1]).toEqual({
      runId: first.runId,
      createdAt: first.createdAt,
      createdBy: "coordinator",
      proposals: 2,
      approved: 1,
      pending: 1,
      placed: 2,
      unplaced: 1,
      menteesInPool: 3,
    });
    // The second run matched what was left: two mentees, the mentor's one free place.
    expect(items[0]).toMatchObject({ proposals: 1, approved: 0, pending: 1, menteesInPool: 2 });
    // A summary carries no names, addresses or explanations.
    expect(answer.body).not.toMatch(/@|explanation|mentorId|menteeIds/);
  });
});
