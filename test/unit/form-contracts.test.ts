import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { checkpointAnswerSchema } from "../../shared/domain/forms/checkpoint-form.js";
import { closureAnswerSchema } from "../../shared/domain/forms/closure-form.js";
import { consentAnswerSchema } from "../../shared/domain/forms/consent-form.js";
import { introductionAnswerSchema } from "../../shared/domain/forms/introduction-form.js";
import { planAnswerSchema } from "../../shared/domain/forms/plan-form.js";
import { reflectionAnswerSchema } from "../../shared/domain/forms/reflection-form.js";
import type { FormFields } from "../../shared/forms/form-definition.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import type { FormKind } from "../../shared/schemas/workflow.js";
import { postedPlan } from "../fixtures/form-answers.js";

/** A valid posting of each form, as a browser sends it (strings, checkboxes as "yes"). */
const VALID: Record<FormKind, { schema: z.ZodType; posted: Record<string, string> }> = {
  consent: { schema: consentAnswerSchema, posted: { decision: "accept" } },
  introduction: {
    schema: introductionAnswerSchema,
    posted: { workAreas: "IT", howILearn: "Praktiski", wantToDevelop: "Vadība" },
  },
  plan: {
    schema: planAnswerSchema,
    posted: postedPlan("2027-02-01T10:00", 4),
  },
  reflection: {
    schema: reflectionAnswerSchema,
    posted: { held: "yes", valueRating: "8", ideasRating: "7", safetyRating: "9" },
  },
  checkpoint: { schema: checkpointAnswerSchema, posted: { planChangeNeeded: "no" } },
  closure: {
    schema: closureAnswerSchema,
    posted: { goalsReached: "Daļēji", learnings: "Dati", keepInTouch: "yes" },
  },
};

const LATVIAN_LETTERS = /[āčēģīķļņšūž]/i;
const fieldsOf = (kind: FormKind) =>
  workflowForm(kind, { partners: "Jānis Bērziņš", session: 3, goals: [] }).sections.flatMap(
    (section) => [...section.fields],
  );

describe.each(Object.keys(VALID) as FormKind[])("the %s form", (kind) => {
  const definition = workflowForm(kind, { partners: "Jānis Bērziņš", session: 3, goals: [] });
  const { schema, posted } = VALID[kind];
  const asPosted = (fields: Record<string, string>): FormFields =>
    Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, [value]]));

  it("renders every label in Latvian (with its letters) and in English", () => {
    const lv = renderForm(definition, { language: "lv", action: "/f/x" });
    const en = renderForm(definition, { language: "en", action: "/f/x" });
    expect(lv).toMatch(LATVIAN_LETTERS);
    for (const field of fieldsOf(kind)) {
      if (field.kind === "hidden") continue;
      expect(field.label.lv).not.toBe(field.label.en);
      expect(lv).toContain(field.label.lv.replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
      expect(en).toContain(field.label.en.replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
    }
  });

  it("accepts the valid answer", () => {
    const result = schema.safeParse(readFormFields(definition, asPosted(posted)));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("rejects each missing required field with its own message, in both languages", () => {
    const required = fieldsOf(kind).filter(
      (field) => field.kind !== "hidden" && field.required && field.name in posted,
    );
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) {
      const { [field.name]: _left, ...rest } = posted;
      const input = readFormFields(definition, asPosted(rest));
      const result = schema.safeParse(input);
      expect(result.success, field.name).toBe(false);
      if (result.success) continue;
      for (const language of ["lv", "en"] as const) {
        const issue = explainIssues(result.error, input, language).find(
          (i) => i.path === field.name,
        );
        expect(issue?.message, `${field.name} ${language}`).toBeTruthy();
      }
      const lv = explainIssues(result.error, input, "lv")[0]?.message;
      expect(lv).not.toBe(explainIssues(result.error, input, "en")[0]?.message);
    }
  });

  it("rejects a field the form does not have and overlong text", () => {
    const input = { ...readFormFields(definition, asPosted(posted)), injected: "x" };
    expect(schema.safeParse(input).success).toBe(false);
    const text = fieldsOf(kind).find((field) => field.kind === "textarea");
    if (text) {
      const long = readFormFields(
        definition,
        asPosted({ ...posted, [text.name]: "ā".repeat(2001) }),
      );
      const result = schema.safeParse(long);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([text.name]);
    }
  });
});
