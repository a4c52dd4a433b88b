import { describe, expect, it } from "vitest";
import { planAnswerSchema, planDateIssues } from "../../shared/domain/forms/plan-form.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { PLAN } from "../fixtures/form-answers.js";

/** Issue 12, item 3: the plan form as the mentor fills it in. */
const plan = (over: Record<string, unknown> = {}) =>
  planAnswerSchema.parse({
    ...PLAN(6, "2027-01-20T10:00"),
    firstMeetingAt: "2027-01-08T10:00",
    ...over,
  });

const NOW = new Date("2027-01-10T08:00:00Z");
const paths = (issues: { path: PropertyKey[] }[]) => issues.map((i) => i.path.join("."));

describe("the plan's dates", () => {
  it("accept a first meeting held and sessions ahead within the limits", () => {
    expect(planDateIssues(plan(), NOW)).toEqual([]);
  });

  it("refuse a first session in the past, too far ahead, or a schedule past a year", () => {
    expect(paths(planDateIssues(plan({ firstSessionAt: "2027-01-09T10:00" }), NOW))).toEqual([
      "firstSessionAt",
    ]);
    expect(paths(planDateIssues(plan({ firstSessionAt: "2027-03-01T10:00" }), NOW))).toEqual([
      "firstSessionAt",
    ]);
    expect(
      paths(planDateIssues(plan({ cadence: "1", sessionCount: 24 }), NOW)).map(String),
    ).toEqual(["sessionCount"]);
  });

  it("refuse sessions after the cohort's planned end, and the page says the date", () => {
    // Six sessions a fortnight apart from 20 January: the last on 31 March.
    expect(planDateIssues(plan(), NOW, "2027-04-01T00:00:00Z")).toEqual([]);
    const late = planDateIssues(plan(), NOW, "2027-03-15T00:00:00Z");
    expect(late.map((i) => [i.path.join("."), i.params.reason])).toEqual([
      ["sessionCount", "after_cohort_end"],
    ]);
    const html = renderForm(
      workflowForm("plan", { partners: "Anna Bērziņa", planEndsBy: "2027-03-15T00:00:00Z" }),
      { language: "lv", action: "/f/x" },
    );
    expect(html).toContain("Visām tikšanām jānotiek līdz 2027. gada 15. martam");
  });

  it("refuse a first meeting that has not taken place yet", () => {
    expect(paths(planDateIssues(plan({ firstMeetingAt: "2027-01-11T10:00" }), NOW))).toEqual([
      "firstMeetingAt",
    ]);
  });
});

describe("the plan's page", () => {
  const form = workflowForm("plan", { partners: "Anna Bērziņa" });

  it("marks the SMART ticks required where they are, never optional", () => {
    const html = renderForm(form, { language: "lv", action: "/f/x" });
    expect(html).toMatch(/name="specific1"[^>]*required/);
    const goal2 = html.slice(html.indexOf("2. mērķis"), html.indexOf("3. mērķis"));
    expect(goal2).toContain("(obligāts, ja ierakstāt šo mērķi)");
    expect(goal2).not.toMatch(/Konkrēts[^<]*<span class="hint">\(neobligāts\)/);
  });

  it("speaks to the mentee in the SWOT, naming them, whoever writes it down", () => {
    const html = renderForm(form, { language: "lv", action: "/f/x" });
    expect(html).toContain("uz tiem atbild Anna Bērziņa");
    expect(html).toContain("Kādas prasmes jums padodas vislabāk?");
    expect(html).not.toMatch(/\bman\b|\bmanu\b|\bmanas\b/);
  });

  it("names the goal in each summary line, one line per field", () => {
    const html = renderForm(form, {
      language: "lv",
      action: "/f/x",
      errors: { goal1: "Šis lauks ir obligāts.", specific2: "Atzīmējiet.", result2: "Obligāts." },
    });
    const summary = html.slice(html.indexOf('class="summary"'), html.indexOf("</ul>"));
    expect(summary.match(/<li>/g)).toHaveLength(3);
    expect(summary).toContain("1. mērķis – Mērķis: Šis lauks ir obligāts.");
    expect(summary).toContain("2. mērķis – Konkrēts");
    expect(summary).toContain("2. mērķis – Sagaidāmais rezultāts");
  });
});
