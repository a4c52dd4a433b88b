import { type Localized, localized } from "../../i18n/localized.js";
import { HEALTH_LABELS, PHASE_LABELS } from "../../i18n/workflow-labels.js";
import {
  type FigureCell,
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
  type Reflection,
  type Relationship,
} from "../../schemas/workflow.js";
import type { EligibilityStatus } from "../check-eligibility.js";
import { ESCALATION_REASON_LABELS } from "../escalations/escalation-reasons.js";

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
  reflections: Pick<
    Reflection,
    "participantId" | "submittedAt" | "valueRating" | "ideasRating" | "safetyRating"
  >[];
  escalations: Pick<Escalation, "relationshipId" | "reason">[];
}

export const FIGURES_RULE =
  `A figure with fewer than ${MINIMUM_GROUP} people behind it is hidden (value null, hidden true), ` +
  "and so is a rate whose completed or not-completed part is such a group; a true zero names " +
  "nobody and is shown. Counts by format, phase, health and escalation reason stand for the " +
  "people of those relationships; by institution type and role category for the mentees; " +
  "rating averages for the people who wrote the reflections of that month (UTC).";

const isHidden = (people: number, minimum: number) => people > 0 && people < minimum;

/** A count of something that `people` distinct persons stand behind. */
export function countCell(value: number, people: number, minimum = MINIMUM_GROUP): FigureCell {
  return isHidden(people, minimum) ? { value: null, hidden: true } : { value, hidden: false };
}

/**
 * A share of people: hidden when the whole, the part or the rest is a small group (any of
 * them would give the others away through the rate). Null without a whole.
 */
export function rateCell(part: number, whole: number, minimum = MINIMUM_GROUP): FigureCell {
  if (whole === 0) return { value: null, hidden: false };
  if (isHidden(whole, minimum) || isHidden(part, minimum) || isHidden(whole - part, minimum))
    return { value: null, hidden: true };
  return { value: Math.round((part / whole) * 1000) / 1000, hidden: false };
}

/** An average over values that `people` distinct persons gave. */
export function averageCell(values: number[], people: number, minimum = MINIMUM_GROUP): FigureCell {
  if (values.length === 0) return { value: null, hidden: false };
  if (people < minimum) return { value: null, hidden: true };
  const sum = values.reduce((total, value) => total + value, 0);
  return { value: Math.round((sum / values.length) * 100) / 100, hidden: false };
}

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
  const count = (value: number, people: number) => countCell(value, people, minimum);
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

  const table = (
    name: FigureTableName,
    title: Localized,
    keys: string[],
    figures: string[],
    rows: FigureTable["rows"],
  ): FigureTable => ({ name, title, keys, figures, rows });
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

/** RFC 4180: a field with a quote, comma or line break is quoted, quotes doubled. */
const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * One table as CSV: a UTF-8 byte order mark (so spreadsheet programs read Latvian letters),
 * a header row, CRLF line ends. A hidden figure is an empty field, like a figure without data.
 */
export function figureTableCsv(table: FigureTable): string {
  const columns = [...table.keys, ...table.figures];
  const lines = [columns.map(csvField).join(",")];
  for (const row of table.rows) {
    lines.push(
      columns
        .map((column) => {
          const value = row[column];
          if (value === undefined) return "";
          if (typeof value === "string") return csvField(value);
          return value.value === null ? "" : String(value.value);
        })
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
