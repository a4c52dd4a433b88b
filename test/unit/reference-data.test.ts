import { describe, expect, it } from "vitest";
import { LANGUAGES, type Localized } from "../../shared/i18n/localized.js";
import {
  AVAILABILITY_SLOTS,
  availabilitySlotSchema,
  categoryOfRole,
  DAY_PARTS,
  ELIGIBLE_INSTITUTION_TYPES,
  eligibleInstitutionTypeSchema,
  FORMATS,
  formatSchema,
  INSTITUTION_TYPES,
  institutionTypeSchema,
  isOtherRole,
  LANGUAGE_ITEMS,
  labelOf,
  MENTOR_CAPACITY,
  OTHER_INSTITUTION_TYPE,
  ROLE_CATEGORIES,
  ROLES,
  roleCategorySchema,
  roleSchema,
  SECTORS,
  TOPICS,
  WEEKDAYS,
} from "../../shared/schemas/reference.js";

/** Latvian letters with diacritics; a Latvian text that has none of them is suspicious. */
const LATVIAN_DIACRITIC = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;
/** Every letter Latvian text may use (plain Latin for loanwords such as "UX" or "IKT"). */
const LATVIAN_LETTER = /^[a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]$/;

/**
 * Words as the OCR of the guidelines left them, without their diacritics. None of them
 * may appear in a Latvian label (DOMAIN.md: "restore Latvian diacritics").
 */
const OCR_LOST_WORDS = new Set([
  "parvalde",
  "parvaldes",
  "iestade",
  "iestades",
  "merkis",
  "merka",
  "pasvaldibas",
  "pasvaldibu",
  "agentura",
  "barintiesa",
  "biblioteka",
  "kulturas",
  "socialais",
  "planosanas",
  "regions",
  "politiska",
  "profesionalas",
  "izglitibas",
  "neatkariga",
  "atslegas",
  "sadarbibas",
  "lietotaju",
  "individualais",
  "pieprasijumu",
  "balstits",
  "stratégijas",
  "strategijas",
  "vaditajs",
  "specialists",
  "analitikis",
  "digitalo",
  "digitalas",
  "kiberdrosibas",
  "risinajumu",
  "gramatvedis",
  "arstniecibas",
  "registru",
  "apkalposanas",
  "macibu",
  "attistibas",
  "komunikacijas",
  "organizacija",
  "privatais",
  "latviesu",
  "anglu",
]);

const EXPECTED_ROLES = {
  key: {
    en: [
      "head of data strategy",
      "digital services expert",
      "strategic lead of digital transformation",
      "cybersecurity policy maker",
      "ai solutions implementer",
    ],
    lv: [
      "datu stratēģijas vadītājs",
      "digitālo pakalpojumu eksperts",
      "digitālās transformācijas stratēģiskais vadītājs",
      "kiberdrošības politikas veidotājs",
      "mi risinājumu ieviesējs",
    ],
  },
  collaboration: {
    en: [
      "data analyst",
      "ux specialist",
      "digital project manager",
      "learning and development specialist",
      "digital communication specialist",
    ],
    lv: [
      "datu analītiķis",
      "ux speciālists",
      "digitālo projektu vadītājs",
      "mācību un attīstības speciālists",
      "digitālās komunikācijas speciālists",
    ],
  },
  user: {
    en: [
      "customer service specialist",
      "accountant",
      "lawyer",
      "teacher",
      "healthcare institution employee",
      "state register employee",
    ],
    lv: [
      "klientu apkalpošanas speciālists",
      "grāmatvedis",
      "jurists",
      "pedagogs",
      "ārstniecības iestādes darbinieks",
      "valsts reģistru darbinieks",
    ],
  },
} as const;

interface NamedLabel {
  where: string;
  label: Localized;
}

/** Every label of the reference data, with where it comes from for readable failures. */
const allLabels = (): NamedLabel[] => [
  ...INSTITUTION_TYPES.map((item) => ({ where: `institution ${item.code}`, label: item.label })),
  ...ROLE_CATEGORIES.flatMap((category) => [
    { where: `category ${category.code}`, label: category.label },
    { where: `category ${category.code} description`, label: category.description },
    ...category.roles.map((role) => ({ where: `role ${role.code}`, label: role.label })),
  ]),
  ...FORMATS.map((item) => ({ where: `format ${item.code}`, label: item.label })),
  ...SECTORS.map((item) => ({ where: `sector ${item.code}`, label: item.label })),
  ...LANGUAGE_ITEMS.map((item) => ({ where: `language ${item.code}`, label: item.label })),
  ...TOPICS.map((item) => ({ where: `topic ${item.code}`, label: item.label })),
  ...WEEKDAYS.map((item) => ({ where: `weekday ${item.code}`, label: item.label })),
  ...DAY_PARTS.map((item) => ({ where: `day part ${item.code}`, label: item.label })),
];

const lower = (text: string) => text.toLocaleLowerCase("lv");
const duplicatesOf = (values: readonly string[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);

/** Each eligible type's label in `language`, in order, holds every word of its list. */
const expectLabelsHold = (language: "lv" | "en", expectedInOrder: string[][]) => {
  const labels = ELIGIBLE_INSTITUTION_TYPES.map((item) => lower(item.label[language]));
  expectedInOrder.forEach((words, index) => {
    for (const word of words) expect(labels[index]).toContain(word);
  });
};

describe("eligible institution types (DOMAIN.md, 'Who takes part')", () => {
  it("are exactly the seven groups of the guidelines", () => {
    expect(ELIGIBLE_INSTITUTION_TYPES).toHaveLength(7);
    expectLabelsHold("en", [
      ["direct state administration", "ministr", "subordinate"],
      [
        "independent",
        "saeima",
        "ombudsman",
        "state audit office",
        "society integration foundation",
      ],
      ["municipal administration"],
      ["municipal institution", "agenc", "education board", "orphans' court", "library"],
      ["planning region"],
      ["political official"],
      ["vocational education"],
    ]);
  });

  it("carry the Latvian names of the guidelines with their diacritics", () => {
    expectLabelsHold("lv", [
      ["valsts tiešās pārvaldes iestāde", "ministrija", "padotības iestāde"],
      ["neatkarīgā iestāde", "saeima", "tiesībsarga birojs", "valsts kontrole"],
      ["pašvaldības administrācija"],
      ["pašvaldības iestāde", "aģentūra", "izglītības pārvalde", "bāriņtiesa", "bibliotēka"],
      ["plānošanas reģions"],
      ["politiskā amatpersona"],
      ["profesionālās izglītības iestāde"],
    ]);
  });

  it("the municipal institution type names the orphans' court as 'bāriņtiesa'", () => {
    const municipal = ELIGIBLE_INSTITUTION_TYPES.find(
      (item) => item.code === "municipal_institution",
    );
    expect(municipal?.label.lv).toContain("bāriņtiesa");
    expect(municipal?.label.lv).toContain("kultūras nams");
    expect(municipal?.label.lv).toContain("sociālais dienests");
  });

  it("'other' is a choice of the form but not an eligible type", () => {
    expect(OTHER_INSTITUTION_TYPE.code).toBe("other");
    expect(INSTITUTION_TYPES).toHaveLength(8);
    expect(INSTITUTION_TYPES.map((item) => item.code)).toContain("other");
    expect(ELIGIBLE_INSTITUTION_TYPES.map((item) => item.code as string)).not.toContain("other");
    expect(institutionTypeSchema.safeParse("other").success).toBe(true);
    expect(eligibleInstitutionTypeSchema.safeParse("other").success).toBe(false);
    for (const item of ELIGIBLE_INSTITUTION_TYPES) {
      expect(eligibleInstitutionTypeSchema.safeParse(item.code).success).toBe(true);
      expect(institutionTypeSchema.safeParse(item.code).success).toBe(true);
    }
    expect(institutionTypeSchema.safeParse("private_company").success).toBe(false);
  });
});

describe("role categories (guidelines 1.2)", () => {
  it("are the three categories key, collaboration and user", () => {
    expect(ROLE_CATEGORIES.map((category) => category.code)).toEqual([
      "key",
      "collaboration",
      "user",
    ]);
    expect(roleCategorySchema.options).toHaveLength(3);
  });

  it("have Latvian names with diacritics", () => {
    const lv = Object.fromEntries(ROLE_CATEGORIES.map((c) => [c.code, c.label.lv]));
    expect(lv.key).toBe("Atslēgas lomas");
    expect(lv.collaboration).toBe("Sadarbības lomas");
    expect(lv.user).toBe("Lietotāju lomas");
  });

  for (const category of ROLE_CATEGORIES) {
    const expected = EXPECTED_ROLES[category.code];
    const named = category.roles.filter((role) => !isOtherRole(role.code));
    const others = category.roles.filter((role) => isOtherRole(role.code));

    it(`${category.code}: lists the ${expected.en.length} example roles of the guidelines in English`, () => {
      expect(named).toHaveLength(expected.en.length);
      expect(named.map((role) => lower(role.label.en))).toEqual([...expected.en]);
    });

    it(`${category.code}: lists the example roles in Latvian with diacritics`, () => {
      expect(named.map((role) => lower(role.label.lv))).toEqual([...expected.lv]);
    });

    it(`${category.code}: has exactly one "${category.code}_other" role`, () => {
      expect(others.map((role) => role.code)).toEqual([`${category.code}_other`]);
      expect(categoryOfRole(others[0]?.code ?? "key_other")).toBe(category.code);
    });
  }

  it("gives the example role counts 5, 5 and 6", () => {
    expect(
      ROLE_CATEGORIES.map((c) => c.roles.filter((role) => !isOtherRole(role.code)).length),
    ).toEqual([5, 5, 6]);
  });

  it("knows the category of every role, and every role code is accepted by the role schema", () => {
    for (const category of ROLE_CATEGORIES) {
      for (const role of category.roles) {
        expect(categoryOfRole(role.code)).toBe(category.code);
        expect(roleSchema.safeParse(role.code).success).toBe(true);
      }
    }
    expect(ROLES).toHaveLength(ROLE_CATEGORIES.reduce((sum, c) => sum + c.roles.length, 0));
    expect(roleSchema.safeParse("other").success).toBe(false);
  });

  it("isOtherRole is true only for the *_other roles", () => {
    expect(ROLES.filter((role) => isOtherRole(role.code)).map((role) => role.code)).toEqual([
      "key_other",
      "collaboration_other",
      "user_other",
    ]);
  });
});

describe("formats (guidelines 3)", () => {
  it("are the five formats in the guidelines' order", () => {
    expect(FORMATS.map((item) => item.code)).toEqual([
      "individual",
      "group",
      "team",
      "reverse",
      "on_demand",
    ]);
    expect(formatSchema.options).toHaveLength(5);
  });

  it("have the Latvian names of the guidelines", () => {
    const lv = FORMATS.map((item) => item.label.lv);
    expect(lv).toContain("Individuālais mentorings (1:1)");
    expect(lv).toContain("Uz pieprasījumu balstīts mentorings");
    expect(lv.some((label) => label.startsWith("Grupas mentorings"))).toBe(true);
    expect(lv).toContain("Komandu mentorings");
    expect(lv).toContain("Reversais mentorings");
  });

  it("the group format states its size of 3 to 6 mentees", () => {
    const group = labelOf(FORMATS, "group");
    expect(group.lv).toMatch(/3\s*[–-]\s*6/);
    expect(group.en).toMatch(/3\s*[–-]\s*6/);
  });
});

describe("other reference lists", () => {
  it("availability slots are every weekday crossed with every part of the day", () => {
    expect(AVAILABILITY_SLOTS).toHaveLength(WEEKDAYS.length * DAY_PARTS.length);
    expect(new Set(AVAILABILITY_SLOTS).size).toBe(AVAILABILITY_SLOTS.length);
    for (const day of WEEKDAYS) {
      for (const part of DAY_PARTS) {
        expect(availabilitySlotSchema.safeParse(`${day.code}_${part.code}`).success).toBe(true);
      }
    }
    expect(availabilitySlotSchema.safeParse("sun_morning").success).toBe(false);
  });

  it("the languages are Latvian and English, with a label each", () => {
    expect([...LANGUAGES]).toEqual(["lv", "en"]);
    expect(LANGUAGE_ITEMS.map((item) => item.code)).toEqual(["lv", "en"]);
  });

  it("mentor capacity is 1 to 6 (a group has at most 6 mentees)", () => {
    expect(MENTOR_CAPACITY).toEqual({ min: 1, max: 6 });
  });

  it("labelOf finds a label and refuses an unknown code", () => {
    expect(labelOf(SECTORS, "private").en).toBe("Private sector");
    expect(() => labelOf(SECTORS, "nonexistent" as "private")).toThrow();
  });
});

describe("codes", () => {
  const lists: Record<string, readonly { code: string }[]> = {
    institutionTypes: INSTITUTION_TYPES,
    roleCategories: ROLE_CATEGORIES,
    roles: ROLES,
    formats: FORMATS,
    sectors: SECTORS,
    languages: LANGUAGE_ITEMS,
    topics: TOPICS,
    weekdays: WEEKDAYS,
    dayParts: DAY_PARTS,
  };
  for (const [name, items] of Object.entries(lists)) {
    it(`${name}: codes are unique, lower-case identifiers`, () => {
      const codes = items.map((item) => item.code);
      expect(duplicatesOf(codes)).toEqual([]);
      for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    });
  }
});

describe("labels", () => {
  const labels = allLabels();

  it("every label has a non-empty Latvian and English text, and they differ", () => {
    expect(labels.length).toBeGreaterThan(50);
    for (const { where, label } of labels) {
      expect(label.lv.trim(), where).not.toBe("");
      expect(label.en.trim(), where).not.toBe("");
      expect(label.lv, where).not.toBe(label.en);
    }
  });

  it("labels within one list are unique in each language", () => {
    const lists = [INSTITUTION_TYPES, ROLE_CATEGORIES, ROLES, FORMATS, SECTORS, TOPICS];
    for (const list of lists) {
      for (const language of LANGUAGES) {
        expect(duplicatesOf(list.map((item) => item.label[language]))).toEqual([]);
      }
    }
  });

  it("Latvian labels use only Latvian letters (no OCR artefacts such as 'é')", () => {
    for (const { where, label } of labels) {
      const foreign = [...label.lv].filter(
        (char) => /\p{L}/u.test(char) && !LATVIAN_LETTER.test(char),
      );
      expect(foreign, `${where}: ${label.lv}`).toEqual([]);
    }
  });

  it("no Latvian label contains a word with its diacritics lost", () => {
    for (const { where, label } of labels) {
      const words = lower(label.lv).match(/\p{L}+/gu) ?? [];
      const lost = words.filter((word) => OCR_LOST_WORDS.has(word));
      expect(lost, `${where}: ${label.lv}`).toEqual([]);
    }
  });

  it("the Latvian names that need diacritics have them", () => {
    const needDiacritics = [
      ...ELIGIBLE_INSTITUTION_TYPES,
      ...ROLE_CATEGORIES,
      ...FORMATS.filter((item) => item.code !== "team" && item.code !== "reverse"),
    ];
    for (const item of needDiacritics) {
      expect(item.label.lv, item.code).toMatch(LATVIAN_DIACRITIC);
    }
  });

  it("the self-check catches a label that lost its diacritics", () => {
    // Guards the two checks above against passing vacuously.
    const broken = "Pasvaldibas iestade (barintiesa)";
    const words = lower(broken).match(/\p{L}+/gu) ?? [];
    expect(words.filter((word) => OCR_LOST_WORDS.has(word))).toEqual([
      "pasvaldibas",
      "iestade",
      "barintiesa",
    ]);
    expect(broken).not.toMatch(LATVIAN_DIACRITIC);
    expect([..."stratégija"].filter((c) => !LATVIAN_LETTER.test(c))).toEqual(["é"]);
  });
});
