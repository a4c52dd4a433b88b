import { describe, expect, inject, it } from "vitest";
import type { Proposal } from "../../shared/schemas/matching.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { programmeClient } from "./programme-client.js";

const base = inject("baseUrl");
const token = inject("coordinatorToken");
const asCoordinator = { authorization: `Bearer ${token}` };

const { apply } = programmeClient(base, token);

describe("apply, match, approve over HTTP", () => {
  it("refuses the console API without the coordinator's token", async () => {
    expect((await fetch(`${base}/api/console/participants`)).status).toBe(401);
    const wrong = await fetch(`${base}/api/console/matching-runs`, {
      method: "POST",
      headers: { authorization: "Bearer guess" },
    });
    expect(wrong.status).toBe(403);
  });

  it("matches new applicants and approves one proposal", async () => {
    const mentees: string[] = [];
    for (let i = 0; i < 3; i++) {
      mentees.push(
        await apply(
          validMentee({
            institutionName: `E2E iestāde ${i}`,
            preferredFormats: ["individual"],
            needTopics: ["cybersecurity"],
          }),
        ),
      );
    }
    const mentor = await apply(
      validMentor({
        organisation: "E2E Drošība SIA",
        formats: ["individual"],
        expertiseTopics: ["cybersecurity"],
        capacity: 6,
      }),
    );

    const run = await fetch(`${base}/api/console/matching-runs`, {
      method: "POST",
      headers: asCoordinator,
    });
    expect(run.status).toBe(201);
    const body = (await run.json()) as {
      runId: string;
      proposals: Proposal[];
      unplaced: { menteeId: string }[];
      quality: { menteesInPool: number };
    };
    const placedOrNot = new Set([
      ...body.proposals.flatMap((p) => p.menteeIds),
      ...body.unplaced.map((u) => u.menteeId),
    ]);
    for (const id of mentees) expect(placedOrNot.has(id)).toBe(true);
    const ours = body.proposals.find(
      (p) => p.mentorId === mentor && mentees.includes(p.menteeIds[0] ?? ""),
    );
    expect(ours).toBeDefined();
    const proposal = ours as Proposal;
    expect(proposal.explanation[0]?.explanation.criteria.map((c) => c.criterion)).toContain(
      "need_expertise",
    );

    const approved = await fetch(`${base}/api/console/proposals/${proposal.proposalId}/approve`, {
      method: "POST",
      headers: asCoordinator,
    });
    expect(approved.status).toBe(201);
    expect(((await approved.json()) as { relationshipId: string }).relationshipId).toMatch(/^rel_/);
    const again = await fetch(`${base}/api/console/proposals/${proposal.proposalId}/approve`, {
      method: "POST",
      headers: asCoordinator,
    });
    expect(again.status).toBe(409);

    const participants = await fetch(`${base}/api/console/participants`, {
      headers: asCoordinator,
    });
    const items = (
      (await participants.json()) as { items: { participantId: string; placement?: unknown }[] }
    ).items;
    expect(items.find((p) => p.participantId === proposal.menteeIds[0])?.placement).toMatchObject({
      proposalId: proposal.proposalId,
      mentorId: mentor,
    });
  });
});
