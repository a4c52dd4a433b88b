import { describe, expect, it } from "vitest";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";

/** Issue 12, item 5: each side's own closing questions, and the goals the answers compare. */
const page = (role: "mentor" | "mentee", language: "lv" | "en" = "lv") =>
  renderForm(
    workflowForm("closure", {
      partners: "Laura Priede",
      role,
      goals: [
        { key: "g1", title: "Ieviest datu paneli", measure: "Panelis darbojas" },
        { key: "g2", title: "Apgūt SQL", measure: "Trīs vaicājumi" },
      ],
      progress: { g1: 70 },
    }),
    { language, action: "/f/x" },
  );

describe("the closure form", () => {
  it("gives the mentor a mentor's preparation, never the mentee's", () => {
    expect(page("mentee")).toContain("Kādas bija manas ekspektācijas");
    expect(page("mentor")).not.toContain("Kādas bija manas ekspektācijas");
    expect(page("mentor")).toContain("Ko jūs iemācījāties, mentorējot");
  });

  it("shows the goals it asks to compare, with their last progress", () => {
    expect(page("mentee")).toContain(
      "Jūsu mērķi: 1. Ieviest datu paneli (pēdējais progress: 70 %); 2. Apgūt SQL (progress nav atzīmēts).",
    );
    expect(page("mentor", "en")).toContain("1. Ieviest datu paneli (last progress: 70%)");
  });
});
