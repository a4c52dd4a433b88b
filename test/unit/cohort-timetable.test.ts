import { describe, expect, it } from "vitest";
import {
  cohortForIntake,
  currentCohort,
  intakesOverlap,
  timetableStage,
} from "../../shared/domain/cohorts/cohort-timetable.js";
import { type Cohort, cohortInputSchema, timetableIssues } from "../../shared/schemas/cohort.js";

const DAY = 86_400_000;
const START = Date.parse("2027-02-01T08:00:00.000Z");
const at = (days: number) => new Date(START + days * DAY).toISOString();

const cohort = (id: string, from: number, stage: Cohort["stage"] = "planned"): Cohort => ({
  cohortId: id,
  name: { lv: `Kārta ${id}`, en: `Round ${id}` },
  intakeOpensAt: at(from),
  intakeClosesAt: at(from + 21),
  seminar: { at: at(from + 24), minutes: 90, place: "Rīga" },
  matchingBy: at(from + 30),
  kickoffAt: at(from + 35),
  endsAt: at(from + 200),
  formats: ["individual"],
  targets: { mentees: 10, mentors: 5 },
  stage,
  createdAt: at(-10),
  createdBy: "coordinator:ilze",
  updatedAt: at(-10),
});

describe("a cohort's timetable", () => {
  it("finds every date out of order, on its own field", () => {
    const ok = cohort("a", 0);
    expect(timetableIssues(ok)).toEqual([]);
    expect(timetableIssues({ ...ok, intakeClosesAt: at(-1) }).map((i) => i.path)).toEqual([
      "intakeClosesAt",
      // The seminar at day 24 is still after the open, matching at 30 after the close.
    ]);
    expect(timetableIssues({ ...ok, seminar: { ...ok.seminar, at: at(36) } })).toEqual([
      { path: "seminar.at", reason: "not_before_kickoffAt" },
    ]);
    expect(timetableIssues({ ...ok, endsAt: at(35) })).toEqual([
      { path: "endsAt", reason: "not_after_kickoffAt" },
    ]);
    // The schema reports the same, as 400 issues with their paths.
    const { cohortId: _id, stage: _s, createdAt: _c, createdBy: _b, updatedAt: _u, ...input } = ok;
    const parsed = cohortInputSchema.safeParse({ ...input, matchingBy: at(10) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["matchingBy"]);
  });

  it("says the stage by the clock, and a cancelled cohort stays cancelled", () => {
    const c = cohort("a", 0);
    const on = (days: number) => timetableStage(c, new Date(START + days * DAY));
    expect([on(-1), on(0), on(20), on(21), on(31), on(35), on(199), on(200)]).toEqual([
      "planned",
      "intake",
      "intake",
      "matching",
      "kickoff",
      "running",
      "running",
      "closing",
    ]);
    expect(timetableStage({ ...c, stage: "cancelled" }, new Date(START + DAY))).toBe("cancelled");
  });

  it("knows overlapping intakes, the open one, and the current cohort", () => {
    const first = cohort("a", 0);
    const second = cohort("b", 21);
    const third = cohort("c", 10);
    expect(intakesOverlap(first, second)).toBe(false); // one closes as the other opens
    expect(intakesOverlap(first, third)).toBe(true);
    const all = [first, second];
    const on = (days: number) => new Date(START + days * DAY);
    expect(cohortForIntake(all, on(5))?.cohortId).toBe("a");
    expect(cohortForIntake(all, on(25))?.cohortId).toBe("b");
    expect(cohortForIntake(all, on(50))).toBeUndefined();
    expect(cohortForIntake([{ ...first, stage: "cancelled" }], on(5))).toBeUndefined();
    // No intake open: the latest one running, else the next planned.
    expect(currentCohort(all, on(50))?.cohortId).toBe("b");
    expect(currentCohort(all, on(-5))?.cohortId).toBe("a");
    expect(currentCohort(all, on(400))).toBeUndefined();
  });
});
