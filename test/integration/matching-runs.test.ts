import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as approveHandler } from "../../functions/console/approve-proposal.js";
import { createHandler as runHandler } from "../../functions/console/create-matching-run.js";
import { createHandler as listHandler } from "../../functions/console/list-participants.js";
import { createHandler as replaceHandler } from "../../functions/console/replace-proposal-mentor.js";
import { createHandler as showHandler } from "../../functions/console/show-matching-run.js";
import type { Proposal } from "../../shared/schemas/matching.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

const call = (
  handler: (event: never, context: never) => Promise<unknown>,
  options: {
    method?: string;
    path: string;
    body?: unknown;
    headers?: Record<string, string>;
    params?: Record<string, string>;
  },
) => {
  const event = httpEvent({
    method: options.method ?? "POST",
    path: options.path,
    headers: options.headers ?? auth,
    ...(options.body !== undefined
      ? { body: JSON.stringify(options.body), contentType: "application/json" }
      : {}),
  });
  if (options.params) event.pathParameters = options.params;
  return invoke(handler as never, event);
};

const approve = (proposalId: string) =>
  call(
    approveHandler(() => table.deps),
    { path: `/api/console/proposals/${proposalId}/approve`, params: { proposalId } },
  );
const replaceMentor = (proposal: Proposal, mentorId: string | undefined, reason: string) =>
  call(
    replaceHandler(() => table.deps),
    {
      path: `/api/console/proposals/${proposal.proposalId}/mentor`,
      params: { proposalId: proposal.proposalId },
      body: { mentorId, reason },
    },
  );

const mentees: string[] = [];
const mentors: string[] = [];
let ineligible = "";

beforeAll(async () => {
  table = await createTestTable();
  // Six mentees who want 1:1, two mentors with room for two each, one ineligible mentor.
  for (let i = 0; i < 6; i++) {
    const result = await table.applyConfirmed(
      validMentee({ institutionName: `Iestāde ${i}`, preferredFormats: ["individual"] }),
    );
    mentees.push(result.participantId);
  }
  for (let i = 0; i < 2; i++) {
    const result = await table.applyConfirmed(
      validMentor({ organisation: `Uzņēmums ${i}`, capacity: 2, formats: ["individual"] }),
    );
    mentors.push(result.participantId);
  }
  ineligible = (await table.applyConfirmed(validMentor({ capacity: 9, formats: ["individual"] })))
    .participantId;
});

describe("coordinator routes need the coordinator's token", () => {
  it("answers 401 with a Bearer challenge without a token and 403 with a wrong one", async () => {
    const without = await call(
      runHandler(() => table.deps),
      { path: "/api/console/matching-runs", headers: {} },
    );
    expect(without.statusCode).toBe(401);
    expect(without.headers["www-authenticate"]).toBe("Bearer");
    const wrong = await call(
      listHandler(() => table.deps),
      {
        method: "GET",
        path: "/api/console/participants",
        headers: { authorization: "Bearer not-the-token" },
      },
    );
    expect(wrong.statusCode).toBe(403);
    expect(
      (await table.scanAll()).filter((item) => String(item.pk).startsWith("MATCHRUN#")),
    ).toEqual([]);
  });
});

describe("matching runs on DynamoDB Local", () => {
  let proposals: Proposal[] = [];
  let runId = "";

  it("matches the eligible pool, stores the run and never proposes the ineligible", async () => {
    const answer = await call(
      runHandler(() => table.deps),
      { path: "/api/console/matching-runs" },
    );
    expect(answer.statusCode).toBe(201);
    const body = JSON.parse(answer.body);
    runId = body.runId;
    proposals = body.proposals;
    expect(proposals).toHaveLength(4); // capacity 2 + 2
    expect(proposals.every((p) => p.mentorId !== ineligible && mentors.includes(p.mentorId))).toBe(
      true,
    );
    expect(body.unplaced).toHaveLength(2);
    expect(body.quality).toMatchObject({
      menteesInPool: 6,
      mentorsInPool: 2,
      placed: 4,
      unplaced: 2,
    });
    const shown = await call(
      showHandler(() => table.deps),
      {
        method: "GET",
        path: `/api/console/matching-runs/${runId}`,
        params: { runId },
      },
    );
    expect(shown.statusCode).toBe(200);
    const stored = JSON.parse(shown.body);
    expect(stored.proposals.map((p: Proposal) => p.proposalId).sort()).toEqual(
      proposals.map((p) => p.proposalId).sort(),
    );
    expect(stored.unplaced).toHaveLength(2);
  });

  it("rejects unknown fields and bad weights with 400 and stores nothing", async () => {
    const before = (await table.scanAll()).length;
    const answer = await call(
      runHandler(() => table.deps),
      {
        path: "/api/console/matching-runs",
        body: { weights: { need_expertise: 90 }, colour: "red" },
      },
    );
    expect(answer.statusCode).toBe(400);
    const paths = JSON.parse(answer.body).issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("colour");
    expect(paths.some((p: string) => p.startsWith("weights"))).toBe(true);
    expect((await table.scanAll()).length).toBe(before);
  });

  it("replaces a proposed mentor with a reason that is kept", async () => {
    const proposal = proposals[0] as Proposal;
    const other = mentors.find((id) => id !== proposal.mentorId) as string;
    // The other mentor is full in this run (2 of 2 proposed): the change is refused.
    const full = await replaceMentor(proposal, other, "Prefers a mentor from banking");
    expect(full.statusCode).toBe(400);
    expect(JSON.parse(full.body).issues[0]).toMatchObject({ path: "mentorId", code: "no_room" });
    const notMentor = await replaceMentor(proposal, mentees[0], "A mentee is no mentor");
    expect(notMentor.statusCode).toBe(400);

    // A mentor who applied after the run has room: the change goes through and is kept.
    const late = await table.applyConfirmed(
      validMentor({
        organisation: "Vēlais Uzņēmums",
        capacity: 3,
        formats: ["individual"],
        sector: "public",
      }),
    );
    const second = proposals[1] as Proposal;
    const changed = await replaceMentor(
      second,
      late.participantId,
      "Met at the information seminar",
    );
    expect(changed.statusCode).toBe(200);
    const updated = JSON.parse(changed.body) as Proposal;
    expect(updated.mentorId).toBe(late.participantId);
    expect(updated.changes).toEqual([
      expect.objectContaining({
        fromMentorId: second.mentorId,
        toMentorId: late.participantId,
        reason: "Met at the information seminar",
        changedBy: "coordinator",
      }),
    ]);
    // A public-sector mentor loses the public-private points the first mentor had.
    const points = (p: Proposal) =>
      p.explanation[0]?.explanation.criteria.find((c) => c.criterion === "public_private")?.points;
    expect(points(updated)).toBe(0);
    expect(points(second)).toBeGreaterThan(0);
    const stored = await table.store.getProposal(second.proposalId);
    expect(stored?.mentorId).toBe(late.participantId);
    proposals[1] = updated;
  });

  it("approves a proposal once: the mentee is placed and the mentor's count grows", async () => {
    const proposal = proposals[0] as Proposal;
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => approve(proposal.proposalId)),
    );
    const created = attempts.filter((a) => a.statusCode === 201);
    expect(created).toHaveLength(1);
    expect(attempts.filter((a) => a.statusCode === 409)).toHaveLength(7);
    const { relationshipId } = JSON.parse(created[0]?.body ?? "{}");
    expect(relationshipId).toMatch(/^rel_/);
    const mentee = await table.store.getParticipant(proposal.menteeIds[0] as string);
    expect(mentee?.placement).toEqual({
      proposalId: proposal.proposalId,
      relationshipId,
      mentorId: proposal.mentorId,
    });
    const mentor = await table.store.getParticipant(proposal.mentorId);
    expect(mentor?.activeMentees).toBe(1);
    // The relationship exists in the same write, and its workflow was started.
    const relationship = await table.deps.workflowStore.getRelationship(relationshipId);
    expect(relationship).toMatchObject({
      relationshipId,
      phase: "consent",
      mentorId: proposal.mentorId,
      menteeIds: proposal.menteeIds,
      candidates: proposal.alternatives.map((a) => a.mentorId),
    });
    expect(table.started).toContain(relationshipId);
  });

  it("answers 404 to an unknown proposal and 409 to changing an approved one", async () => {
    const unknown = await approve("mr_0000000000nothing.0001");
    expect(unknown.statusCode).toBe(404);
    const proposal = proposals[0] as Proposal;
    const change = await replaceMentor(proposal, mentors[1], "Too late");
    expect(change.statusCode).toBe(409);
  });

  it("leaves placed mentees out of the next run and counts the mentor's taken places", async () => {
    const answer = await call(
      runHandler(() => table.deps),
      {
        path: "/api/console/matching-runs",
        body: { minimumScore: 20 },
      },
    );
    const body = JSON.parse(answer.body);
    expect(body.quality.menteesInPool).toBe(5);
    const placed = (proposals[0] as Proposal).menteeIds[0];
    expect(body.proposals.flatMap((p: Proposal) => p.menteeIds)).not.toContain(placed);
    const perMentor = new Map<string, number>();
    for (const p of body.proposals as Proposal[])
      perMentor.set(p.mentorId, (perMentor.get(p.mentorId) ?? 0) + p.menteeIds.length);
    expect(perMentor.get((proposals[0] as Proposal).mentorId) ?? 0).toBeLessThanOrEqual(1);
  });

  it("lists participants with their status, placement and capacity", async () => {
    const answer = await call(
      listHandler(() => table.deps),
      { method: "GET", path: "/api/console/participants" },
    );
    expect(answer.statusCode).toBe(200);
    const items = JSON.parse(answer.body).items as {
      participantId: string;
      status: string;
      reasons: string[];
    }[];
    expect(items).toHaveLength(10);
    expect(items.find((p) => p.participantId === ineligible)).toMatchObject({
      status: "ineligible",
      reasons: ["capacity_out_of_range"],
    });
  });
});
