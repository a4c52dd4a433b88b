import { type Localized, localized } from "../../i18n/localized.js";
import { HEALTH_LABELS, PHASE_LABELS } from "../../i18n/workflow-labels.js";
import {
  type FigureTable,
  type FigureTableName,
  MINIMUM_GROUP,
  type ProgrammeFigures,
} from "../../schemas/figures.js";
import {
  FORMATS,
  INSTITUTION_TYPES,
  type InstitutionType,
  ROLE_CATEGORIES,
  type RoleCategory,
} from "../../schemas/reference.js";
import {
  type Escalation,
  escalationReasonSchema,
  healthSchema,
  phaseSchema,
  type RatedReflection,
  type Relationship,
} from "../../schemas/workflow.js";
import type { EligibilityStatus } from "../check-eligibility.js";
import { ESCALATION_REASON_LABELS } from "../escalations/escalation-reasons.js";
import { protectGrid } from "./complementary-suppression.js";
import {
  averageCell,
  cellAt,
  type FigureRow,
  heldCount,
  hiddenWith,
  protectColumns,
  published,
  rateCell,
} from "./figure-cells.js";

export { averageCell, countCell, rateCell } from "./figure-cells.js";

/** What the figures are computed from: categories, ids, phases, ratings; no names or text. */
export interface FiguresInput {
  /** Every mentee who applied (erased ones too, by their pseudonym), as categories only. */
  mentees: {
    id: string;
    status: EligibilityStatus;
    institutionType: InstitutionType;
    roleCategory: RoleCategory | "none";
  }[];
  relationships: Pick<
    Relationship,
    "relationshipId" | "format" | "phase" | "health" | "mentorId" | "menteeIds" | "closeReason"
  >[];
  /** Rated reflections only: a session not held has no ratings to average. */
  reflections: Pick<
    RatedReflection,
    "participantId" | "submittedAt" | "valueRating" | "ideasRating" | "safetyRating"
  >[];
  escalations: Pick<Escalation, "relationshipId" | "reason">[];
}

export const FIGURES_RULE =
  `A figure with fewer than ${MINIMUM_GROUP} people behind it is hidden (value null, hidden true), ` +
  "and so is a rate whose completed or not-completed part is such a group; a true zero names " +
  "nobody and is shown. So that no hidden figure can be worked out from totals, the smallest " +
  "other figures of its column (and in the phase-by-health grid, of its row) are hidden too, " +
  "zeros among them, and so is a rate worked out from a hidden count. " +
  "Counts by format, phase, health and escalation reason stand for the " +
  "people of those relationships; by institution type and role category for the mentees; " +
  "rating averages for the people who wrote the reflections of that month (UTC).";

const NO_ROLE_CATEGORY = localized("Neviena no kategorijām", "None of the categories");

const labelled = (code: string, label: Localized) => ({
  code,
  label_lv: label.lv,
  label_en: label.en,
});
const LABEL_KEYS = ["code", "label_lv", "label_en"];

const peopleOf = (relationship: FiguresInput["relationships"][number]) => [
  relationship.mentorId,
  ...relationship.menteeIds,
];
const completed = (relationship: FiguresInput["relationships"][number]) =>
  relationship.phase === "closed" && relationship.closeReason === "completed";

/**
 * The programme's figures for the console and its CSV files: pure, from categories, ids,
 * phases and ratings only. Every cell follows the small-group rule (FIGURES_RULE).
 */
export function programmeFigures(
  input: FiguresInput,
  generatedAt: string,
  minimum = MINIMUM_GROUP,
): ProgrammeFigures {
  const { relationships } = input;
  const count = (value: number, people: number) => heldCount(value, people, minimum);
  const rate = (part: number, whole: number) => rateCell(part, whole, minimum);
  const average = (values: number[], people: number) => averageCell(values, people, minimum);
  const union = (groups: FiguresInput["relationships"]) => new Set(groups.flatMap(peopleOf)).size;

  const byFormat = FORMATS.map(({ code, label }) => {
    const all = relationships.filter((r) => r.format === code);
    const done = all.filter(completed);
    const people = union(all);
    const donePeople = union(done);
    return {
      ...labelled(code, label),
      relationships: count(all.length, people),
      people: count(people, people),
      completed: count(done.length, donePeople),
      completionRate: rate(donePeople, people),
    };
  });
  protectColumns(byFormat, ["relationships", "people", "completed"]);
  for (const row of byFormat)
    row.completionRate = hiddenWith(row.completionRate, row.completed, row.people);

  // Mentees by their categories: applied, eligible, placed (in a relationship), completed.
  const relationshipOfMentee = new Map<string, FiguresInput["relationships"][number]>();
  for (const relationship of relationships)
    for (const id of relationship.menteeIds) relationshipOfMentee.set(id, relationship);
  const menteeRow = (mentees: FiguresInput["mentees"]) => {
    const eligible = mentees.filter((m) => m.status === "eligible").length;
    const placed = mentees.filter((m) => relationshipOfMentee.has(m.id)).length;
    const done = mentees.filter((m) => {
      const relationship = relationshipOfMentee.get(m.id);
      return relationship !== undefined && completed(relationship);
    }).length;
    return {
      applied: count(mentees.length, mentees.length),
      eligible: count(eligible, eligible),
      placed: count(placed, placed),
      completed: count(done, done),
      completionRate: rate(done, placed),
    };
  };
  const byInstitutionType = INSTITUTION_TYPES.map(({ code, label }) => ({
    ...labelled(code, label),
    ...menteeRow(input.mentees.filter((m) => m.institutionType === code)),
  }));
  const byRoleCategory = [
    ...ROLE_CATEGORIES.map(({ code, label }) => ({ code, label })),
    { code: "none" as const, label: NO_ROLE_CATEGORY },
  ].map(({ code, label }) => ({
    ...labelled(code, label),
    ...menteeRow(input.mentees.filter((m) => m.roleCategory === code)),
  }));
  for (const rows of [byInstitutionType, byRoleCategory]) {
    protectColumns(rows, ["applied", "eligible", "placed", "completed"]);
    for (const row of rows)
      row.completionRate = hiddenWith(row.completionRate, row.completed, row.placed);
  }

  const months = new Map<string, FiguresInput["reflections"]>();
  for (const reflection of input.reflections) {
    const month = reflection.submittedAt.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), reflection]);
  }
  const ratingsByMonth = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, reflections]) => {
      const authors = new Set(reflections.map((r) => r.participantId)).size;
      return {
        month,
        reflections: count(reflections.length, authors),
        people: count(authors, authors),
        valueAverage: average(
          reflections.map((r) => r.valueRating),
          authors,
        ),
        ideasAverage: average(
          reflections.map((r) => r.ideasRating),
          authors,
        ),
        safetyAverage: average(
          reflections.map((r) => r.safetyRating),
          authors,
        ),
      };
    });
  // Averages stay: a mean says nothing about how many gave it.
  protectColumns(ratingsByMonth, ["reflections", "people"]);

  const relationshipById = new Map(relationships.map((r) => [r.relationshipId, r]));
  const escalationsByReason = escalationReasonSchema.options.map((reason) => {
    const found = input.escalations.filter((e) => e.reason === reason);
    const concerned = found.flatMap((e) => {
      const relationship = relationshipById.get(e.relationshipId);
      return relationship ? [relationship] : [];
    });
    // An escalation of a relationship not found stands for at least one person.
    const people = found.length === 0 ? 0 : Math.max(1, union(concerned));
    return {
      ...labelled(reason, ESCALATION_REASON_LABELS[reason]),
      escalations: count(found.length, people),
      relationships: count(new Set(concerned).size, people),
    };
  });
  protectColumns(escalationsByReason, ["escalations", "relationships"]);

  const relationshipsByPhaseAndHealth = phaseSchema.options.flatMap((phase) =>
    healthSchema.options.map((health) => {
      const found = relationships.filter((r) => r.phase === phase && r.health === health);
      const people = union(found);
      return {
        phase,
        phase_lv: PHASE_LABELS[phase].lv,
        phase_en: PHASE_LABELS[phase].en,
        health,
        health_lv: HEALTH_LABELS[health].lv,
        health_en: HEALTH_LABELS[health].en,
        relationships: count(found.length, people),
        people: count(people, people),
      };
    }),
  );
  // A grid: its rows (phases), columns (health) and grand total may all be known.
  const healths = healthSchema.options.length;
  for (const column of ["relationships", "people"]) {
    protectGrid(
      phaseSchema.options.map((_, p) =>
        relationshipsByPhaseAndHealth
          .slice(p * healths, (p + 1) * healths)
          .map((row) => cellAt(row, column)),
      ),
    );
  }

  const table = (
    name: FigureTableName,
    title: Localized,
    keys: string[],
    figures: string[],
    rows: FigureRow[],
  ): FigureTable => ({
    name,
    title,
    keys,
    figures,
    // Only now the hidden values go: suppression needed them.
    rows: rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          typeof value === "string" ? value : published(value),
        ]),
      ),
    ),
  });
  const menteeFigures = ["applied", "eligible", "placed", "completed", "completionRate"];
  return {
    generatedAt,
    minimumGroup: minimum,
    rule: FIGURES_RULE,
    tables: [
      table(
        "by-format",
        localized("Attiecības pēc formāta", "Relationships by format"),
        LABEL_KEYS,
        ["relationships", "people", "completed", "completionRate"],
        byFormat,
      ),
      table(
        "by-institution-type",
        localized("Mentorējamie pēc iestādes veida", "Mentees by institution type"),
        LABEL_KEYS,
        menteeFigures,
        byInstitutionType,
      ),
      table(
        "by-role-category",
        localized("Mentorējamie pēc lomu kategorijas", "Mentees by role category"),
        LABEL_KEYS,
        menteeFigures,
        byRoleCategory,
      ),
      table(
        "ratings-by-month",
        localized("Vidējie vērtējumi pa mēnešiem", "Average ratings by month"),
        ["month"],
        ["reflections", "people", "valueAverage", "ideasAverage", "safetyAverage"],
        ratingsByMonth,
      ),
      table(
        "escalations-by-reason",
        localized("Eskalācijas pēc iemesla", "Escalations by reason"),
        LABEL_KEYS,
        ["escalations", "relationships"],
        escalationsByReason,
      ),
      table(
        "relationships-by-phase-and-health",
        localized("Attiecības pēc posma un stāvokļa", "Relationships by phase and health"),
        ["phase", "phase_lv", "phase_en", "health", "health_lv", "health_en"],
        ["relationships", "people"],
        relationshipsByPhaseAndHealth,
      ),
    ],
  };
}
