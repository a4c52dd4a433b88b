import { describe, expect, it } from "vitest";
import { formatSessions } from "../../shared/certificates/certificate-texts.js";
import { countPhrase, plural, pluralCategory } from "../../shared/i18n/plural.js";

const STEPS = plural(
  { zero: "{count} soļu", one: "{count} solis", other: "{count} soļi" },
  { one: "{count} step", other: "{count} steps" },
);

describe("plural forms by Intl.PluralRules", () => {
  it("chooses the Latvian form by the number's ending, not by one or many", () => {
    expect([0, 1, 2, 10, 11, 19, 21, 22, 101, 111].map((n) => countPhrase("lv", n, STEPS))).toEqual(
      [
        "0 soļu",
        "1 solis",
        "2 soļi",
        "10 soļu",
        "11 soļu",
        "19 soļu",
        "21 solis",
        "22 soļi",
        "101 solis",
        "111 soļu",
      ],
    );
    expect(pluralCategory("lv", 31)).toBe("one");
  });

  it("has one and other in English", () => {
    expect([0, 1, 2, 21].map((n) => countPhrase("en", n, STEPS))).toEqual([
      "0 steps",
      "1 step",
      "2 steps",
      "21 steps",
    ]);
  });

  it("counts sessions on the certificate", () => {
    expect(formatSessions(1, "en")).toBe("1 mentoring session");
    expect(formatSessions(8, "en")).toBe("8 mentoring sessions");
    expect(formatSessions(21, "lv")).toBe("21 mentoringa tikšanās");
  });
});
