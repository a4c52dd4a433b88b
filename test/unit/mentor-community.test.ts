import { beforeEach, describe, expect, it } from "vitest";
import type { MemoryWorkflowStore } from "../../shared/adapters/memory/memory-workflow-store.js";
import { listMentorCommunity } from "../../shared/domain/community/list-mentor-community.js";
import { reinviteMentor } from "../../shared/domain/community/reinvite-mentor.js";
import { eraseParticipant } from "../../shared/domain/console/participant-data.js";
import type { Application } from "../../shared/schemas/application.js";
import type { CohortAnswer } from "../../shared/schemas/cohort-answer.js";
import type { Participant } from "../../shared/schemas/participant.js";
import { type Relationship, relationshipSchema } from "../../shared/schemas/workflow.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { cohortFixture, memoryDeps } from "../fixtures/memory-deps.js";

/**
 * The mentor community page's facts from the in-memory ports: rounds and relationships per
 * mentor, the three-rater rule for the means of the mentees' ratings, what each said about
 * the next round (count me in, mentor again yes or no), the mentees who would mentor later,
 * and nobody erased or unconfirmed.
 */
const NOW = "2027-06-01T08:00:00.000Z";
const pid = (n: number) => `p_${String(n).padStart(20, "0")}`;

let t: ReturnType<typeof memoryDeps>;
const person = async (n: number, application: Application, extra: Partial<Participant> = {}) => {
  const participant: Participant = {
    participantId: pid(n),
    role: application.role,
    name: application.name,
    email: application.email,
    language: application.language,
    status: "eligible",
    reasons: [],
    appliedAt: "2026-01-02T08:00:00.000Z",
    confirmation: "confirmed",
    application,
    ...extra,
  };
  await t.store.createParticipant(participant);
  return participant;
};
const relationship = (
  id: string,
  mentorId: string,
  menteeIds: string[],
  cohortId: string,
  phase: Relationship["phase"],
  closeReason?: string,
) =>
  (t.deps.workflowStore as MemoryWorkflowStore).putRelationship(
    relationshipSchema.parse({
      relationshipId: id,
      proposalId: `prop_${id}`,
      runId: "run_1",
      cohortId,
      format: "individual",
      mentorId,
      menteeIds,
      candidates: [],
      phase,
      state: phase === "closed" ? "4.9 Closed" : "3.1 Wait for the reminder",
      health: "on_track",
      cycle: 1,
      sessionCount: 3,
      createdAt: "2026-02-01T08:00:00.000Z",
      updatedAt: "2026-02-01T08:00:00.000Z",
      ...(closeReason ? { closeReason } : {}),
    }),
  );
const rate = (relationshipId: string, participantId: string, session: number, r?: number[]) =>
  t.deps.workflowStore.putReflection({
    relationshipId,
    session,
    participantId,
    held: r ? "yes" : "no",
    ...(r ? { valueRating: r[0], ideasRating: r[1], safetyRating: r[2] } : {}),
    ...(r ? {} : { notHeldReason: "partner_cancelled" }),
    shareWithCoordinator: false,
    submittedAt: "2026-03-01T08:00:00.000Z",
  });
const answer = (cohortId: string, n: number, kind: CohortAnswer["kind"], answers: object) =>
  t.store.putCohortAnswer({
    cohortId,
    participantId: pid(n),
    kind,
    answers: answers as Record<string, unknown>,
    answeredAt: `2026-${cohortId === "coh_a" ? "06" : "12"}-20T08:00:00.000Z`,
  });
const mentor = (name: string, extra: object = {}) =>
  validMentor({ name, email: `${name.split(" ")[0]}@example.lv`, ...extra });
const mentee = (n: number, name: string) => validMentee({ name, email: `mentee${n}@iestade.lv` });

beforeEach(async () => {
  t = memoryDeps(NOW);
  await t.store.createCohort(cohortFixture("coh_a", "2026-01-01T08:00:00.000Z", 21, "closed"));
  await t.store.createCohort(cohortFixture("coh_b", "2026-07-01T08:00:00.000Z", 21, "closed"));
  await t.store.createCohort(cohortFixture("coh_next", "2027-06-10T08:00:00.000Z"));
  // Mentors: Zane (two rounds, three raters), Bruno (two raters, counted in), Cilda (yes,
  // then no), Dace (applied in the next round), Elga (erased), Ilmārs (never confirmed).
  await person(1, mentor("Zane Ābele", { sector: "public", capacity: 4 }), { cohortId: "coh_a" });
  await person(2, mentor("Bruno Kalns"), { cohortId: "coh_b" });
  await person(3, mentor("Cilda Egle"), { cohortId: "coh_a" });
  await person(4, mentor("Dace Liepa"), { cohortId: "coh_next" });
  await person(5, mentor("Elga Rozīte"), { cohortId: "coh_a" });
  await person(6, mentor("Ilmārs Ozols"), { confirmation: "unconfirmed", cohortId: "coh_b" });
  for (const [n, name, cohortId] of [
    [11, "Māra Vītola", "coh_a"],
    [12, "Pēteris Sils", "coh_a"],
    [13, "Ruta Kļava", "coh_b"],
    [14, "Sandis Bērziņš", "coh_b"],
    [15, "Toms Priede", "coh_b"],
  ] as const)
    await person(n, mentee(n, name), { cohortId });
  relationship("r1", pid(1), [pid(11), pid(12)], "coh_a", "closed", "completed");
  relationship("r2", pid(1), [pid(13)], "coh_b", "closed", "completed");
  relationship("r3", pid(2), [pid(14), pid(15)], "coh_b", "learning");
  relationship("r4", pid(3), [pid(11)], "coh_a", "closed", "closed_by_coordinator");
  relationship("r5", pid(5), [pid(12)], "coh_a", "closed", "completed");
  await rate("r1", pid(11), 1, [8, 7, 9]);
  await rate("r1", pid(11), 2); // not held: no ratings
  await rate("r1", pid(12), 1, [6, 6, 6]);
  await rate("r1", pid(1), 1, [1, 1, 1]); // the mentor's own: never counted
  await rate("r2", pid(13), 1, [7, 8, 10]);
  await rate("r3", pid(14), 1, [9, 9, 9]);
  await rate("r3", pid(15), 1, [5, 5, 5]);
  await answer("coh_b", 1, "mentor_again", { again: true, places: 2 });
  await answer("coh_next", 2, "count_me_in", { places: 3 });
  await answer("coh_a", 3, "mentor_again", { again: true, places: 1 });
  await answer("coh_b", 3, "mentor_again", { again: false });
  await answer("coh_a", 11, "mentee_future", { future: "mentor" });
  await answer("coh_a", 12, "mentee_future", { future: "both" });
  await answer("coh_b", 13, "mentee_future", { future: "no" });
  await answer("coh_b", 14, "mentee_future", { future: "peer_mentor" });
  for (const n of [5, 12]) {
    const erased = await t.store.getParticipant(pid(n));
    await eraseParticipant(t.deps, pid(n), { confirm: erased?.email ?? "" }, "ilze");
  }
});

describe("listMentorCommunity", () => {
  it("lists every confirmed mentor by name with their rounds and relationships", async () => {
    const community = await listMentorCommunity(t.deps);
    expect(community.nextCohort).toEqual({
      cohortId: "coh_next",
      name: { lv: "Pavasara kārta coh_next", en: "Spring round coh_next" },
      matchingBy: "2027-07-10T08:00:00.000Z",
    });
    // Latvian order, the erased and the unconfirmed mentor absent.
    expect(community.mentors.map((m) => m.name)).toEqual([
      "Bruno Kalns",
      "Cilda Egle",
      "Dace Liepa",
      "Zane Ābele",
    ]);
    const zane = community.mentors.find((m) => m.participantId === pid(1));
    expect(zane).toMatchObject({
      email: "Zane@example.lv",
      organisation: "SIA Datu Darbnīca",
      sector: "public",
      places: 4,
      cohorts: [
        { cohortId: "coh_a", name: { lv: "Pavasara kārta coh_a", en: "Spring round coh_a" } },
        { cohortId: "coh_b", name: { lv: "Pavasara kārta coh_b", en: "Spring round coh_b" } },
      ],
      relationships: { held: 2, completed: 2, running: 0 },
    });
    const byId = (n: number) => community.mentors.find((m) => m.participantId === pid(n));
    expect(byId(2)?.relationships).toEqual({ held: 1, completed: 0, running: 1 });
    expect(byId(3)?.relationships).toEqual({ held: 1, completed: 0, running: 0 });
    expect(byId(4)?.cohorts.map((c) => c.cohortId)).toEqual(["coh_next"]);
    expect(JSON.stringify(community)).not.toMatch(/Elga|Ilmārs|Pēteris/);
  });

  it("shows the means of the mentees' ratings only from three raters on", async () => {
    const { mentors } = await listMentorCommunity(t.deps);
    const ratings = (n: number) => mentors.find((m) => m.participantId === pid(n))?.ratings;
    // Three mentees (one of them erased since), the not-held session and the mentor's own
    // reflection left out: (8+6+7)/3, (7+6+8)/3, (9+6+10)/3.
    expect(ratings(1)).toEqual({ raters: 3, value: 7, ideas: 7, safety: 8.33, hidden: false });
    expect(ratings(2)).toEqual({ raters: 2, value: null, ideas: null, safety: null, hidden: true });
    expect(ratings(4)).toEqual({
      raters: 0,
      value: null,
      ideas: null,
      safety: null,
      hidden: false,
    });
  });

  it("says what each mentor answered for the next round and whom to re-invite", async () => {
    await t.store.suppressAddress({
      email: "dace@example.lv",
      reason: "permanent_bounce",
      feedbackId: "fb_1",
      messageId: "m_1",
      suppressedAt: NOW,
    });
    const { mentors } = await listMentorCommunity(t.deps);
    const of = (n: number) => mentors.find((m) => m.participantId === pid(n));
    expect(of(1)).toMatchObject({
      next: { answer: "mentor_again_yes", places: 2 },
      reinvitable: true,
    });
    expect(of(2)).toMatchObject({ next: { answer: "count_me_in", places: 3 }, reinvitable: false });
    // A later "no" withdraws the earlier "yes".
    expect(of(3)).toMatchObject({ next: { answer: "mentor_again_no", places: null } });
    expect(of(3)?.reinvitable).toBe(true);
    // Applied in the next round (and her address bounced besides).
    expect(of(4)).toMatchObject({ next: { answer: "none", places: null }, reinvitable: false });
  });

  it("notes the re-invites and stops offering one after the reminder", async () => {
    const first = await reinviteMentor(t.deps, pid(3), {}, "ilze");
    expect(first).toEqual({ cohortId: "coh_next", mode: "send", invitedAt: NOW });
    t.clock.advance(86_400_000);
    const second = await reinviteMentor(t.deps, pid(3), {}, "ilze");
    expect(second.mode).toBe("remind");
    const cilda = (await listMentorCommunity(t.deps)).mentors.find(
      (m) => m.participantId === pid(3),
    );
    expect(cilda?.next.invitedAt).toBe(second.invitedAt);
    expect(cilda?.reinvitable).toBe(false);
    expect(t.mailer.to("Cilda@example.lv").map((m) => m.key)).toEqual([
      `cohort-form:coh_next:count_me_in:${pid(3)}:ask`,
      `cohort-form:coh_next:count_me_in:${pid(3)}:remind`,
    ]);
  });

  it("lists the mentees who would mentor later, without the erased and the noes", async () => {
    const { futureMentors } = await listMentorCommunity(t.deps);
    expect(futureMentors).toEqual([
      {
        participantId: pid(11),
        name: "Māra Vītola",
        email: "mentee11@iestade.lv",
        cohortId: "coh_a",
        cohortName: { lv: "Pavasara kārta coh_a", en: "Spring round coh_a" },
        future: "mentor",
        answeredAt: "2026-06-20T08:00:00.000Z",
      },
      expect.objectContaining({ participantId: pid(14), future: "peer_mentor", cohortId: "coh_b" }),
    ]);
  });

  it("has no next round when every round is past its matching deadline", async () => {
    t.clock.advance(60 * 86_400_000);
    const community = await listMentorCommunity(t.deps);
    expect(community.nextCohort).toBeUndefined();
    expect(community.mentors.every((m) => !m.reinvitable)).toBe(true);
    // Without a next round, the latest "mentor again?" still shows.
    expect(community.mentors.find((m) => m.participantId === pid(1))?.next.answer).toBe(
      "mentor_again_yes",
    );
  });
});
