import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  type EligibilityReason,
  eligibilityReasonSchema,
  INELIGIBILITY_MESSAGES,
  ineligibilityCodeSchema,
} from "../../shared/domain/check-eligibility.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import {
  ELIGIBLE_INSTITUTION_TYPES,
  FORMATS,
  INSTITUTION_TYPES,
  ROLE_CATEGORIES,
  type RoleCategory,
} from "../../shared/schemas/reference.js";
import { validMentee, validMentor } from "../fixtures/applications.js";

const LATVIAN_DIACRITIC = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;
const codesOf = (reasons: EligibilityReason[]) => reasons.map((reason) => reason.code);

/** Asserts the one reason a single failing rule gives, with both messages. */
function expectSingleReason(reasons: EligibilityReason[], code: string, field: string) {
  expect(reasons).toHaveLength(1);
  const [only] = reasons;
  expect(only?.code).toBe(code);
  expect(only?.field).toBe(field);
  expect(eligibilityReasonSchema.safeParse(only).success).toBe(true);
  expect(only?.message.lv.length).toBeGreaterThan(20);
  expect(only?.message.en.length).toBeGreaterThan(20);
  expect(only?.message.lv).not.toBe(only?.message.en);
  expect(only?.message.lv).toMatch(LATVIAN_DIACRITIC);
}

describe("the fixtures", () => {
  it("the valid mentee and mentor are eligible", () => {
    expect(checkEligibility(validMentee())).toEqual({ status: "eligible", reasons: [] });
    expect(checkEligibility(validMentor())).toEqual({ status: "eligible", reasons: [] });
  });
});

describe("mentee rules", () => {
  for (const type of ELIGIBLE_INSTITUTION_TYPES) {
    it(`an employee of a ${type.code} institution is eligible`, () => {
      expect(checkEligibility(validMentee({ institutionType: type.code })).status).toBe("eligible");
    });
  }

  it('an "other" organisation is not eligible: institution_type_not_eligible', () => {
    const result = checkEligibility(validMentee({ institutionType: "other" }));
    expect(result.status).toBe("ineligible");
    expectSingleReason(result.reasons, "institution_type_not_eligible", "institutionType");
  });

  it('role category "none" is not eligible: role_category_missing', () => {
    const result = checkEligibility(validMentee({ roleCategory: "none", jobRole: undefined }));
    expect(result.status).toBe("ineligible");
    expectSingleReason(result.reasons, "role_category_missing", "roleCategory");
  });

  it("every role category, with any of its roles, is eligible", () => {
    for (const category of ROLE_CATEGORIES) {
      for (const role of category.roles) {
        const mentee = validMentee({
          roleCategory: category.code,
          jobRole: role.code,
          jobRoleOther: role.code.endsWith("_other") ? "Mana loma" : undefined,
        });
        expect(checkEligibility(mentee).status, role.code).toBe("eligible");
      }
    }
  });

  it("both mentee rules failing are both listed", () => {
    const result = checkEligibility(
      validMentee({ institutionType: "other", roleCategory: "none", jobRole: undefined }),
    );
    expect(result.status).toBe("ineligible");
    expect(codesOf(result.reasons).sort()).toEqual([
      "institution_type_not_eligible",
      "role_category_missing",
    ]);
  });

  it("mentor rules never apply to a mentee", () => {
    const result = checkEligibility(validMentee({ institutionType: "other" }));
    expect(codesOf(result.reasons)).not.toContain("capacity_out_of_range");
  });
});

describe("mentor rules", () => {
  for (const capacity of [1, 2, 3, 4, 5, 6]) {
    it(`capacity ${capacity} is eligible`, () => {
      expect(checkEligibility(validMentor({ capacity }))).toEqual({
        status: "eligible",
        reasons: [],
      });
    });
  }

  for (const capacity of [0, 7, 9, 1000]) {
    it(`capacity ${capacity} is out of range`, () => {
      const result = checkEligibility(validMentor({ capacity }));
      expect(result.status).toBe("ineligible");
      expectSingleReason(result.reasons, "capacity_out_of_range", "capacity");
    });
  }

  it("the capacity message names the range 1 to 6", () => {
    const { lv, en } = INELIGIBILITY_MESSAGES.capacity_out_of_range;
    expect(lv).toMatch(/\b1\b.*\b6\b/);
    expect(en).toMatch(/\b1\b.*\b6\b/);
  });

  it("a mentor who supports no role category is not eligible", () => {
    const result = checkEligibility(validMentor({ supportedRoleCategories: [] }));
    expect(result.status).toBe("ineligible");
    expectSingleReason(result.reasons, "no_role_category_supported", "supportedRoleCategories");
  });

  it("offering reverse mentoring but not being willing to do it is not eligible", () => {
    const result = checkEligibility(
      validMentor({ formats: ["individual", "reverse"], reverseMentoring: false }),
    );
    expect(result.status).toBe("ineligible");
    expectSingleReason(result.reasons, "reverse_format_without_willingness", "reverseMentoring");
  });

  it("not being willing to do reverse mentoring is fine when it is not offered", () => {
    const mentor = validMentor({ formats: ["individual", "team"], reverseMentoring: false });
    expect(checkEligibility(mentor).status).toBe("eligible");
  });

  it("several failing rules are all listed", () => {
    const result = checkEligibility(
      validMentor({
        capacity: 0,
        supportedRoleCategories: [],
        formats: ["reverse"],
        reverseMentoring: false,
      }),
    );
    expect(result.status).toBe("ineligible");
    expect(codesOf(result.reasons).sort()).toEqual([
      "capacity_out_of_range",
      "no_role_category_supported",
      "reverse_format_without_willingness",
    ]);
    expect(result.reasons.map((reason) => reason.field).sort()).toEqual([
      "capacity",
      "reverseMentoring",
      "supportedRoleCategories",
    ]);
  });

  it("mentee rules never apply to a mentor", () => {
    const result = checkEligibility(validMentor({ capacity: 0 }));
    expect(codesOf(result.reasons)).not.toContain("institution_type_not_eligible");
    expect(codesOf(result.reasons)).not.toContain("role_category_missing");
  });
});

describe("messages", () => {
  it("every reason code has a Latvian and an English message; Latvian has diacritics", () => {
    for (const code of ineligibilityCodeSchema.options) {
      const message = INELIGIBILITY_MESSAGES[code];
      expect(message.lv.trim(), code).not.toBe("");
      expect(message.en.trim(), code).not.toBe("");
      expect(message.lv, code).not.toBe(message.en);
      expect(message.lv, code).toMatch(LATVIAN_DIACRITIC);
    }
  });

  it("the institution message names the eligible groups in both languages", () => {
    const { lv, en } = INELIGIBILITY_MESSAGES.institution_type_not_eligible;
    for (const word of ["pašvaldību", "plānošanas reģionu", "profesionālās izglītības"]) {
      expect(lv).toContain(word);
    }
    for (const word of ["municipal", "planning regions", "vocational education", "political"]) {
      expect(en).toContain(word);
    }
  });

  it("the role message names the three role categories", () => {
    const { lv, en } = INELIGIBILITY_MESSAGES.role_category_missing;
    expect(lv).toContain("atslēgas");
    expect(lv).toContain("sadarbības");
    expect(lv).toContain("lietotāju");
    expect(en).toMatch(/key, collaboration and user/);
  });

  it("the result is the same for the same application (pure)", () => {
    const mentor = validMentor({ capacity: 0, supportedRoleCategories: [] });
    expect(checkEligibility(mentor)).toEqual(checkEligibility(structuredClone(mentor)));
  });
});

const categoryCodes = ROLE_CATEGORIES.map((category) => category.code) as RoleCategory[];
const formatCodes = FORMATS.map((item) => item.code);

describe("properties", () => {
  it("mentors: eligible iff no reasons; each rule fires exactly when its condition holds", () => {
    const mentorArb = fc.record({
      capacity: fc.integer({ min: 0, max: 20 }),
      supportedRoleCategories: fc.subarray(categoryCodes),
      formats: fc.subarray(formatCodes, { minLength: 1 }),
      reverseMentoring: fc.boolean(),
    });
    fc.assert(
      fc.property(mentorArb, (answers) => {
        const mentor = validMentor(answers);
        // The generator only produces applications the schema accepts.
        expect(applicationSchema.safeParse(mentor).success).toBe(true);
        const { status, reasons } = checkEligibility(mentor);
        const codes = codesOf(reasons);

        expect(status === "eligible").toBe(reasons.length === 0);
        expect(codes.includes("capacity_out_of_range")).toBe(
          answers.capacity < 1 || answers.capacity > 6,
        );
        expect(codes.includes("no_role_category_supported")).toBe(
          answers.supportedRoleCategories.length === 0,
        );
        expect(codes.includes("reverse_format_without_willingness")).toBe(
          answers.formats.includes("reverse") && !answers.reverseMentoring,
        );
        expect(new Set(codes).size).toBe(codes.length);
        for (const reason of reasons) {
          expect(reason.message).toEqual(INELIGIBILITY_MESSAGES[reason.code]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("mentees: eligible iff the institution is eligible and a role category is named", () => {
    const menteeArb = fc.record({
      institutionType: fc.constantFrom(...INSTITUTION_TYPES.map((item) => item.code)),
      category: fc.constantFrom(...ROLE_CATEGORIES, "none" as const),
    });
    fc.assert(
      fc.property(menteeArb, ({ institutionType, category }) => {
        const mentee =
          category === "none"
            ? validMentee({ institutionType, roleCategory: "none", jobRole: undefined })
            : validMentee({
                institutionType,
                roleCategory: category.code,
                jobRole: category.roles[0].code,
              });
        expect(applicationSchema.safeParse(mentee).success).toBe(true);
        const { status, reasons } = checkEligibility(mentee);
        const institutionOk = institutionType !== "other";
        const categoryOk = category !== "none";
        expect(status === "eligible").toBe(institutionOk && categoryOk);
        expect(status === "eligible").toBe(reasons.length === 0);
        expect(codesOf(reasons).includes("institution_type_not_eligible")).toBe(!institutionOk);
        expect(codesOf(reasons).includes("role_category_missing")).toBe(!categoryOk);
      }),
      { numRuns: 100 },
    );
  });
});
