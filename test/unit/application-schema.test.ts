import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import {
  applicationSchema,
  type MenteeApplication,
  type MentorApplication,
  menteeApplicationSchema,
  mentorApplicationSchema,
  TEXT_LIMITS,
} from "../../shared/schemas/application.js";
import { CONSENT_TEXTS, CURRENT_CONSENT_VERSION } from "../../shared/schemas/consent.js";
import { SIX_TOPICS, validMentee, validMentor } from "../fixtures/applications.js";

type Issue = z.core.$ZodIssue;

/** The issues of a failed parse; fails the test if the input was accepted. */
const issuesOf = (input: unknown): Issue[] => {
  const result = applicationSchema.safeParse(input);
  expect(result.success, "expected the input to be rejected").toBe(false);
  return result.success ? [] : result.error.issues;
};
const pathsOf = (input: unknown) => issuesOf(input).map((issue) => issue.path.join("."));
const accepts = (input: unknown) => applicationSchema.safeParse(input).success;

const without = (value: object, key: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...value };
  delete copy[key];
  return copy;
};

/** What every application answers, whichever the role. */
const BOTH_REQUIRED = [
  "name",
  "email",
  "language",
  "availability",
  "consentToDataProcessing",
  "consentVersion",
] as const;

const MENTEE_REQUIRED = [
  ...BOTH_REQUIRED,
  "institutionName",
  "institutionType",
  "position",
  "roleCategory",
  "motivation",
  "needTopics",
  "needDescription",
  "goal",
  "preferredFormats",
] as const satisfies readonly (keyof MenteeApplication)[];

const MENTOR_REQUIRED = [
  ...BOTH_REQUIRED,
  "organisation",
  "sector",
  "position",
  "expertiseTopics",
  "expertiseDescription",
  "supportedRoleCategories",
  "formats",
  "capacity",
  "languages",
  "reverseMentoring",
] as const satisfies readonly (keyof MentorApplication)[];

describe("valid applications", () => {
  it("the mentee fixture parses, through the union and the mentee schema", () => {
    const mentee = validMentee();
    expect(applicationSchema.parse(mentee)).toEqual(mentee);
    expect(menteeApplicationSchema.parse(mentee)).toEqual(mentee);
  });

  it("the mentor fixture parses, through the union and the mentor schema", () => {
    const mentor = validMentor();
    expect(applicationSchema.parse(mentor)).toEqual(mentor);
    expect(mentorApplicationSchema.parse(mentor)).toEqual(mentor);
  });

  it("the role decides the schema: a mentee's answers under role mentor are rejected", () => {
    expect(accepts({ ...validMentee(), role: "mentor" })).toBe(false);
    expect(accepts({ ...validMentor(), role: "mentee" })).toBe(false);
  });

  it("an unknown role is an issue at role", () => {
    expect(pathsOf({ ...validMentee(), role: "coordinator" })).toEqual(["role"]);
    expect(pathsOf(without(validMentee(), "role"))).toEqual(["role"]);
  });

  it("optional mentee answers may be given: managerEmail", () => {
    const parsed = applicationSchema.parse(validMentee({ managerEmail: "boss@example.lv" }));
    expect(parsed).toMatchObject({ managerEmail: "boss@example.lv" });
  });
});

describe("trimming", () => {
  it("e-mail addresses are trimmed", () => {
    const parsed = applicationSchema.parse(
      validMentee({ email: "  liga@example.lv\t", managerEmail: " boss@example.lv " }),
    );
    expect(parsed.email).toBe("liga@example.lv");
    expect(parsed).toMatchObject({ managerEmail: "boss@example.lv" });
  });

  it("text answers are trimmed, and a blank one does not count as an answer", () => {
    const parsed = applicationSchema.parse(validMentor({ name: "  Jānis Ozoliņš  " }));
    expect(parsed.name).toBe("Jānis Ozoliņš");
    expect(pathsOf(validMentor({ name: "     " }))).toEqual(["name"]);
  });

  it("the e-mail length limit applies after trimming, and a malformed address is rejected", () => {
    const ofLength = (length: number) => `a@${"b".repeat(length - 5)}.lv`;
    expect(ofLength(TEXT_LIMITS.email.max)).toHaveLength(TEXT_LIMITS.email.max);
    expect(accepts(validMentee({ email: `  ${ofLength(TEXT_LIMITS.email.max)}  ` }))).toBe(true);
    expect(pathsOf(validMentee({ email: ofLength(TEXT_LIMITS.email.max + 1) }))).toEqual(["email"]);
    expect(pathsOf(validMentee({ email: "not an address" }))).toEqual(["email"]);
    expect(pathsOf(validMentee({ managerEmail: "boss@" }))).toEqual(["managerEmail"]);
  });
});

describe("required fields", () => {
  for (const key of MENTEE_REQUIRED) {
    it(`mentee without ${key} gives an issue at ${key}`, () => {
      expect(pathsOf(without(validMentee(), key))).toContain(key);
    });
  }
  for (const key of MENTOR_REQUIRED) {
    it(`mentor without ${key} gives an issue at ${key}`, () => {
      expect(pathsOf(without(validMentor(), key))).toContain(key);
    });
  }

  it("a missing field gives exactly one issue, at that field", () => {
    expect(pathsOf(without(validMentee(), "goal"))).toEqual(["goal"]);
    expect(pathsOf(without(validMentor(), "capacity"))).toEqual(["capacity"]);
  });

  it("text shorter than its minimum is rejected, the minimum itself is accepted", () => {
    const min = TEXT_LIMITS.longText.min;
    expect(pathsOf(validMentee({ motivation: "x".repeat(min - 1) }))).toEqual(["motivation"]);
    expect(accepts(validMentee({ motivation: "x".repeat(min) }))).toBe(true);
  });

  it("text longer than its maximum is rejected, the maximum itself is accepted", () => {
    const max = TEXT_LIMITS.name.max;
    expect(pathsOf(validMentee({ name: "x".repeat(max + 1) }))).toEqual(["name"]);
    expect(accepts(validMentee({ name: "x".repeat(max) }))).toBe(true);
  });

  it("choice lists need at least one entry and respect their maximum", () => {
    expect(pathsOf(validMentee({ needTopics: [] }))).toEqual(["needTopics"]);
    expect(pathsOf(validMentee({ availability: [] }))).toEqual(["availability"]);
    expect(pathsOf(validMentee({ needTopics: SIX_TOPICS }))).toEqual(["needTopics"]);
  });

  it("a value outside the reference list is rejected at its path", () => {
    const mentee = { ...validMentee(), institutionType: "private_company" };
    expect(pathsOf(mentee)).toEqual(["institutionType"]);
    expect(pathsOf({ ...validMentee(), needTopics: ["knitting"] })).toEqual(["needTopics.0"]);
    expect(pathsOf({ ...validMentor(), sector: "third" })).toEqual(["sector"]);
  });
});

describe("unknown keys", () => {
  it("are rejected, and each one is reported under its own name", () => {
    const input = { ...validMentee(), isAdmin: true, status: "eligible" };
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.code)).toEqual(["unrecognized_keys"]);
    const result = applicationSchema.safeParse(input);
    if (result.success) throw new Error("expected a failure");
    const explained = explainIssues(result.error, input, "en");
    expect(explained.map((issue) => issue.path).sort()).toEqual(["isAdmin", "status"]);
  });

  it("are rejected on mentor applications too", () => {
    const input = { ...validMentor(), participantId: "p_123" };
    const result = applicationSchema.safeParse(input);
    if (result.success) throw new Error("expected a failure");
    expect(explainIssues(result.error, input, "lv").map((issue) => issue.path)).toEqual([
      "participantId",
    ]);
  });

  it("a mentor-only field on a mentee application is unknown", () => {
    const input = { ...validMentee(), capacity: 3 };
    expect(issuesOf(input).map((issue) => issue.code)).toEqual(["unrecognized_keys"]);
  });
});

describe("role category and job role", () => {
  it("a role from another category is an issue at jobRole", () => {
    expect(pathsOf(validMentee({ roleCategory: "key", jobRole: "teacher" }))).toEqual(["jobRole"]);
    expect(pathsOf(validMentee({ roleCategory: "user", jobRole: "data_analyst" }))).toEqual([
      "jobRole",
    ]);
  });

  it("a category without a role is accepted: the form labels the role optional", () => {
    expect(accepts(validMentee({ roleCategory: "collaboration", jobRole: undefined }))).toBe(true);
  });

  it("the category mismatch is reported together with other field problems", () => {
    const paths = pathsOf(validMentee({ name: "A", roleCategory: "key", jobRole: "teacher" }));
    expect(paths).toContain("name");
    expect(paths).toContain("jobRole");
  });

  for (const role of ["key_other", "collaboration_other", "user_other"] as const) {
    const category = role.replace("_other", "") as "key" | "collaboration" | "user";
    it(`${role} needs jobRoleOther, and is accepted with it`, () => {
      expect(pathsOf(validMentee({ roleCategory: category, jobRole: role }))).toEqual([
        "jobRoleOther",
      ]);
      const parsed = applicationSchema.parse(
        validMentee({ roleCategory: category, jobRole: role, jobRoleOther: "  Datu sargs  " }),
      );
      expect(parsed).toMatchObject({ jobRole: role, jobRoleOther: "Datu sargs" });
    });
  }

  it("a too short jobRoleOther is rejected", () => {
    const mentee = validMentee({ roleCategory: "key", jobRole: "key_other", jobRoleOther: "x" });
    expect(pathsOf(mentee)).toEqual(["jobRoleOther"]);
  });

  it('roleCategory "none" is a valid answer without a jobRole', () => {
    const mentee = validMentee({ roleCategory: "none", jobRole: undefined });
    expect(applicationSchema.parse(mentee)).toMatchObject({ roleCategory: "none" });
    expect(accepts(without(validMentee({ roleCategory: "none" }), "jobRole"))).toBe(true);
  });

  it("an unknown role category is rejected", () => {
    expect(pathsOf({ ...validMentee(), roleCategory: "manager" })).toEqual(["roleCategory"]);
  });
});

describe("lists without repeats", () => {
  const cases: [string, () => unknown][] = [
    ["needTopics", () => ({ ...validMentee(), needTopics: ["ai", "ai"] })],
    ["preferredFormats", () => ({ ...validMentee(), preferredFormats: ["group", "group"] })],
    ["availability", () => ({ ...validMentee(), availability: ["mon_morning", "mon_morning"] })],
    ["expertiseTopics", () => ({ ...validMentor(), expertiseTopics: ["ai", "ux_design", "ai"] })],
    ["formats", () => ({ ...validMentor(), formats: ["team", "team"] })],
    ["languages", () => ({ ...validMentor(), languages: ["lv", "lv"] })],
    [
      "supportedRoleCategories",
      () => ({ ...validMentor(), supportedRoleCategories: ["key", "key"] }),
    ],
  ];
  for (const [field, input] of cases) {
    it(`a repeated entry in ${field} is rejected at ${field}`, () => {
      expect(pathsOf(input())).toEqual([field]);
    });
  }
});

describe("consent", () => {
  it("consent must be given", () => {
    expect(pathsOf({ ...validMentee(), consentToDataProcessing: false })).toEqual([
      "consentToDataProcessing",
    ]);
    expect(pathsOf({ ...validMentor(), consentToDataProcessing: "yes" })).toEqual([
      "consentToDataProcessing",
    ]);
  });

  it("only a consent text that exists is a valid version", () => {
    expect(Object.keys(CONSENT_TEXTS)).toContain(CURRENT_CONSENT_VERSION);
    expect(pathsOf({ ...validMentee(), consentVersion: "2020-01" })).toEqual(["consentVersion"]);
    expect(pathsOf({ ...validMentor(), consentVersion: "" })).toEqual(["consentVersion"]);
  });
});

describe("mentor capacity", () => {
  it("must be a whole number", () => {
    expect(pathsOf(validMentor({ capacity: 2.5 }))).toEqual(["capacity"]);
    expect(pathsOf({ ...validMentor(), capacity: "3" })).toEqual(["capacity"]);
    expect(pathsOf(validMentor({ capacity: Number.NaN }))).toEqual(["capacity"]);
    expect(pathsOf(validMentor({ capacity: -1 }))).toEqual(["capacity"]);
  });

  it("0 and 9 pass the schema: the 1 to 6 range is an eligibility rule, not a format rule", () => {
    expect(applicationSchema.parse(validMentor({ capacity: 0 }))).toMatchObject({ capacity: 0 });
    expect(applicationSchema.parse(validMentor({ capacity: 9 }))).toMatchObject({ capacity: 9 });
  });

  it("no supported role category passes the schema too (it makes the mentor ineligible)", () => {
    expect(accepts(validMentor({ supportedRoleCategories: [] }))).toBe(true);
  });

  it("reverseMentoring must be a boolean", () => {
    expect(pathsOf({ ...validMentor(), reverseMentoring: "yes" })).toEqual(["reverseMentoring"]);
  });
});
