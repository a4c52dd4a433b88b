import { countPhrase } from "@shared/i18n/plural.js";
import { describe, expect, it } from "vitest";
import { PLURAL_MESSAGES } from "./i18n";

describe("the console's counted texts", () => {
  it("fills the other placeholders beside the count", () => {
    const { menteesOfCapacity } = PLURAL_MESSAGES;
    expect(countPhrase("en", 1, menteesOfCapacity, { n: 1 })).toBe("1 of 1 mentee");
    expect(countPhrase("en", 3, menteesOfCapacity, { n: 2 })).toBe("2 of 3 mentees");
    expect(countPhrase("lv", 1, menteesOfCapacity, { n: 0 })).toBe("0 no 1 mentorējamā");
    expect(countPhrase("lv", 3, menteesOfCapacity, { n: 2 })).toBe("2 no 3 mentorējamiem");
  });

  it("counts the console's visited path in both languages", () => {
    expect(countPhrase("lv", 21, PLURAL_MESSAGES.graphPath)).toBe("Apmeklētais ceļš (21 solis)");
    expect(countPhrase("en", 1, PLURAL_MESSAGES.graphPath)).toBe("Visited path (1 step)");
  });

  it("every plural record of the console has the forms its languages need", () => {
    for (const [key, forms] of Object.entries(PLURAL_MESSAGES)) {
      for (const n of [0, 1, 2, 5, 11, 21]) {
        expect(countPhrase("lv", n, forms, { n: 0, total: 0 }), key).not.toMatch(/\{count\}/);
        expect(countPhrase("en", n, forms, { n: 0, total: 0 }), key).not.toMatch(/\{count\}/);
      }
    }
  });
});
