import { describe, expect, it } from "vitest";
import { introductionAnswerSchema } from "../../shared/domain/forms/introduction-form.js";
import { GUIDE_NAMES, renderGuide } from "../../shared/forms/guide-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";

describe("first-meeting guides", () => {
  it("the conversation guide has five blocks of about 6 minutes, in both languages", () => {
    const lv = renderGuide("conversation", "lv");
    const en = renderGuide("conversation", "en");
    expect(lv.match(/<section>/g)).toHaveLength(5);
    expect(lv.match(/\(6 min\)/g)).toHaveLength(5);
    expect(lv).toContain("Cilvēciskā saderība");
    expect(lv).toContain("Kā jūs sevi raksturotu trīs vārdos?");
    expect(en).toContain("Human compatibility (6 min)");
    expect(en).toContain("support or challenge");
  });

  it("the mentee's checklist covers the guideline's seven topics", () => {
    const lv = renderGuide("first-meeting", "lv");
    for (const topic of [
      "Pieredze",
      "Komunikācija",
      "Pieejamība",
      "Uzticēšanās",
      "Aktīvā klausīšanās",
      "Mērķi",
      "Saderība un nākamie soļi",
    ])
      expect(lv).toContain(topic);
    expect(renderGuide("first-meeting", "en")).toContain("Active listening");
    expect(GUIDE_NAMES).toEqual(["first-meeting", "conversation"]);
  });
});

describe("the mentee's introduction form", () => {
  it("has the four parts of the guideline, says who it is for, in both languages", () => {
    const form = workflowForm("introduction", { partners: "Jānis Bērziņš" });
    expect(form.sections.map((s) => s.title.lv)).toEqual([
      "Par mani kā profesionāli",
      "Par manu mācīšanās pieeju",
      "Praktiskās vienošanās",
      "Cilvēciskā puse",
    ]);
    const lv = renderForm(form, { language: "lv", action: "/f/x" });
    expect(lv).toContain("Jānis Bērziņš");
    expect(lv).toContain("mentorējamā puse");
    expect(renderForm(form, { language: "en", action: "/f/x" })).toContain("My way of learning");
  });

  it("requires the work areas, the way of learning and what to develop; other fields are optional", () => {
    const result = introductionAnswerSchema.safeParse({ workAreas: " ", inspires: "Daba" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "howILearn",
      "wantToDevelop",
      "workAreas",
    ]);
    expect(
      introductionAnswerSchema.safeParse({
        workAreas: "IT",
        howILearn: "Praktiski",
        wantToDevelop: "Vadība",
      }).success,
    ).toBe(true);
    expect(
      introductionAnswerSchema.safeParse({
        workAreas: "IT",
        howILearn: "Praktiski",
        wantToDevelop: "Vadība",
        salary: "x",
      }).success,
    ).toBe(false);
  });
});
