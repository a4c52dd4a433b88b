/**
 * The cohort form's values and their checks, without React: Riga wall-clock dates and times
 * to ISO times with their offset and back, the client-side checks that mirror the server's
 * (the timetable's order from shared/), the server's 400 issues mapped to the form's fields,
 * and the PATCH body of the dates that changed.
 */
import {
  type CohortDates,
  type CohortInput,
  type CohortPatch,
  timetableIssues,
} from "@shared/schemas/cohort.js";
import type { Format } from "@shared/schemas/reference.js";

const RIGA = "Europe/Riga";
const MINUTE = 60_000;

/** A date and a time as the inputs hold them, Riga time: "2027-03-10" and "14:30". */
export interface LocalDateTime {
  date: string;
  time: string;
}

const rigaParts = new Intl.DateTimeFormat("en-US", {
  timeZone: RIGA,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Riga's offset from UTC at an instant, in minutes: 120 in winter, 180 in summer. */
export function rigaOffsetMinutes(instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const part = Object.fromEntries(
    rigaParts.formatToParts(new Date(whole)).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  return Math.round((wall - whole) / MINUTE);
}

const pad = (n: number) => String(n).padStart(2, "0");
const offsetText = (minutes: number) =>
  `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * A Riga date and time as an ISO time with Riga's offset then ("2027-03-10T14:30:00+02:00");
 * undefined while either is incomplete or names no real date.
 */
export function rigaToIso({ date, time }: LocalDateTime): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  // The offset at the instant the wall time names: a first guess, then once corrected.
  const guess = rigaOffsetMinutes(wall - 120 * MINUTE);
  const offset = rigaOffsetMinutes(wall - guess * MINUTE);
  return `${date}T${time}:00${offsetText(offset)}`;
}

/** An ISO time as Riga's date and time (the inputs' values). */
export function isoToRiga(iso: string): LocalDateTime {
  const instant = Date.parse(iso);
  const wall = new Date(instant + rigaOffsetMinutes(instant) * MINUTE).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** The timetable's dates, each by its path in the API's body. */
export const DATE_FIELDS = [
  "intakeOpensAt",
  "intakeClosesAt",
  "seminar.at",
  "matchingBy",
  "kickoffAt",
  "endsAt",
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** Every field of the form, by its path in the API's body (as the server's issues name it). */
export type FieldPath =
  | DateField
  | "name.lv"
  | "name.en"
  | "seminar.minutes"
  | "seminar.place"
  | "formats"
  | "targets.mentees"
  | "targets.mentors";

const FIELD_PATHS: ReadonlySet<string> = new Set<FieldPath>([
  ...DATE_FIELDS,
  "name.lv",
  "name.en",
  "seminar.minutes",
  "seminar.place",
  "formats",
  "targets.mentees",
  "targets.mentors",
]);

export interface CohortFormValues {
  name: { lv: string; en: string };
  dates: Record<DateField, LocalDateTime>;
  minutes: string;
  place: string;
  formats: Format[];
  targets: { mentees: string; mentors: string };
}

/** Each field's problem as a code (`required`, `not_after_intakeOpensAt`...), or none. */
export type FieldIssues = Partial<Record<FieldPath, string>>;

const emptyDate = (): LocalDateTime => ({ date: "", time: "" });
export const emptyCohortForm = (): CohortFormValues => ({
  name: { lv: "", en: "" },
  dates: Object.fromEntries(DATE_FIELDS.map((f) => [f, emptyDate()])) as CohortFormValues["dates"],
  minutes: "90",
  place: "",
  formats: [],
  targets: { mentees: "", mentors: "" },
});

type IsoDates = Record<DateField, string>;
const asCohortDates = (d: IsoDates): CohortDates => ({
  intakeOpensAt: d.intakeOpensAt,
  intakeClosesAt: d.intakeClosesAt,
  seminar: { at: d["seminar.at"], minutes: 0, place: "" },
  matchingBy: d.matchingBy,
  kickoffAt: d.kickoffAt,
  endsAt: d.endsAt,
});

/** The dates as ISO times, or the issues: missing or impossible dates, then their order. */
export function checkDates(dates: Record<DateField, LocalDateTime>): {
  iso?: IsoDates;
  issues: FieldIssues;
} {
  const issues: FieldIssues = {};
  const iso: Partial<IsoDates> = {};
  for (const field of DATE_FIELDS) {
    const value = dates[field];
    const converted = rigaToIso(value);
    if (converted) iso[field] = converted;
    else issues[field] = !value.date || !value.time ? "required" : "invalid_date";
  }
  if (Object.keys(issues).length > 0) return { issues };
  const all = iso as IsoDates;
  for (const issue of timetableIssues(asCohortDates(all))) {
    const path = issue.path as DateField;
    issues[path] ??= issue.reason;
  }
  return Object.keys(issues).length > 0 ? { issues } : { iso: all, issues };
}

const wholeNumber = (text: string, min: number, max: number): number | undefined => {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
};
const lengthBetween = (text: string, min: number, max: number) =>
  text.trim().length >= min && text.trim().length <= max;

/** The body of `POST /api/console/cohorts`, or each field's problem (the server's rules). */
export function checkCohortForm(values: CohortFormValues): {
  input?: CohortInput;
  issues: FieldIssues;
} {
  const { iso, issues } = checkDates(values.dates);
  for (const language of ["lv", "en"] as const) {
    const text = values.name[language];
    if (!text.trim()) issues[`name.${language}`] = "required";
    else if (!lengthBetween(text, 2, 120)) issues[`name.${language}`] = "name_length";
  }
  const minutes = wholeNumber(values.minutes, 15, 480);
  if (minutes === undefined) issues["seminar.minutes"] = "minutes_range";
  if (!values.place.trim()) issues["seminar.place"] = "required";
  else if (!lengthBetween(values.place, 2, 300)) issues["seminar.place"] = "place_length";
  if (values.formats.length === 0) issues.formats = "formats_required";
  const mentees = wholeNumber(values.targets.mentees, 0, 1000);
  const mentors = wholeNumber(values.targets.mentors, 0, 1000);
  if (mentees === undefined) issues["targets.mentees"] = "target_range";
  if (mentors === undefined) issues["targets.mentors"] = "target_range";
  if (!iso || minutes === undefined || mentees === undefined || mentors === undefined)
    return { issues };
  if (Object.keys(issues).length > 0) return { issues };
  return {
    issues,
    input: {
      name: { lv: values.name.lv.trim(), en: values.name.en.trim() },
      intakeOpensAt: iso.intakeOpensAt,
      intakeClosesAt: iso.intakeClosesAt,
      seminar: { at: iso["seminar.at"], minutes, place: values.place.trim() },
      matchingBy: iso.matchingBy,
      kickoffAt: iso.kickoffAt,
      endsAt: iso.endsAt,
      formats: [...values.formats],
      targets: { mentees, mentors },
    },
  };
}

/** A cohort's dates as the form's values. */
export function datesOf(cohort: CohortDates): Record<DateField, LocalDateTime> {
  return {
    intakeOpensAt: isoToRiga(cohort.intakeOpensAt),
    intakeClosesAt: isoToRiga(cohort.intakeClosesAt),
    "seminar.at": isoToRiga(cohort.seminar.at),
    matchingBy: isoToRiga(cohort.matchingBy),
    kickoffAt: isoToRiga(cohort.kickoffAt),
    endsAt: isoToRiga(cohort.endsAt),
  };
}

/**
 * The `PATCH` body of the dates that moved. The inputs hold whole minutes: a stored time with
 * seconds that the form shows unchanged has not moved (nor the same minute written otherwise).
 */
export function datesPatch(cohort: CohortDates, iso: IsoDates): CohortPatch {
  const minute = (at: string) => Math.floor(Date.parse(at) / MINUTE);
  const moved = (before: string, after: string) => minute(before) !== minute(after);
  const patch: CohortPatch = {};
  if (moved(cohort.intakeOpensAt, iso.intakeOpensAt)) patch.intakeOpensAt = iso.intakeOpensAt;
  if (moved(cohort.intakeClosesAt, iso.intakeClosesAt)) patch.intakeClosesAt = iso.intakeClosesAt;
  if (moved(cohort.seminar.at, iso["seminar.at"])) patch.seminar = { at: iso["seminar.at"] };
  if (moved(cohort.matchingBy, iso.matchingBy)) patch.matchingBy = iso.matchingBy;
  if (moved(cohort.kickoffAt, iso.kickoffAt)) patch.kickoffAt = iso.kickoffAt;
  if (moved(cohort.endsAt, iso.endsAt)) patch.endsAt = iso.endsAt;
  return patch;
}

/** A 400's issue as the server sends it. */
export interface ServerIssue {
  path: string;
  code: string;
  message?: string;
}

const RANGE_CODES = new Set(["too_small", "too_big", "invalid_type", "invalid_format"]);

/** The code a server's issue shows as on its field: the timetable's reasons as they are. */
function fieldCode(path: FieldPath, code: string): string {
  if (/^not_(after|before)_[A-Za-z]+$/.test(code) || code === "in_past") return code;
  if (!RANGE_CODES.has(code)) return "invalid";
  if (path === "seminar.minutes") return "minutes_range";
  if (path.startsWith("targets.")) return "target_range";
  if (path.startsWith("name.")) return "name_length";
  if (path === "seminar.place") return "place_length";
  if (path === "formats") return "formats_required";
  return DATE_FIELDS.includes(path as DateField) ? "invalid_date" : "invalid";
}

/**
 * The server's 400 issues on the form's fields (the first per field); an issue of no field
 * of the form (an unknown key, the body) is left to the form's own error.
 */
export function issuesByField(issues: readonly ServerIssue[]): {
  fields: FieldIssues;
  other: ServerIssue[];
} {
  const fields: FieldIssues = {};
  const other: ServerIssue[] = [];
  for (const issue of issues) {
    if (FIELD_PATHS.has(issue.path)) {
      const path = issue.path as FieldPath;
      fields[path] ??= fieldCode(path, issue.code);
    } else other.push(issue);
  }
  return { fields, other };
}

/**
 * The lists' filter's first choice: the current cohort once it has begun, else every
 * cohort. (The server calls the next planned cohort current too while none runs; before its
 * intake it has no one, so a list filtered by it would start empty.)
 */
export function defaultCohortFilter(
  cohorts: readonly { cohortId: string; current: boolean; stage: string }[],
  all: string,
): string {
  return cohorts.find((cohort) => cohort.current && cohort.stage !== "planned")?.cohortId ?? all;
}
