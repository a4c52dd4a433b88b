import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../shared/adapters/memory/memory-store.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import type { Cohort } from "../../shared/schemas/cohort.js";
import type { Participant } from "../../shared/schemas/participant.js";
import { validMentee, validMentor } from "../fixtures/applications.js";

const NOW = new Date("2027-09-01T08:00:00.000Z");
const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

const cohort = (cohortId: string, from: number): Cohort => ({
  cohortId,
  name: { lv: `Kārta ${cohortId}`, en: `Round ${cohortId}` },
  intakeOpensAt: at(from),
  intakeClosesAt: at(from + 20),
  seminar: { at: at(from + 22), minutes: 90, place: "Rīga" },
  matchingBy: at(from + 25),
  kickoffAt: at(from + 30),
  endsAt: at(from + 180),
  formats: ["individual"],
  targets: { mentees: 1, mentors: 1 },
  stage: "planned",
  createdAt: at(-400),
  createdBy: "coordinator:ilze",
  updatedAt: at(-400),
});

let serial = 0;
const person = (
  application: Participant["application"],
  cohortId: string | undefined,
): Participant => ({
  participantId: `p_${String(++serial).padStart(24, "0")}`,
  role: application.role,
  name: application.name,
  email: application.email,
  language: "lv",
  status: "eligible",
  reasons: [],
  appliedAt: at(-300),
  confirmation: "confirmed",
  application,
  ...(cohortId ? { cohortId } : {}),
});

/**
 * Matching a round's pool: the mentor community carries over, each mentor of an earlier
 * round with the places offered for this one; a mentor of an earlier round who offered
 * nothing is not asked again.
 */
describe("a round's matching pool", () => {
  it("counts mentors of earlier rounds with the places they offered", async () => {
    const store = new MemoryStore();
    await store.createCohort(cohort("coh_old", -365));
    await store.createCohort(cohort("coh_new", -1));
    const mentor = (name: string, cohortId: string | undefined, capacity: number) =>
      person(
        validMentor({
          name,
          email: `${name}@${name}.lv`,
          organisation: `Uzņēmums ${name}`,
          capacity,
          formats: ["individual"],
        }),
        cohortId,
      );
    const offered = mentor("offered", "coh_old", 5);
    const silent = mentor("silent", "coh_old", 5);
    const again = mentor("again", "coh_old", 5);
    const fresh = mentor("fresh", "coh_new", 1);
    const legacy = mentor("legacy", undefined, 1);
    const mentees = Array.from({ length: 8 }, (_, i) =>
      person(
        validMentee({
          email: `mentee${i}@iestade${i}.gov.lv`,
          institutionName: `Iestāde ${i}`,
          preferredFormats: ["individual"],
        }),
        "coh_new",
      ),
    );
    for (const p of [offered, silent, again, fresh, legacy, ...mentees])
      await store.createParticipant(p);
    await store.putCohortAnswer({
      cohortId: "coh_new",
      participantId: offered.participantId,
      kind: "count_me_in",
      answers: { places: 2 },
      answeredAt: at(-1),
    });
    await store.putCohortAnswer({
      cohortId: "coh_old",
      participantId: again.participantId,
      kind: "mentor_again",
      answers: { again: true, places: 1 },
      answeredAt: at(-200),
    });
    const run = await createMatchingRun(
      {
        store,
        clock: { now: () => NOW },
        ids: { next: (prefix: string) => `${prefix}_1` },
      } as never,
      { cohortId: "coh_new", minimumScore: 0 },
      "ilze",
    );
    const placesOf = (id: string) =>
      run.proposals.filter((p) => p.mentorId === id).flatMap((p) => p.menteeIds).length;
    expect(placesOf(offered.participantId)).toBe(2);
    expect(placesOf(again.participantId)).toBe(1);
    expect(placesOf(silent.participantId)).toBe(0);
    expect(placesOf(fresh.participantId)).toBe(1);
    expect(placesOf(legacy.participantId)).toBe(1);
    expect(run.unplaced).toHaveLength(3);
  });
});

describe("a carried-over mentor's latest answer", () => {
  it("withdraws an earlier yes with a later no", async () => {
    const store = new MemoryStore();
    await store.createCohort(cohort("coh_one", -400));
    await store.createCohort(cohort("coh_two", -200));
    await store.createCohort(cohort("coh_three", -1));
    const changed = person(
      validMentor({ email: "changed@changed.lv", organisation: "Uzņēmums changed" }),
      "coh_one",
    );
    const mentee = person(
      validMentee({ email: "mentee@iestade.gov.lv", preferredFormats: ["individual"] }),
      "coh_three",
    );
    for (const p of [changed, mentee]) await store.createParticipant(p);
    for (const [cohortId, answers] of [
      ["coh_one", { again: true, places: 2 }],
      ["coh_two", { again: false }],
    ] as const)
      await store.putCohortAnswer({
        cohortId,
        participantId: changed.participantId,
        kind: "mentor_again",
        answers,
        answeredAt: at(cohortId === "coh_one" ? -300 : -100),
      });
    const run = await createMatchingRun(
      { store, clock: { now: () => NOW }, ids: { next: (prefix: string) => `${prefix}_2` } },
      { cohortId: "coh_three", minimumScore: 0 },
      "ilze",
    );
    expect(run.proposals).toEqual([]);
  });
});
