import { describe, expect, it } from "vitest";
import { figureTableCsv } from "../../shared/domain/console/figures-csv.js";
import {
  averageCell,
  countCell,
  type FiguresInput,
  programmeFigures,
  rateCell,
} from "../../shared/domain/console/programme-figures.js";
import type { FigureTable, ProgrammeFigures } from "../../shared/schemas/figures.js";
import { programmeFiguresSchema } from "../../shared/schemas/figures.js";

type Rel = FiguresInput["relationships"][number];
const rel = (id: string, mentees: string[], overrides: Partial<Rel> = {}): Rel => ({
  relationshipId: id,
  format: "individual",
  phase: "learning",
  health: "on_track",
  mentorId: `mentor-${id}`,
  menteeIds: mentees,
  ...overrides,
});
const mentee = (
  id: string,
  overrides: Partial<FiguresInput["mentees"][number]> = {},
): FiguresInput["mentees"][number] => ({
  id,
  status: "eligible",
  institutionType: "municipal_administration",
  roleCategory: "key",
  ...overrides,
});
const reflection = (participantId: string, month: string, rating: number) => ({
  participantId,
  submittedAt: `${month}-15T10:00:00.000Z`,
  valueRating: rating,
  ideasRating: rating - 1,
  safetyRating: 10,
});

const tableOf = (figures: ProgrammeFigures, name: FigureTable["name"]) => {
  const table = figures.tables.find((t) => t.name === name);
  if (!table) throw new Error(name);
  return table;
};
const row = (table: FigureTable, column: string, value: string) => {
  const found = table.rows.find((r) => r[column] === value);
  if (!found) throw new Error(`${table.name}: no ${value}`);
  return found;
};
const shown = (value: number) => ({ value, hidden: false });
const hidden = { value: null, hidden: true };

describe("the small-group rule", () => {
  it("hides a count of 2 people and shows 3; a true zero names nobody and is shown", () => {
    expect(countCell(1, 2)).toEqual(hidden);
    expect(countCell(2, 2)).toEqual(hidden);
    expect(countCell(1, 3)).toEqual(shown(1));
    expect(countCell(3, 3)).toEqual(shown(3));
    expect(countCell(0, 0)).toEqual(shown(0));
    expect(countCell(1, 1)).toEqual(hidden);
  });

  it("hides a rate whose whole, part or rest is 1 or 2 people", () => {
    expect(rateCell(2, 2)).toEqual(hidden);
    expect(rateCell(3, 3)).toEqual(shown(1));
    expect(rateCell(0, 3)).toEqual(shown(0));
    expect(rateCell(2, 6)).toEqual(hidden); // the 2 who completed
    expect(rateCell(4, 6)).toEqual(hidden); // the 2 who did not
    expect(rateCell(3, 6)).toEqual(shown(0.5));
    expect(rateCell(0, 0)).toEqual({ value: null, hidden: false });
  });

  it("hides an average given by 2 people and shows one by 3", () => {
    expect(averageCell([8, 9, 10, 7], 2)).toEqual(hidden);
    expect(averageCell([8, 9, 10], 3)).toEqual(shown(9));
    expect(averageCell([], 0)).toEqual({ value: null, hidden: false });
  });
});

describe("programme figures", () => {
  const input: FiguresInput = {
    mentees: [
      // Three in municipal administration, key roles; two in the state administration.
      mentee("a"),
      mentee("b"),
      mentee("c"),
      mentee("d", {
        institutionType: "direct_state_administration",
        roleCategory: "collaboration",
      }),
      mentee("e", {
        institutionType: "direct_state_administration",
        roleCategory: "collaboration",
        status: "ineligible",
      }),
      mentee("erased_aaaaaaaaaaaaaaaaaaaaaaaa", { roleCategory: "none" }),
    ],
    relationships: [
      rel("r1", ["a"], { phase: "closed", closeReason: "completed" }),
      rel("r2", ["b"], { phase: "closed", closeReason: "completed" }),
      rel("r3", ["c"], { phase: "closed", closeReason: "completed" }),
      rel("r4", ["d"], { format: "group", health: "at_risk" }),
      rel("r5", ["erased_aaaaaaaaaaaaaaaaaaaaaaaa"], {
        phase: "closed",
        closeReason: "closed_by_coordinator",
      }),
    ],
    reflections: [
      // January: three people; February: two.
      reflection("a", "2027-01", 8),
      reflection("b", "2027-01", 9),
      reflection("mentor-r1", "2027-01", 10),
      reflection("a", "2027-01", 7),
      reflection("a", "2027-02", 2),
      reflection("b", "2027-02", 3),
    ],
    escalations: [
      { relationshipId: "r4", reason: "low_rating" },
      { relationshipId: "r1", reason: "reflection_missing" },
      { relationshipId: "r2", reason: "reflection_missing" },
    ],
  };
  const figures = programmeFigures(input, "2027-03-01T00:00:00.000Z");

  it("says the rule and has the shape of its schema", () => {
    expect(programmeFiguresSchema.parse(figures)).toEqual(figures);
    expect(figures.minimumGroup).toBe(3);
    expect(figures.rule).toContain("fewer than 3 people");
    expect(figures.tables.map((t) => t.name)).toEqual([
      "by-format",
      "by-institution-type",
      "by-role-category",
      "ratings-by-month",
      "escalations-by-reason",
      "relationships-by-phase-and-health",
    ]);
  });

  it("counts relationships and completion by format, hiding small groups", () => {
    const byFormat = tableOf(figures, "by-format");
    // 4 individual relationships, 8 people; 3 completed (6 people); the rest 2 people.
    expect(row(byFormat, "code", "individual")).toMatchObject({
      label_en: "Individual mentoring (1:1)",
      relationships: shown(4),
      people: shown(8),
      completed: shown(3),
      completionRate: hidden,
    });
    // One group relationship of two people: everything hidden.
    expect(row(byFormat, "code", "group")).toMatchObject({
      relationships: hidden,
      people: hidden,
      completed: shown(0),
      completionRate: hidden,
    });
    // The smallest other figure of each column hides with it, so that the group one
    // cannot be worked out from the total: here team's zeros, and the rate made from them.
    expect(row(byFormat, "code", "team")).toMatchObject({
      relationships: hidden,
      people: hidden,
      completionRate: hidden,
    });
    expect(row(byFormat, "code", "reverse")).toMatchObject({
      relationships: shown(0),
      completionRate: { value: null, hidden: false },
    });
  });

  it("counts mentees by institution type and role category, erased ones by their categories", () => {
    const byType = tableOf(figures, "by-institution-type");
    expect(row(byType, "code", "municipal_administration")).toMatchObject({
      applied: shown(4),
      eligible: shown(4),
      placed: shown(4),
      completed: shown(3),
      completionRate: { value: null, hidden: true }, // the one not completed is alone
    });
    expect(row(byType, "code", "direct_state_administration")).toMatchObject({
      applied: hidden,
      eligible: hidden,
      placed: hidden,
      completed: shown(0),
    });
    const byCategory = tableOf(figures, "by-role-category");
    expect(row(byCategory, "code", "key")).toMatchObject({
      applied: shown(3),
      placed: shown(3),
      completed: shown(3),
      completionRate: shown(1),
    });
    expect(row(byCategory, "code", "none")).toMatchObject({
      label_en: "None of the categories",
      applied: hidden,
    });
  });

  it("averages ratings per month only where 3 or more people wrote", () => {
    const months = tableOf(figures, "ratings-by-month");
    expect(months.rows).toEqual([
      {
        // Hidden with February: the total of reflections would give February's away.
        month: "2027-01",
        reflections: hidden,
        people: hidden,
        valueAverage: shown(8.5),
        ideasAverage: shown(7.5),
        safetyAverage: shown(10),
      },
      {
        month: "2027-02",
        reflections: hidden,
        people: hidden,
        valueAverage: hidden,
        ideasAverage: hidden,
        safetyAverage: hidden,
      },
    ]);
  });

  it("counts escalations by reason and relationships by phase and health", () => {
    const reasons = tableOf(figures, "escalations-by-reason");
    expect(row(reasons, "code", "reflection_missing")).toMatchObject({
      escalations: shown(2),
      relationships: shown(2),
    });
    expect(row(reasons, "code", "low_rating")).toMatchObject({ escalations: hidden });
    expect(row(reasons, "code", "felt_unsafe")).toMatchObject({ escalations: shown(0) });
    const phases = tableOf(figures, "relationships-by-phase-and-health");
    expect(phases.rows).toHaveLength(20);
    const cell = (phase: string, health: string) =>
      phases.rows.find((r) => r.phase === phase && r.health === health);
    // The one at-risk relationship is alone in its phase and its health: only a cycle of
    // hidden cells (learning and closed, on track and at risk) keeps it from the totals.
    for (const [phase, health] of [
      ["learning", "at_risk"],
      ["learning", "on_track"],
      ["closed", "on_track"],
      ["closed", "at_risk"],
    ] as const) {
      expect(cell(phase, health)).toMatchObject({ relationships: hidden, people: hidden });
    }
    expect(cell("closed", "stalled")).toMatchObject({ relationships: shown(0) });
    expect(cell("consent", "paused")).toMatchObject({ relationships: shown(0) });
  });

  it("has no names, e-mails or ids of people anywhere", () => {
    const text = JSON.stringify(figures);
    for (const id of ['"a"', "mentor-r1", "erased_", "r1"]) expect(text).not.toContain(id);
  });
});

describe("figures as CSV", () => {
  it("writes a BOM, a header, CRLF rows, quotes fields with commas and leaves hidden cells empty", () => {
    const csv = figureTableCsv({
      name: "by-format",
      title: { lv: "x", en: "x" },
      keys: ["code", "label_lv"],
      figures: ["relationships", "completionRate"],
      rows: [
        {
          code: "group",
          label_lv: 'Grupas mentorings (3–6 "dalībnieki", ārpus)',
          relationships: hidden,
          completionRate: shown(0.5),
        },
        { code: "team", label_lv: "Komandu", relationships: shown(4), completionRate: hidden },
      ],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe(
      "\uFEFFcode,label_lv,relationships,completionRate\r\n" +
        'group,"Grupas mentorings (3–6 ""dalībnieki"", ārpus)",,0.5\r\n' +
        "team,Komandu,4,\r\n",
    );
  });
});
