import { countPhrase } from "@shared/i18n/plural.js";
import { cohortInputSchema } from "@shared/schemas/cohort.js";
import { describe, expect, it } from "vitest";
import {
  type CohortFormValues,
  checkCohortForm,
  checkDates,
  DATE_FIELDS,
  datesOf,
  datesPatch,
  defaultCohortFilter,
  emptyCohortForm,
  isoToRiga,
  issuesByField,
  rigaOffsetMinutes,
  rigaToIso,
} from "./cohort-form-values";
import { PLURAL_MESSAGES } from "./i18n";

const at = (date: string, time = "10:00") => ({ date, time });

/** A valid cohort in the winter, its kick-off in the spring (summer time). */
const valid = (): CohortFormValues => ({
  ...emptyCohortForm(),
  name: { lv: "2027. gada pavasara kārta", en: "Spring 2027" },
  dates: {
    intakeOpensAt: at("2027-01-11"),
    intakeClosesAt: at("2027-02-01", "23:59"),
    "seminar.at": at("2027-01-20", "14:30"),
    matchingBy: at("2027-02-15"),
    kickoffAt: at("2027-04-01", "09:00"),
    endsAt: at("2027-09-30", "18:00"),
  },
  minutes: "90",
  place: "Smilšu iela 1, Rīga",
  formats: ["individual", "group"],
  targets: { mentees: "20", mentors: "8" },
});

describe("Riga times in the cohort form", () => {
  it("writes a Riga date and time with the offset of that day", () => {
    expect(rigaToIso(at("2027-01-20", "14:30"))).toBe("2027-01-20T14:30:00+02:00");
    expect(rigaToIso(at("2027-07-01", "09:05"))).toBe("2027-07-01T09:05:00+03:00");
    // The last Sunday of March: 04:00 is already summer time.
    expect(rigaToIso(at("2027-03-28", "04:00"))).toBe("2027-03-28T04:00:00+03:00");
    expect(Date.parse(rigaToIso(at("2027-01-20", "14:30")) ?? "")).toBe(
      Date.parse("2027-01-20T12:30:00Z"),
    );
  });

  it("has no time while a part is missing or names no real date", () => {
    expect(rigaToIso(at("", "10:00"))).toBeUndefined();
    expect(rigaToIso(at("2027-01-20", ""))).toBeUndefined();
    expect(rigaToIso(at("2027-02-30"))).toBeUndefined();
    expect(rigaToIso(at("2027-01-20", "24:10"))).toBeUndefined();
  });

  it("reads an ISO time back as Riga's date and time, whatever its offset", () => {
    expect(isoToRiga("2027-01-20T12:30:00Z")).toEqual(at("2027-01-20", "14:30"));
    expect(isoToRiga("2027-06-30T21:30:00Z")).toEqual(at("2027-07-01", "00:30"));
    expect(rigaOffsetMinutes(Date.parse("2027-01-01T00:00:00Z"))).toBe(120);
    expect(rigaOffsetMinutes(Date.parse("2027-07-01T00:00:00Z"))).toBe(180);
  });
});

describe("the cohort form's checks", () => {
  it("gives the body the server's schema accepts", () => {
    const { input, issues } = checkCohortForm(valid());
    expect(issues).toEqual({});
    expect(cohortInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      seminar: { at: "2027-01-20T14:30:00+02:00", minutes: 90, place: "Smilšu iela 1, Rīga" },
      kickoffAt: "2027-04-01T09:00:00+03:00",
      targets: { mentees: 20, mentors: 8 },
    });
  });

  it("puts a seminar after the kick-off on the seminar's field, as the server does", () => {
    const values = valid();
    values.dates["seminar.at"] = at("2027-04-02");
    const { input, issues } = checkCohortForm(values);
    expect(input).toBeUndefined();
    expect(issues).toEqual({ "seminar.at": "not_before_kickoffAt" });
  });

  it("names each empty or out-of-range field", () => {
    const { issues } = checkCohortForm({ ...emptyCohortForm(), minutes: "10" });
    expect(issues).toMatchObject({
      "name.lv": "required",
      "name.en": "required",
      "seminar.minutes": "minutes_range",
      "seminar.place": "required",
      formats: "formats_required",
      "targets.mentees": "target_range",
    });
    for (const field of DATE_FIELDS) expect(issues[field]).toBe("required");
  });

  it("sends only the dates that moved", () => {
    const input = checkCohortForm(valid()).input;
    if (!input) throw new Error("the valid form has problems");
    const dates = datesOf(input);
    expect(dates.kickoffAt).toEqual(at("2027-04-01", "09:00"));
    dates.endsAt = at("2027-10-15", "18:00");
    const checked = checkDates(dates);
    expect(checked.iso && datesPatch(input, checked.iso)).toEqual({
      endsAt: "2027-10-15T18:00:00+03:00",
    });
    // Seconds the inputs cannot show do not count as a move.
    const withSeconds = { ...input, endsAt: "2027-09-30T15:00:42.123Z" };
    expect(checked.iso && datesPatch(withSeconds, checked.iso)).toEqual({
      endsAt: "2027-10-15T18:00:00+03:00",
    });
    const unchanged = checkDates(datesOf(withSeconds)).iso;
    expect(unchanged && datesPatch(withSeconds, unchanged)).toEqual({});
    const close = { ...dates, intakeClosesAt: at("2027-01-01") };
    expect(checkDates(close).issues).toMatchObject({ intakeClosesAt: "not_after_intakeOpensAt" });
  });
});

describe("the server's answers and the cohort filter", () => {
  it("puts a 400's issues on the form's fields and keeps the rest for the form", () => {
    const { fields, other } = issuesByField([
      { path: "seminar.at", code: "not_before_kickoffAt", message: "x" },
      { path: "seminar.minutes", code: "too_small", message: "x" },
      { path: "targets.mentors", code: "invalid_type", message: "x" },
      { path: "kickoffAt", code: "custom", message: "x" },
      { path: "extra", code: "unrecognized_keys", message: "x" },
    ]);
    expect(fields).toEqual({
      "seminar.at": "not_before_kickoffAt",
      "seminar.minutes": "minutes_range",
      "targets.mentors": "target_range",
      kickoffAt: "invalid",
    });
    expect(other.map((issue) => issue.path)).toEqual(["extra"]);
  });

  it("chooses the current cohort once it has begun, else all", () => {
    const cohorts = [
      { cohortId: "c_2", current: false, stage: "planned" },
      { cohortId: "c_1", current: true, stage: "intake" },
    ];
    expect(defaultCohortFilter(cohorts, "")).toBe("c_1");
    expect(defaultCohortFilter([{ cohortId: "c_2", current: false, stage: "running" }], "")).toBe(
      "",
    );
    // The next planned cohort is "current" while none runs, but has no one yet.
    expect(defaultCohortFilter([{ cohortId: "c_3", current: true, stage: "planned" }], "")).toBe(
      "",
    );
  });

  it("counts against the targets in the target's Latvian form", () => {
    const { menteesOfTarget, mentorsOfTarget } = PLURAL_MESSAGES;
    expect(countPhrase("lv", 20, menteesOfTarget, { n: 12 })).toBe("12 / 20 mentorējamo");
    expect(countPhrase("lv", 21, menteesOfTarget, { n: 3 })).toBe("3 / 21 mentorējamais");
    expect(countPhrase("lv", 5, mentorsOfTarget, { n: 3 })).toBe("3 / 5 mentori");
    expect(countPhrase("en", 1, mentorsOfTarget, { n: 0 })).toBe("0 / 1 mentor");
  });
});
