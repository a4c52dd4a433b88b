import { type Localized, localized } from "../../i18n/localized.js";
import type { FigureCell } from "../../schemas/figures.js";
import { FORMATS, SECTORS } from "../../schemas/reference.js";
import {
  averageCell,
  cellAt,
  type FigureRow,
  heldCount,
  hiddenWith,
  protectColumns,
  published,
} from "../console/figure-cells.js";
import {
  type CohortReportInput,
  netPromoterScore,
  peopleOf,
  perPeopleCell,
  type RelationshipFacts,
  rounded,
  SURVEY_KINDS,
  shareCell,
  sum,
} from "./cohort-report-facts.js";
import type { ReportTable, ReportTableName } from "./cohort-report-model.js";

/**
 * The report's own tables (the mentee tables and relationships by format are the programme
 * figures' own, see build-cohort-report.ts). Every count is held with its value until its
 * table is protected (complementary suppression over the format rows, whose total is the
 * "all" row a reader knows anyway), then published. A figure worked out from a hidden count
 * is hidden with it.
 */

export const LABEL_KEYS = ["code", "label_lv", "label_en"];
export const labelled = (code: string, label: Localized) => ({
  code,
  label_lv: label.lv,
  label_en: label.en,
});

export const ALL_FORMATS = localized("Visi formāti", "All formats");
const UNKNOWN_SECTOR = localized("Nav zināms (dati dzēsti)", "Not known (data erased)");

export const SURVEY_LABELS: Record<(typeof SURVEY_KINDS)[number], Localized> = {
  survey_halfway: localized("Programmas vidusposma aptauja", "Halfway survey"),
  survey_end: localized("Programmas noslēguma aptauja", "End-of-programme survey"),
};

/** The table with its hidden values gone: suppression needed them, the reader must not get them. */
export function reportTable(
  name: ReportTableName,
  title: Localized,
  figures: string[],
  rows: FigureRow[],
  note?: Localized,
): ReportTable {
  return {
    name,
    title,
    keys: LABEL_KEYS,
    figures,
    rows: rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          typeof value === "string" ? value : published(value),
        ]),
      ),
    ),
    ...(note ? { note } : {}),
  };
}

export const byFormat = (facts: readonly RelationshipFacts[]) =>
  FORMATS.map(({ code, label }) => ({
    code,
    label,
    facts: facts.filter((fact) => fact.relationship.format === code),
  }));

export const hideWith = (row: FigureRow, column: string, ...counts: string[]) => {
  row[column] = hiddenWith(row[column] as FigureCell, ...counts.map((c) => cellAt(row, c)));
};

export function mentorsBySector(input: CohortReportInput, minimum: number): ReportTable {
  const mentoring = [...new Set(input.relationships.map((r) => r.mentorId))];
  const sectors = [
    ...SECTORS.map(({ code, label }) => ({ code, label })),
    { code: "unknown", label: UNKNOWN_SECTOR },
  ];
  const rows = sectors.map(({ code, label }) => {
    const applied = input.mentorApplicants.filter((mentor) => mentor.sector === code);
    const eligible = applied.filter((mentor) => mentor.status === "eligible").length;
    const active = mentoring.filter((id) => (input.mentorSectors[id] ?? "unknown") === code).length;
    return {
      ...labelled(code, label),
      applied: heldCount(applied.length, applied.length, minimum),
      eligible: heldCount(eligible, eligible, minimum),
      mentoring: heldCount(active, active, minimum),
    };
  });
  protectColumns(rows, ["applied", "eligible", "mentoring"]);
  return reportTable(
    "mentors-by-sector",
    localized("Mentori pēc sektora", "Mentors by sector"),
    ["applied", "eligible", "mentoring"],
    rows,
    localized(
      "Pieteikušies un atbilst: mentori, kas pieteicās šajā kārtā. Mentorē: šīs kārtas sadarbību mentori neatkarīgi no tā, kurā kārtā viņi pieteicās.",
      "Applied and eligible: mentors who applied in this round. Mentoring: the mentors of this round's relationships, whichever round they applied in.",
    ),
  );
}

function activityLine(facts: readonly RelationshipFacts[], minimum: number): FigureRow {
  const withSessions = facts.filter((fact) => fact.sessionsHeld > 0);
  const withGoals = facts.filter((fact) => fact.goalsSet > 0);
  const withReached = facts.filter((fact) => fact.goalsReached > 0);
  const sessionPeople = peopleOf(withSessions);
  const set = sum(facts.map((fact) => fact.goalsSet));
  const reached = sum(facts.map((fact) => fact.goalsReached));
  return {
    sessionsHeld: heldCount(sum(facts.map((fact) => fact.sessionsHeld)), sessionPeople, minimum),
    mentoringHours: heldCount(
      rounded(sum(facts.map((fact) => fact.hours))),
      sessionPeople,
      minimum,
    ),
    goalsSet: heldCount(set, peopleOf(withGoals), minimum),
    goalsReached: heldCount(reached, peopleOf(withReached), minimum),
    goalsReachedRate: shareCell(
      reached,
      set,
      { part: peopleOf(withReached), whole: peopleOf(withGoals) },
      minimum,
    ),
  };
}

export function activityByFormat(
  facts: readonly RelationshipFacts[],
  minimum: number,
): ReportTable {
  const rows = byFormat(facts).map(({ code, label, facts: own }) => ({
    ...labelled(code, label),
    ...activityLine(own, minimum),
  }));
  protectColumns(rows, ["sessionsHeld"]);
  // Hours give the sessions away (and back): hidden together, then protected again.
  for (const row of rows)
    cellAt(row, "mentoringHours").hidden ||= cellAt(row, "sessionsHeld").hidden;
  protectColumns(rows, ["mentoringHours", "goalsSet", "goalsReached"]);
  for (const row of rows) hideWith(row, "goalsReachedRate", "goalsSet", "goalsReached");
  const all = { ...labelled("all", ALL_FORMATS), ...activityLine(facts, minimum) };
  return reportTable(
    "activity-by-format",
    localized("Tikšanās un mērķi pēc formāta", "Sessions and goals by format"),
    ["sessionsHeld", "mentoringHours", "goalsSet", "goalsReached", "goalsReachedRate"],
    [...rows, all],
    localized(
      "Mentoringa stundas: notikušās tikšanās, reizinātas ar to plānoto ilgumu. Sasniegts mērķis: tā pēdējais atzīmētais progress ir 100 %.",
      "Mentoring hours: the sessions held times their planned length. A goal is reached when its last reported progress is 100%.",
    ),
  );
}

type Reflections = CohortReportInput["reflections"];

function ratingsLine(reflections: Reflections, minimum: number): FigureRow {
  const authors = new Set(reflections.map((r) => r.participantId)).size;
  return {
    reflections: heldCount(reflections.length, authors, minimum),
    people: heldCount(authors, authors, minimum),
    valueAverage: averageCell(
      reflections.map((r) => r.valueRating),
      authors,
      minimum,
    ),
    ideasAverage: averageCell(
      reflections.map((r) => r.ideasRating),
      authors,
      minimum,
    ),
    safetyAverage: averageCell(
      reflections.map((r) => r.safetyRating),
      authors,
      minimum,
    ),
  };
}

export function sessionRatings(input: CohortReportInput, minimum: number): ReportTable {
  const formatOf = new Map(input.relationships.map((r) => [r.relationshipId, r.format]));
  const rows = FORMATS.map(({ code, label }) => ({
    ...labelled(code, label),
    ...ratingsLine(
      input.reflections.filter((r) => formatOf.get(r.relationshipId) === code),
      minimum,
    ),
  }));
  protectColumns(rows, ["reflections", "people"]);
  // Stricter than the programme figures: a row whose people are hidden shows no average.
  for (const row of rows)
    for (const column of ["valueAverage", "ideasAverage", "safetyAverage"])
      hideWith(row, column, "people");
  const all = { ...labelled("all", ALL_FORMATS), ...ratingsLine(input.reflections, minimum) };
  return reportTable(
    "session-ratings",
    localized("Tikšanās vērtējumi", "Session ratings"),
    ["reflections", "people", "valueAverage", "ideasAverage", "safetyAverage"],
    [...rows, all],
    localized(
      "Dalībnieku refleksijas par notikušajām tikšanās reizēm, katrs vērtējums no 1 līdz 10.",
      "The participants' reflections on the sessions held, each rating from 1 to 10.",
    ),
  );
}

export function surveys(input: CohortReportInput, minimum: number): ReportTable {
  const rows = SURVEY_KINDS.map((kind) => {
    const answers = input.surveys.filter((answer) => answer.kind === kind);
    const people = new Set(answers.map((answer) => answer.participantId)).size;
    return {
      ...labelled(kind, SURVEY_LABELS[kind]),
      answers: heldCount(answers.length, people, minimum),
      satisfactionAverage: averageCell(
        answers.map((a) => a.satisfaction),
        people,
        minimum,
      ),
      nps: perPeopleCell(netPromoterScore(answers.map((a) => a.recommend)), people, minimum),
    };
  });
  return reportTable(
    "surveys",
    localized("Programmas aptaujas", "Programme surveys"),
    ["answers", "satisfactionAverage", "nps"],
    rows,
    localized(
      "NPS (neto ieteikšanas indekss): to daļa procentos, kas programmu ieteiktu ar 9 vai 10 no 10, mīnus to daļa, kas atbildēja no 0 līdz 6.",
      "NPS (net promoter score): the per cent who would recommend the programme with 9 or 10 out of 10, minus the per cent who answered 0 to 6.",
    ),
  );
}
