import { type Localized, localized } from "../../i18n/localized.js";
import { type FigureTableName, MINIMUM_GROUP } from "../../schemas/figures.js";
import { cellAt, type FigureRow, heldCount, rateCell } from "../console/figure-cells.js";
import { programmeFigures } from "../console/programme-figures.js";
import { type CohortReportInput, peopleOf, relationshipFacts } from "./cohort-report-facts.js";
import {
  type CohortReport,
  PROJECT,
  PROJECT_NUMBER,
  type ReportTable,
  reportRule,
} from "./cohort-report-model.js";
import { closureReasons, matching } from "./cohort-report-outcomes.js";
import {
  activityByFormat,
  labelled,
  mentorsBySector,
  reportTable,
  sessionRatings,
  surveys,
} from "./cohort-report-tables.js";

export type { CohortReportInput } from "./cohort-report-facts.js";

/** The key figures' rows, top to bottom: a code and what it reads as. */
const KEY_FIGURES: [string, Localized][] = [
  ["menteesApplied", localized("Pieteikušies mentorējamie", "Mentees who applied")],
  ["menteesEligible", localized("Mentorējamie, kas atbilst nosacījumiem", "Eligible mentees")],
  ["menteesPlaced", localized("Mentorējamie, kas iekļauti sadarbībā", "Mentees placed")],
  ["mentorsApplied", localized("Pieteikušies mentori", "Mentors who applied")],
  [
    "mentorsMentoring",
    localized("Mentori, kas mentorē šajā kārtā", "Mentors mentoring in this round"),
  ],
  ["relationships", localized("Sadarbības", "Relationships")],
  ["sessionsHeld", localized("Notikušās tikšanās", "Sessions held")],
  ["mentoringHours", localized("Mentoringa stundas", "Mentoring hours")],
  ["goalsSet", localized("Izvirzītie mērķi", "Goals set")],
  ["goalsReached", localized("Sasniegtie mērķi", "Goals reached")],
  [
    "completionRate",
    localized(
      "Pabeigušo daļa (dalībnieki pēc plāna pabeigtās sadarbībās)",
      "Completion rate (people in relationships completed as planned)",
    ),
  ],
  [
    "acceptanceRate",
    localized("Piedāvājumi, kuriem piekrita visas puses", "Proposals accepted by all sides"),
  ],
  [
    "firstSessionDays",
    localized(
      "Dienas no apstiprināšanas līdz pirmajai tikšanās reizei (mediāna)",
      "Days from approval to the first session (median)",
    ),
  ],
  [
    "valueAverage",
    localized("Tikšanās vērtība, vidēji (1–10)", "Value of the sessions, average (1–10)"),
  ],
  ["ideasAverage", localized("Jaunas idejas, vidēji (1–10)", "New ideas, average (1–10)")],
  ["safetyAverage", localized("Drošības sajūta, vidēji (1–10)", "Feeling safe, average (1–10)")],
  [
    "halfwaySatisfactionAverage",
    localized("Apmierinātība vidusposmā, vidēji (1–10)", "Satisfaction halfway, average (1–10)"),
  ],
  ["halfwayNps", localized("NPS vidusposmā", "NPS halfway")],
  [
    "endSatisfactionAverage",
    localized("Apmierinātība noslēgumā, vidēji (1–10)", "Satisfaction at the end, average (1–10)"),
  ],
  ["endNps", localized("NPS noslēgumā", "NPS at the end")],
];

/** The programme figures' tables the report shows as they are (the same cells, the same rule). */
const FIGURE_TABLES = ["by-institution-type", "by-role-category", "by-format"] as const;

const rowOf = (table: ReportTable, code: string) => {
  const row = table.rows.find((candidate) => candidate.code === code);
  if (!row) throw new Error(`${table.name} has no row ${code}`);
  return row;
};

/**
 * The funder's report of one round, pure: from what the loader read (ids, categories, dates,
 * ratings, choices; no names or free text) to tables under the small-group rule of the
 * programme figures. Applicants by institution type and role category, and relationships by
 * format, are the programme figures' own tables for the cohort; the others are built here with
 * the same cells and complementary suppression.
 */
export function buildCohortReport(
  input: CohortReportInput,
  generatedAt: string,
  minimum = MINIMUM_GROUP,
): CohortReport {
  const figures = programmeFigures(
    {
      mentees: input.mentees,
      relationships: input.relationships,
      reflections: input.reflections,
      escalations: [],
    },
    generatedAt,
    minimum,
  );
  const fromFigures = (name: (typeof FIGURE_TABLES)[number]): ReportTable => {
    const table = figures.tables.find((candidate) => candidate.name === (name as FigureTableName));
    if (!table) throw new Error(`the programme figures have no table ${name}`);
    return { ...table, name };
  };
  const facts = relationshipFacts(input);
  const activity = activityByFormat(facts, minimum);
  const ratings = sessionRatings(input, minimum);
  const survey = surveys(input, minimum);
  const matched = matching(facts, minimum);

  const count = (value: number, people: number) => heldCount(value, people, minimum);
  const placedIds = new Set(input.relationships.flatMap((r) => r.menteeIds));
  const eligible = input.mentees.filter((m) => m.status === "eligible").length;
  const placed = input.mentees.filter((m) => placedIds.has(m.id)).length;
  const mentors = new Set(input.relationships.map((r) => r.mentorId)).size;
  const people = peopleOf(facts);
  const pick = (table: ReportTable, row: string, column: string) =>
    cellAt(rowOf(table, row), column);
  const values: Record<string, FigureRow[string]> = {
    menteesApplied: count(input.mentees.length, input.mentees.length),
    menteesEligible: count(eligible, eligible),
    menteesPlaced: count(placed, placed),
    mentorsApplied: count(input.mentorApplicants.length, input.mentorApplicants.length),
    mentorsMentoring: count(mentors, mentors),
    relationships: count(facts.length, people),
    sessionsHeld: pick(activity, "all", "sessionsHeld"),
    mentoringHours: pick(activity, "all", "mentoringHours"),
    goalsSet: pick(activity, "all", "goalsSet"),
    goalsReached: pick(activity, "all", "goalsReached"),
    completionRate: rateCell(peopleOf(facts.filter((f) => f.completed)), people, minimum),
    acceptanceRate: pick(matched, "all", "acceptanceRate"),
    firstSessionDays: pick(matched, "all", "firstSessionDays"),
    valueAverage: pick(ratings, "all", "valueAverage"),
    ideasAverage: pick(ratings, "all", "ideasAverage"),
    safetyAverage: pick(ratings, "all", "safetyAverage"),
    halfwaySatisfactionAverage: pick(survey, "survey_halfway", "satisfactionAverage"),
    halfwayNps: pick(survey, "survey_halfway", "nps"),
    endSatisfactionAverage: pick(survey, "survey_end", "satisfactionAverage"),
    endNps: pick(survey, "survey_end", "nps"),
  };
  const keyFigures = reportTable(
    "key-figures",
    localized("Galvenie rādītāji", "Key figures"),
    ["value"],
    KEY_FIGURES.map(([code, label]) => ({
      ...labelled(code, label),
      value: values[code] ?? { value: null, hidden: false },
    })),
  );

  const { cohort } = input;
  return {
    cohortId: cohort.cohortId,
    name: cohort.name,
    projectNumber: PROJECT_NUMBER,
    project: PROJECT,
    timetable: {
      intakeOpensAt: cohort.intakeOpensAt,
      intakeClosesAt: cohort.intakeClosesAt,
      seminarAt: cohort.seminar.at,
      seminarMinutes: cohort.seminar.minutes,
      matchingBy: cohort.matchingBy,
      kickoffAt: cohort.kickoffAt,
      endsAt: cohort.endsAt,
    },
    generatedAt,
    minimumGroup: minimum,
    rule: reportRule(minimum),
    tables: [
      keyFigures,
      fromFigures("by-institution-type"),
      fromFigures("by-role-category"),
      mentorsBySector(input, minimum),
      fromFigures("by-format"),
      activity,
      ratings,
      survey,
      matched,
      closureReasons(facts, minimum),
    ],
  };
}
