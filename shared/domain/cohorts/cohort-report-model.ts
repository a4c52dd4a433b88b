import { z } from "zod";
import { type Language, type Localized, localized, localizedSchema } from "../../i18n/localized.js";
import { type FigureCell, figureCellSchema } from "../../schemas/figures.js";

/**
 * The funder's report of one programme round: what it is made of (tables of figures in the
 * shape of the programme figures, shared/schemas/figures.ts), the words its PDF and CSV files
 * print in Latvian and English, and how each kind of figure is written. No names, no free
 * text: codes, labels we wrote, and figures under the small-group rule.
 */

export const PROJECT_NUMBER = "2.3.2.2.i.0/1/23/I/VARAM/001";

/** The project the programme is part of, as the guidelines name it. */
export const PROJECT = localized(
  `ES Atveseļošanas fonda projekts Nr. ${PROJECT_NUMBER} „Publiskās pārvaldes digitālā akadēmija”`,
  `EU Recovery Fund project No. ${PROJECT_NUMBER} “Public Administration Digital Academy”`,
);

export const REPORT_TITLE = localized(
  "Kārtas pārskats finansētājam",
  "Cohort report for the funder",
);

export const reportTableNameSchema = z.enum([
  "key-figures",
  "by-institution-type",
  "by-role-category",
  "mentors-by-sector",
  "by-format",
  "activity-by-format",
  "session-ratings",
  "surveys",
  "matching",
  "closure-reasons",
]);
export type ReportTableName = z.infer<typeof reportTableNameSchema>;

/** A table as the programme figures have them: key columns (code, labels), then figures. */
export const reportTableSchema = z.object({
  name: reportTableNameSchema,
  title: localizedSchema,
  keys: z.array(z.string()),
  figures: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), figureCellSchema]))),
  /** How the table's figures are defined, printed under it. */
  note: localizedSchema.optional(),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

const at = z.iso.datetime({ offset: true });

/** The answer of `GET /api/console/cohorts/{cohortId}/report`. */
export const cohortReportSchema = z.object({
  cohortId: z.string(),
  name: localizedSchema,
  projectNumber: z.string(),
  project: localizedSchema,
  timetable: z.object({
    intakeOpensAt: at,
    intakeClosesAt: at,
    seminarAt: at,
    seminarMinutes: z.number().int(),
    matchingBy: at,
    kickoffAt: at,
    endsAt: at,
  }),
  generatedAt: z.iso.datetime(),
  minimumGroup: z.number().int(),
  rule: localizedSchema,
  tables: z.array(reportTableSchema),
});
export type CohortReport = z.infer<typeof cohortReportSchema>;

export const reportRule = (minimum: number): Localized =>
  localized(
    `Skaitlis, aiz kura ir mazāk nekā ${minimum} cilvēki, ir slēpts (×), tāpat daļa, kuras daļa vai atlikums ir tik maza grupa. Lai slēpto skaitli nevarētu aprēķināt no kopsummām, slēpti arī daži citi tās pašas kolonnas mazākie skaitļi. Svītra (–) nozīmē, ka datu nav. Dalībnieku brīvā teksta atbildes pārskatā netiek iekļautas.`,
    `A figure with fewer than ${minimum} people behind it is hidden (×), and so is a share whose part or rest is such a group. So that no hidden figure can be worked out from totals, a few other small figures of the same column are hidden too. A dash (–) means there is no data. No free-text answer of a participant is part of the report.`,
  );

/** Each column's header, in both languages (the CSV files and the PDF tables). */
const COLUMNS: Record<string, Localized> = {
  code: localized("Kods", "Code"),
  label_lv: localized("Nosaukums latviski", "Name in Latvian"),
  label_en: localized("Nosaukums angliski", "Name in English"),
  value: localized("Vērtība", "Value"),
  applied: localized("Pieteikušies", "Applied"),
  eligible: localized("Atbilst nosacījumiem", "Eligible"),
  placed: localized("Iekļauti sadarbībā", "Placed"),
  completed: localized("Pabeigtas sadarbības", "Completed relationships"),
  completionRate: localized("Pabeigto daļa", "Completion rate"),
  relationships: localized("Sadarbības", "Relationships"),
  people: localized("Cilvēki", "People"),
  mentoring: localized("Mentorē šajā kārtā", "Mentoring in this round"),
  sessionsHeld: localized("Notikušās tikšanās", "Sessions held"),
  mentoringHours: localized("Mentoringa stundas", "Mentoring hours"),
  goalsSet: localized("Izvirzītie mērķi", "Goals set"),
  goalsReached: localized("Sasniegtie mērķi", "Goals reached"),
  goalsReachedRate: localized("Sasniegto mērķu daļa", "Share of goals reached"),
  reflections: localized("Refleksijas", "Reflections"),
  valueAverage: localized(
    "Tikšanās vērtība, vidēji (1–10)",
    "Value of the session, average (1–10)",
  ),
  ideasAverage: localized("Jaunas idejas, vidēji (1–10)", "New ideas, average (1–10)"),
  safetyAverage: localized("Drošības sajūta, vidēji (1–10)", "Feeling safe, average (1–10)"),
  answers: localized("Atbildes", "Answers"),
  satisfactionAverage: localized("Apmierinātība, vidēji (1–10)", "Satisfaction, average (1–10)"),
  nps: localized("NPS (no −100 līdz 100)", "NPS (−100 to 100)"),
  proposals: localized("Piedāvājumi dalībniekiem", "Proposals sent to participants"),
  accepted: localized("Piekrita visas puses", "Accepted by all sides"),
  declined: localized("Atteikti", "Declined"),
  unanswered: localized("Bez atbildes", "Not answered"),
  acceptanceRate: localized("Pieņemto daļa", "Acceptance rate"),
  firstSessionDays: localized(
    "Dienas līdz pirmajai tikšanās reizei, mediāna",
    "Days to the first session, median",
  ),
};

/** Where one table means something else by a column than the others do. */
const TABLE_COLUMNS: Partial<Record<ReportTableName, Record<string, Localized>>> = {
  "by-institution-type": { completed: localized("Pabeiguši", "Completed") },
  "by-role-category": { completed: localized("Pabeiguši", "Completed") },
};

export const columnLabel = (table: ReportTableName, column: string, language: Language): string =>
  (TABLE_COLUMNS[table]?.[column] ?? COLUMNS[column])?.[language] ?? column;

/** A CSV file's header: a share is written as a fraction there (0.857), and says so. */
export const csvColumnLabel = (table: ReportTableName, column: string, language: Language) =>
  figureKind(column) === "share"
    ? `${columnLabel(table, column, language)} (0–1)`
    : columnLabel(table, column, language);

/** What each table's first column names: its rows. */
export const ROW_HEADERS: Record<ReportTableName, Localized> = {
  "key-figures": localized("Rādītājs", "Figure"),
  "by-institution-type": localized("Iestādes veids", "Institution type"),
  "by-role-category": localized("Lomu kategorija", "Role category"),
  "mentors-by-sector": localized("Sektors", "Sector"),
  "by-format": localized("Formāts", "Format"),
  "activity-by-format": localized("Formāts", "Format"),
  "session-ratings": localized("Formāts", "Format"),
  surveys: localized("Aptauja", "Survey"),
  matching: localized("Formāts", "Format"),
  "closure-reasons": localized("Iemesls", "Reason"),
};

/** How a figure is written: a count, a share, hours or days, a 1-10 average, an NPS. */
export type FigureKind = "count" | "share" | "hours" | "days" | "average" | "nps";

/** The kind follows the figure's name (a column, or in the key figures the row's code). */
export function figureKind(name: string): FigureKind {
  if (name.endsWith("Rate")) return "share";
  if (name.endsWith("Hours")) return "hours";
  if (name.endsWith("Days")) return "days";
  if (name.endsWith("Average")) return "average";
  if (name === "nps" || name.endsWith("Nps")) return "nps";
  return "count";
}

/** The kind of one cell: the key figures keep their kind in the row's code. */
export const cellKind = (row: ReportTable["rows"][number], column: string): FigureKind =>
  figureKind(column === "value" && typeof row.code === "string" ? row.code : column);

export const HIDDEN_MARK = "×";
export const NO_DATA_MARK = "–";

const LOCALES: Record<Language, string> = { lv: "lv-LV", en: "en-GB" };

/** One figure as a reader sees it: "85,7 %", "1,5", "+25", "×" when hidden, "–" without data. */
export function formatFigure(cell: FigureCell, kind: FigureKind, language: Language): string {
  if (cell.hidden) return HIDDEN_MARK;
  if (cell.value === null) return NO_DATA_MARK;
  const locale = LOCALES[language];
  const number = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, options).format(cell.value as number);
  switch (kind) {
    case "share":
      return number({ style: "percent", maximumFractionDigits: 1 });
    case "hours":
    case "days":
      return number({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case "average":
      return number({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "nps":
      // A true minus sign: "−20", and "+20" so a positive score reads as one.
      return cell.value > 0 ? `+${number({})}` : number({}).replace("-", "−");
    default:
      return number({ maximumFractionDigits: 0 });
  }
}

/** A cell of a row, or undefined when the column holds a text (a key). */
export const figureAt = (
  row: ReportTable["rows"][number],
  column: string,
): FigureCell | undefined => {
  const value = row[column];
  return typeof value === "object" ? value : undefined;
};
