import { describe, expect, it } from "vitest";
import { figureTableCsv, LATVIAN_COLUMNS } from "../../shared/domain/console/figures-csv.js";
import { programmeFigures } from "../../shared/domain/console/programme-figures.js";

/** Issue 12, item 9: a download that Latvian Excel opens as columns. */
const shown = (value: number) => ({ value, hidden: false });
const table = {
  name: "by-format" as const,
  title: { lv: "Attiecības pēc formāta", en: "Relationships by format" },
  keys: ["code", "label_lv"],
  figures: ["relationships", "completionRate"],
  rows: [
    {
      code: "group",
      label_lv: "Grupa; 3–6",
      relationships: shown(12),
      completionRate: shown(94.2),
    },
    {
      code: "individual",
      label_lv: "Individuāls",
      relationships: shown(3),
      completionRate: { value: null, hidden: true },
    },
  ],
};

describe("figures as CSV for Latvian spreadsheets", () => {
  it("uses Latvian headers, semicolons and decimal commas", () => {
    expect(figureTableCsv(table, "lv")).toBe(
      "\uFEFFKods;Nosaukums latviski;Sadarbības;Pabeigto daļa, %\r\n" +
        'group;"Grupa; 3–6";12;94,2\r\n' +
        "individual;Individuāls;3;\r\n",
    );
  });

  it("keeps the English download comma-separated with codes and decimal points", () => {
    expect(figureTableCsv(table, "en")).toBe(
      "\uFEFFcode,label_lv,relationships,completionRate\r\n" +
        "group,Grupa; 3–6,12,94.2\r\n" +
        "individual,Individuāls,3,\r\n",
    );
  });

  it("has a Latvian header for every column of every table", () => {
    const figures = programmeFigures(
      { mentees: [], relationships: [], reflections: [], escalations: [] },
      "2027-01-01T00:00:00.000Z",
    );
    for (const each of figures.tables)
      for (const column of [...each.keys, ...each.figures])
        expect(LATVIAN_COLUMNS[column], `${each.name}.${column}`).toMatch(/\S/);
  });
});
