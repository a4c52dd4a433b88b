import { describe, expect, it } from "vitest";
import { createCohort, updateCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import { viewCohort } from "../../shared/domain/cohorts/view-cohorts.js";
import { decideCohortEscalation } from "../../shared/domain/cohorts/workflow/decide-cohort-escalation.js";
import type { CohortInput } from "../../shared/schemas/cohort.js";
import { COHORT_STATES as S } from "../../workflows/cohort/cohort-states.js";
import { useHarness } from "./harness.js";

const h = useHarness();
const DAY = 86_400_000;

/**
 * The cohort workflow on the local runtime: one execution per round from the intake to
 * the report, waiting on the local clock, asking the coordinator where the programme says
 * so, and going on by itself when nobody answers.
 */
describe("the cohort workflow", () => {
  const plan = (overrides: Partial<CohortInput> = {}): CohortInput => {
    const now = h.clock.now().getTime();
    const iso = (days: number) => new Date(now + days * DAY).toISOString();
    return {
      name: { lv: "Pavasara kārta", en: "Spring round" },
      intakeOpensAt: iso(1),
      intakeClosesAt: iso(10),
      seminar: { at: iso(12), minutes: 90, place: "Tiešsaistē" },
      matchingBy: iso(15),
      kickoffAt: iso(18),
      endsAt: iso(60),
      formats: ["individual"],
      targets: { mentees: 1, mentors: 1 },
      ...overrides,
    };
  };
  const state = (cohortId: string) => {
    try {
      return h.cohortRuntime.describeLatest(cohortId).currentState;
    } catch {
      return undefined;
    }
  };
  const waitForState = async (cohortId: string, name: string) => {
    try {
      await h.until(`cohort state "${name}"`, async () => state(cohortId) === name);
    } catch (error) {
      const execution = h.cohortRuntime.describeLatest(cohortId);
      throw new Error(
        `${(error as Error).message}; now ${execution.currentState} (${execution.status} ${execution.error ?? ""} ${execution.cause ?? ""})`,
      );
    }
  };
  const waitForEnd = async (cohortId: string) => {
    try {
      await h.until(
        "the cohort's execution to succeed",
        async () => h.cohortRuntime.describeLatest(cohortId).status === "SUCCEEDED",
      );
    } catch (error) {
      const execution = h.cohortRuntime.describeLatest(cohortId);
      throw new Error(
        `${(error as Error).message}; now ${execution.currentState} (${execution.status} ${execution.error ?? ""} ${execution.cause ?? ""})`,
      );
    }
  };
  const events = async (cohortId: string) =>
    (await h.deps.store.listCohortEvents(cohortId)).map((e) => e.type);
  const openEscalation = async (cohortId: string, reason: string) =>
    h.until(`an open ${reason} escalation`, async () =>
      (await h.deps.store.listCohortEscalations(cohortId)).find(
        (e) => e.status === "open" && e.reason === reason,
      ),
    );
  const decide = (
    cohortId: string,
    escalationId: string,
    decision: "extend" | "go_on" | "cancel",
    until?: string,
  ) =>
    decideCohortEscalation(
      h.deps,
      cohortId,
      { escalationId, decision, ...(until ? { until } : {}) },
      "ilze",
    );

  it("runs a round from its intake to the report: a shortfall extended, matching late, stragglers", async () => {
    const start = h.clock.now().getTime();
    const at = (days: number) => new Date(start + days * DAY);
    const cohort = await createCohort(h.deps, plan(), "ilze");
    const id = cohort.cohortId;
    await waitForState(id, S.waitOpen);
    expect(await events(id)).toEqual([]);

    h.clock.advanceTo(at(1));
    await waitForState(id, S.waitHalfway);
    expect(await events(id)).toContain("intake_announced");
    expect((await h.deps.store.getCohort(id))?.stage).toBe("intake");

    // Halfway the coordinator gets the numbers against the targets.
    h.clock.advanceTo(at(5.6));
    const numbers = await h.waitForMail(h.coordinatorEmail, /Pieteikšanās pusceļā/);
    expect(numbers.subject).toContain("„Pavasara kārta”");
    expect(numbers.text).toMatch(/Mērķis:\n1/);

    // Nobody applied: at the close the coordinator decides, and extends the intake.
    h.clock.advanceTo(at(10));
    const shortfall = await openEscalation(id, "intake_shortfall");
    await waitForState(id, S.askShortfall);
    await h.waitForMail(h.coordinatorEmail, /mazāk par mērķi/);
    expect((await viewCohort(h.deps, id)).escalations?.[0]?.status).toBe("open");
    await decide(id, shortfall.escalationId, "extend", at(13).toISOString());
    await waitForState(id, S.waitClose);
    expect((await h.deps.store.getCohort(id))?.intakeClosesAt).toBe(at(13).toISOString());
    // The intake is open again: a mentee and a mentor apply and are matched.
    const seeded = await h.seed();
    expect((await h.relationship(seeded.relationshipId))?.cohortId).toBe(id);

    // Enough applications now: on to the seminar, its reminder and the attendance.
    h.clock.advanceTo(at(13));
    await waitForState(id, S.waitAttendance);
    expect(await events(id)).toEqual(
      expect.arrayContaining(["intake_closed", "seminar_invited", "seminar_reminded"]),
    );
    expect(
      (await h.deps.store.listCohortEscalations(id)).filter((e) => e.status === "open"),
    ).toEqual([]);

    // No matching run of the round by its deadline: the coordinator is asked and goes on.
    h.clock.advanceTo(at(15));
    const late = await openEscalation(id, "matching_late");
    expect(late.detail).toMatchObject({ relationships: 1 });
    await decide(id, late.escalationId, "go_on");

    // Kick-off: the placed get the round's calendar and an invite.
    await waitForState(id, S.waitKickoff);
    const kickoff = await h.waitForMail(
      seeded.mentee.email,
      /Programmas kārta „Pavasara kārta” sākas|The round “Spring round” begins/,
    );
    expect(kickoff.attachments.map((a) => a.contentType)).toContain("text/calendar");

    // Running: a digest two weeks after the kick-off, the halfway survey, the planned end.
    h.clock.advanceTo(at(32.1));
    await h.waitForMail(h.coordinatorEmail, /Divu nedēļu pārskats/);
    h.clock.advanceTo(at(60));
    await waitForState(id, S.waitStragglers);
    await h.waitForMail(seeded.mentor.email, /Laiks noslēgt sadarbību|Time to close/);

    // The relationship is still open two weeks later: one question lists it.
    h.clock.advanceTo(at(74));
    const stragglers = await openEscalation(id, "stragglers");
    expect(stragglers.detail).toMatchObject({ open: 1, relationshipIds: [seeded.relationshipId] });
    await decide(id, stragglers.escalationId, "go_on");
    await waitForState(id, S.waitAnswers);
    h.clock.advanceTo(at(88));
    await waitForEnd(id);
    expect((await h.deps.store.getCohort(id))?.stage).toBe("closed");
    const report = await h.waitForMail(h.coordinatorEmail, /pārskats finansētājam|funder's report/);
    expect(report.attachments.map((a) => a.contentType)).toEqual([
      "application/pdf",
      "application/pdf",
    ]);
    expect(await events(id)).toEqual(
      expect.arrayContaining(["survey_halfway_sent", "digest_sent", "alumni_asked", "report_sent"]),
    );
  });

  it("goes on by itself when the coordinator does not answer, noting the timeout", async () => {
    const start = h.clock.now().getTime();
    const cohort = await createCohort(
      h.deps,
      plan({ targets: { mentees: 50, mentors: 20 } }),
      "ilze",
    );
    const id = cohort.cohortId;
    h.clock.advanceTo(new Date(start + 10 * DAY));
    await openEscalation(id, "intake_shortfall");
    await waitForState(id, S.askShortfall);
    h.clock.advanceTo(new Date(start + 17.1 * DAY));
    await h.until("the timed-out question", async () =>
      (await h.deps.store.listCohortEscalations(id)).find((e) => e.status === "timed_out"),
    );
    await h.until(
      "the seminar stage",
      async () => (await h.deps.store.getCohort(id))?.stage === "seminar",
    );
    h.cohortRuntime.stopExecution(id, "test done");
  });

  it("cancels a round on the coordinator's decision and tells its applicants", async () => {
    const start = h.clock.now().getTime();
    const cohort = await createCohort(
      h.deps,
      plan({ targets: { mentees: 40, mentors: 20 } }),
      "ilze",
    );
    const id = cohort.cohortId;
    h.clock.advanceTo(new Date(start + 10 * DAY));
    const shortfall = await openEscalation(id, "intake_shortfall");
    await expect(decide(id, shortfall.escalationId, "extend")).rejects.toThrow(/until/);
    await decide(id, shortfall.escalationId, "cancel");
    await h.until(
      "the cancelled execution",
      async () => h.cohortRuntime.describeLatest(id).status === "SUCCEEDED",
    );
    expect(h.cohortRuntime.describeLatest(id).history.map((e) => e.state)).toContain(S.cancel);
    expect((await h.deps.store.getCohort(id))?.stage).toBe("cancelled");
    await expect(decide(id, shortfall.escalationId, "go_on")).rejects.toThrow(/already/);
  });

  it("follows moved dates: a new execution waits for the new intake, the old one stops", async () => {
    const start = h.clock.now().getTime();
    const cohort = await createCohort(h.deps, plan(), "ilze");
    const id = cohort.cohortId;
    await waitForState(id, S.waitOpen);
    const later = new Date(start + 3 * DAY).toISOString();
    await updateCohort(h.deps, id, { intakeOpensAt: later }, "ilze");
    expect(h.cohortRuntime.describe(id).status).toBe("ABORTED");
    await h.until(
      "the new execution",
      async () => h.cohortRuntime.describeLatest(id).name === `${id}-2` && state(id) === S.waitOpen,
    );
    h.clock.advanceTo(new Date(start + 2 * DAY));
    await new Promise((r) => setTimeout(r, 200));
    expect(await events(id)).not.toContain("intake_announced");
    h.clock.advanceTo(new Date(start + 3 * DAY));
    await waitForState(id, S.waitHalfway);
    expect(await events(id)).toContain("intake_announced");
    h.cohortRuntime.stopExecution(`${id}-2`, "test done");
  });
});
