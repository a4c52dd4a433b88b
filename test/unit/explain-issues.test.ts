import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IssueDetail } from "../../shared/domain/errors.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import type { Language } from "../../shared/i18n/localized.js";
import { applicationSchema, TEXT_LIMITS } from "../../shared/schemas/application.js";
import { SIX_TOPICS, validMentee, validMentor } from "../fixtures/applications.js";

const LATVIAN_DIACRITIC = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;

/** The explained issues of an input the application schema rejects. */
function explained(input: unknown, language: Language): IssueDetail[] {
  const result = applicationSchema.safeParse(input);
  if (result.success) throw new Error("expected the input to be rejected");
  return explainIssues(result.error, input, language);
}

/**
 * The one explained issue at `path`, in both languages. Latvian messages are checked for
 * diacritics unless the correct Latvian sentence has none ("Ierakstiet veselu skaitli.").
 */
function messagesAt(input: unknown, path: string, { diacritics = true } = {}) {
  const pick = (language: Language) => {
    const found = explained(input, language).filter((issue) => issue.path === path);
    expect(found, `issues at ${path}`).toHaveLength(1);
    return found[0] as IssueDetail;
  };
  const lv = pick("lv");
  const en = pick("en");
  expect(lv.code).toBe(en.code);
  expect(lv.message).not.toBe(en.message);
  if (diacritics) expect(lv.message).toMatch(LATVIAN_DIACRITIC);
  return { lv: lv.message, en: en.message, code: en.code };
}

const without = (value: object, key: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...value };
  delete copy[key];
  return copy;
};

describe("explainIssues", () => {
  it("a missing field is required", () => {
    const message = messagesAt(without(validMentee(), "position"), "position");
    expect(message.en).toMatch(/required/i);
    expect(message.lv).toMatch(/obligāts/i);
  });

  it("a blank text is 'required' rather than 'too short'", () => {
    const blank = messagesAt(validMentee({ motivation: "   " }), "motivation");
    const missing = messagesAt(without(validMentee(), "motivation"), "motivation");
    expect(blank.en).toBe(missing.en);
    expect(blank.lv).toBe(missing.lv);
  });

  it("a role-dependent required field (jobRoleOther) is required too", () => {
    const required = messagesAt(without(validMentee(), "name"), "name");
    const other = messagesAt(
      validMentee({ roleCategory: "user", jobRole: "user_other" }),
      "jobRoleOther",
    );
    expect(other.en).toBe(required.en);
    expect(other.lv).toBe(required.lv);
  });

  it("too short text names the minimum number of characters", () => {
    const message = messagesAt(validMentee({ name: "A" }), "name");
    expect(message.code).toBe("too_small");
    expect(message.en).toMatch(/at least/i);
    expect(message.en).toContain(String(TEXT_LIMITS.name.min));
    expect(message.lv).toContain(String(TEXT_LIMITS.name.min));
    expect(message.lv).toMatch(/rakstzīm/);
  });

  it("too long text names the maximum", () => {
    const message = messagesAt(
      validMentee({ goal: "x".repeat(TEXT_LIMITS.longText.max + 1) }),
      "goal",
    );
    expect(message.en).toMatch(/at most/i);
    expect(message.en).toContain(String(TEXT_LIMITS.longText.max));
    expect(message.lv).toContain(String(TEXT_LIMITS.longText.max));
  });

  it("too many choices names the maximum number of choices", () => {
    const message = messagesAt(validMentee({ needTopics: SIX_TOPICS }), "needTopics");
    expect(message.code).toBe("too_big");
    expect(message.en).toMatch(/choose at most 5/i);
    expect(message.lv).toContain("5");
    expect(message.lv).toMatch(/izvēlieties/i);
  });

  it("no choice at all asks to choose at least one", () => {
    const message = messagesAt(validMentor({ formats: [] }), "formats");
    expect(message.en).toMatch(/at least 1/i);
    expect(message.lv).toContain("1");
  });

  it("a repeated choice and a role outside its category get their own messages", () => {
    const duplicate = messagesAt(validMentor({ languages: ["en", "en"] }), "languages");
    expect(duplicate.en).toMatch(/once/i);
    const mismatch = messagesAt(validMentee({ roleCategory: "key", jobRole: "lawyer" }), "jobRole");
    expect(mismatch.en).toMatch(/category/i);
    expect(mismatch.lv).toMatch(/kategorij/i);
  });

  it("a bad e-mail address is explained as an e-mail problem", () => {
    const message = messagesAt(validMentee({ email: "liga.example.lv" }), "email");
    expect(message.code).toBe("invalid_format");
    expect(message.en).toMatch(/e-mail/i);
    expect(message.lv).toMatch(/e-pasta/i);
  });

  it("an unknown key gets one issue under its own name", () => {
    const input = { ...validMentor(), isCoordinator: true, score: 10 };
    for (const language of ["lv", "en"] as const) {
      const issues = explained(input, language);
      expect(issues.map((issue) => issue.path).sort()).toEqual(["isCoordinator", "score"]);
      for (const issue of issues) expect(issue.code).toBe("unrecognized_keys");
    }
    const message = messagesAt(input, "score");
    expect(message.en).toMatch(/unknown/i);
    expect(message.lv).toMatch(/nezināms/i);
  });

  it("missing consent asks for consent", () => {
    for (const input of [
      { ...validMentee(), consentToDataProcessing: false },
      without(validMentee(), "consentToDataProcessing"),
    ]) {
      const message = messagesAt(input, "consentToDataProcessing");
      expect(message.en).toMatch(/agree/i);
      expect(message.lv).toMatch(/piekrītiet/i);
    }
  });

  it("a capacity that is not a whole number asks for a whole number", () => {
    const message = messagesAt({ ...validMentor(), capacity: "three" }, "capacity", {
      diacritics: false,
    });
    expect(message.en).toMatch(/whole number/i);
    expect(message.lv).toMatch(/veselu skaitli/i);
  });

  it("an unknown role asks whether the person is a mentee or a mentor", () => {
    const message = messagesAt({ ...validMentee(), role: "boss" }, "role");
    expect(message.en).toMatch(/mentee/);
    expect(message.en).toMatch(/mentor/);
  });

  it("a body that is not an object gets one issue at the root", () => {
    for (const input of [null, [], "text", 42]) {
      const issues = explained(input, "en");
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toBe("");
      expect(issues[0]?.message).toMatch(/object/i);
    }
  });

  it("every issue of a thoroughly wrong application has a message in both languages", () => {
    const input = {
      role: "mentor",
      name: "",
      email: "@",
      capacity: 2.5,
      formats: ["team", "team"],
      extra: 1,
    };
    const lv = explained(input, "lv");
    const en = explained(input, "en");
    expect(lv.map((issue) => issue.path)).toEqual(en.map((issue) => issue.path));
    expect(lv.length).toBeGreaterThan(5);
    for (const [index, issue] of lv.entries()) {
      expect(issue.message.trim()).not.toBe("");
      expect(issue.message).not.toBe(en[index]?.message);
      expect(issue.message).not.toMatch(/Invalid input|expected/);
    }
  });
});

describe("messages never echo the rejected value", () => {
  const hostile = "<script>@x";

  it("a hostile e-mail address does not appear in the message", () => {
    for (const language of ["lv", "en"] as const) {
      const [issue] = explained(validMentee({ email: hostile }), language);
      expect(issue?.path).toBe("email");
      expect(issue?.message).not.toContain(hostile);
      expect(issue?.message).not.toContain("<script>");
      expect(issue?.message).not.toContain("<");
    }
  });

  it("hostile values in choice and text fields do not appear either", () => {
    const input = {
      ...validMentor(),
      sector: "<img src=x onerror=alert(1)>",
      formats: ["<b>bold</b>"],
      name: "<",
      language: "javascript:alert(1)",
    };
    for (const language of ["lv", "en"] as const) {
      const issues = explained(input, language);
      expect(issues.length).toBeGreaterThanOrEqual(4);
      for (const issue of issues) {
        expect(issue.message).not.toMatch(/[<>]/);
        expect(issue.message).not.toContain("alert");
        expect(issue.message).not.toContain("bold");
      }
    }
  });

  it("property: whatever string is sent for any text field, the message does not contain it", () => {
    const fields = ["name", "email", "position", "organisation", "sector", "expertiseDescription"];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.constantFrom<Language>("lv", "en"),
        (field, text, language) => {
          const sent = `QZ${text}`;
          const input = { ...validMentor(), [field]: sent };
          const result = applicationSchema.safeParse(input);
          if (result.success) return;
          for (const issue of explainIssues(result.error, input, language)) {
            expect(issue.message).not.toContain(sent);
            expect(issue.message).not.toContain("QZ");
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
