import { describe, expect, it } from "vitest";
import { createCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { ACCEPT, PLAN, rigaLocal, useHarness } from "./harness.js";

const h = useHarness();
const DAY = 86_400_000;

/**
 * A relationship of a cohort: its people applied while the cohort's intake was open, so it
 * belongs to the round, and its plan must end by the round's planned end: the form says the
 * date and refuses later sessions, naming the field.
 */
describe("a relationship in a cohort", () => {
  it("belongs to the cohort its mentee applied in, and plans within the round", async () => {
    const now = h.clock.now().getTime();
    const iso = (days: number) => new Date(now + days * DAY).toISOString();
    const cohort = await createCohort(
      h.deps,
      {
        name: { lv: "Ziemas kārta", en: "Winter round" },
        intakeOpensAt: iso(-1),
        intakeClosesAt: iso(14),
        seminar: { at: iso(16), minutes: 90, place: "Tiešsaistē" },
        matchingBy: iso(20),
        kickoffAt: iso(25),
        // Room for about three fortnightly sessions after the first one in five days.
        endsAt: iso(40),
        formats: ["individual"],
        targets: { mentees: 10, mentors: 5 },
      },
      "ilze",
    );
    const seeded = await h.seed();
    const { relationshipId, mentor, mentees } = seeded;
    expect((await h.relationship(relationshipId))?.cohortId).toBe(cohort.cohortId);
    for (const person of [mentor.email, ...mentees.map((m) => m.email)])
      await h.answer(await h.waitForMail(person, /match|pāris/i), ACCEPT);
    const ask = await h.waitForMail(mentor.email, /plan/i);
    await h.waitForState(relationshipId, STATES.waitPlan);

    const late = await h.answer(ask, PLAN(6, rigaLocal(h.clock.now(), 5)));
    expect(late.status).toBe("invalid");
    if (late.status === "invalid") {
      expect(late.error.issues.map((i) => i.path.join("."))).toEqual(["sessionCount"]);
      expect(late.context.planEndsBy).toBe(cohort.endsAt);
    }
    expect((await h.answer(ask, PLAN(3, rigaLocal(h.clock.now(), 5)))).status).toBe("recorded");
    await h.waitForState(relationshipId, STATES.waitReminder);
    const sessions = await h.deps.workflowStore.listSessions(relationshipId);
    expect(Date.parse(sessions.at(-1)?.endsAt ?? "")).toBeLessThanOrEqual(
      Date.parse(cohort.endsAt),
    );
  });
});
