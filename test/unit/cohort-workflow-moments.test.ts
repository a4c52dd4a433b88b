import { describe, expect, it } from "vitest";
import { cohortMoments } from "../../shared/domain/cohorts/workflow/load-cohort.js";
import type { Cohort } from "../../shared/schemas/cohort.js";

const DAY = 86_400_000;
const START = Date.parse("2027-02-01T08:00:00.000Z");
const at = (days: number) => new Date(START + days * DAY).toISOString();

const cohort = (overrides: Partial<Cohort> = {}): Cohort => ({
  cohortId: "coh_1",
  name: { lv: "Kārta", en: "Round" },
  // With an offset, as a coordinator's browser may send it: the machine waits in UTC.
  intakeOpensAt: "2027-02-01T10:00:00+02:00",
  intakeClosesAt: at(20),
  seminar: { at: at(24), minutes: 90, place: "Rīga" },
  matchingBy: at(30),
  kickoffAt: at(35),
  endsAt: at(175),
  formats: ["individual"],
  targets: { mentees: 10, mentors: 5 },
  stage: "planned",
  createdAt: at(-10),
  createdBy: "coordinator:ilze",
  updatedAt: at(-10),
  ...overrides,
});

/** The moments the cohort workflow waits until, as "0.1 Resume" carries them. */
describe("a cohort's moments", () => {
  it("are UTC instants in the timetable's order, from the recorded stage on", () => {
    const m = cohortMoments(cohort(), new Date(at(0)));
    expect(m.intakeOpensAt).toBe(at(0));
    expect(m.intakeHalfwayAt).toBe(at(10));
    expect(m.seminarReminderAt).toBe(at(22));
    // The seminar's 90 minutes, then two days to mark who came.
    expect(m.attendanceBy).toBe(new Date(Date.parse(at(26)) + 90 * 60_000).toISOString());
    expect(m.closingBy).toBe(at(189));
    expect(m.answersBy).toBe(at(203));
    expect(m.resumeAt).toBe("intake");
    expect(cohortMoments(cohort({ stage: "closing" }), new Date(at(0))).resumeAt).toBe("closing");
  });

  it("wait for the next fortnightly digest or the halfway survey, never past the planned end", () => {
    // Halfway through the running stage: (35 + 175) / 2 = day 105.
    expect(cohortMoments(cohort(), new Date(at(36))).nextRunningAt).toBe(at(49));
    expect(cohortMoments(cohort(), new Date(at(100))).nextRunningAt).toBe(at(105));
    expect(cohortMoments(cohort(), new Date(at(106))).nextRunningAt).toBe(at(119));
    expect(cohortMoments(cohort(), new Date(at(170))).nextRunningAt).toBe(at(175));
    expect(cohortMoments(cohort(), new Date(at(170))).ended).toBe(false);
    expect(cohortMoments(cohort(), new Date(at(175))).ended).toBe(true);
  });

  it("follow an extended closing", () => {
    const m = cohortMoments(cohort({ closingBy: at(200) }), new Date(at(180)));
    expect(m.closingBy).toBe(at(200));
    expect(m.answersBy).toBe(at(214));
  });
});
