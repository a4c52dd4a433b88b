import { describe, expect, it } from "vitest";
import {
  conflictOf,
  formatConflict,
  GROUP_SIZE,
  pairConflict,
} from "../../shared/domain/matching/check-pair.js";
import {
  employerDomain,
  institutionKey,
  menteeFeatures,
  mentorFeatures,
} from "../../shared/domain/matching/pool-features.js";
import type { MenteeApplication, MentorApplication } from "../../shared/schemas/application.js";
import { FORMATS, type Format } from "../../shared/schemas/reference.js";
import { validMentee, validMentor } from "../fixtures/applications.js";

const FORMAT_CODES = FORMATS.map((f) => f.code);

/** Features of a pair interned in one vocabulary, as matchPool does for a whole pool. */
function pair(
  mentee: Partial<MenteeApplication> = {},
  mentor: Partial<MentorApplication> = {},
  remainingCapacity = 3,
) {
  const vocabulary = new Map<string, number>();
  const m = menteeFeatures({ id: "p", application: validMentee(mentee) }, vocabulary);
  const t = mentorFeatures(
    { id: "t", application: validMentor(mentor), remainingCapacity },
    vocabulary,
  );
  return { m, t };
}

/** Every format both sides offer, for a mentee leading people and a willing mentor. */
const ALL_FORMATS = {
  mentee: { preferredFormats: [...FORMAT_CODES], leadsPeople: true },
  mentor: { formats: [...FORMAT_CODES], reverseMentoring: true },
};

describe("pairConflict", () => {
  it("accepts the fixture pair: different people, institutions and domains, a shared language", () => {
    const { m, t } = pair();
    expect(pairConflict(m, t)).toBeUndefined();
    for (const format of ["individual", "group"] as const) {
      expect(formatConflict(m, t, format)).toBeUndefined();
    }
  });

  it("rejects the same person applying as mentee and mentor (same e-mail, any case)", () => {
    expect(
      pairConflict(...both(pair({ email: "anna@birojs.lv" }, { email: "anna@birojs.lv" }))),
    ).toBe("same_person");
    const { m, t } = pair({ email: "Anna.Liepa@Birojs.lv" }, { email: "anna.liepa@birojs.LV" });
    expect(pairConflict(m, t)).toBe("same_person");
    expect(conflictOf(m, t, "individual")).toBe("same_person");
  });

  it("rejects a pair without a shared language", () => {
    expect(pairConflict(...both(pair({ language: "en" }, { languages: ["lv"] })))).toBe(
      "language_not_shared",
    );
    expect(
      pairConflict(...both(pair({ language: "lv" }, { languages: ["en"], language: "lv" }))),
    ).toBe("language_not_shared");
    // The mentor's e-mail language is a preference; the languages they mentor in decide.
    expect(
      pairConflict(...both(pair({ language: "en" }, { languages: ["lv", "en"], language: "lv" }))),
    ).toBeUndefined();
    expect(pairConflict(...both(pair({ language: "en" }, { languages: ["en"] })))).toBeUndefined();
  });

  it("rejects the mentee's own manager, comparing e-mails case-insensitively", () => {
    const { m, t } = pair(
      { managerEmail: "Janis.Ozolins@Vadiba.example.lv" },
      { email: "janis.ozolins@vadiba.example.LV" },
    );
    expect(pairConflict(m, t)).toBe("mentor_is_manager");
    // Another person at the manager's domain is a different institution, not the manager.
    const other = pair(
      { managerEmail: "janis.ozolins@vadiba.example.lv", email: "liga@cita.example.lv" },
      { email: "peteris@vadiba.example.lv" },
    );
    expect(pairConflict(other.m, other.t)).toBeUndefined();
    // No manager named: nothing to compare.
    const none = pair({ managerEmail: undefined });
    expect(pairConflict(none.m, none.t)).toBeUndefined();
  });

  it("rejects the same institution by name, ignoring case, diacritics, legal form and punctuation", () => {
    const variants: [string, string][] = [
      ["Valsts ieņēmumu dienests", "VALSTS IEŅĒMUMU DIENESTS"],
      ["Valsts ieņēmumu dienests", "valsts ienemumu dienests"],
      ["SIA Datu Darbnīca", "Datu darbnica"],
      ['SIA "Datu Darbnīca"', "„Datu Darbnīca”, SIA"],
      ["Datu Darbnīca, AS", "Datu-Darbnīca"],
      ["Tiesībsarga birojs.", "  tiesibsarga   birojs "],
      ["The Data Works Ltd.", "Data Works LLC"],
    ];
    for (const [a, b] of variants) {
      expect(institutionKey(a), `${a} / ${b}`).toBe(institutionKey(b));
      const { m, t } = pair({ institutionName: a }, { organisation: b });
      expect(pairConflict(m, t), `${a} / ${b}`).toBe("same_institution");
    }
  });

  it("keeps institutions with different names apart", () => {
    const different: [string, string][] = [
      ["Valsts ieņēmumu dienests", "Valsts policija"],
      ["Datu Darbnīca", "Datu Darbnīca Latvija"],
      ["Rīgas domes Izglītības pārvalde", "Rīgas domes Kultūras pārvalde"],
    ];
    for (const [a, b] of different) {
      expect(institutionKey(a)).not.toBe(institutionKey(b));
      const { m, t } = pair({ institutionName: a }, { organisation: b });
      expect(pairConflict(m, t), `${a} / ${b}`).toBeUndefined();
    }
  });

  it("reduces an institution name to its identifying words", () => {
    expect(institutionKey("SIA „Rīgas Ūdens”")).toBe("rigas udens");
    expect(institutionKey("Biedrība Latvijas Datu Asociācija")).toBe("latvijas datu asociacija");
    expect(institutionKey("  VARAM  ")).toBe("varam");
  });

  it("rejects the same employer by e-mail domain, whatever the institution names say", () => {
    const { m, t } = pair(
      { email: "liga@vid.gov.lv", institutionName: "Valsts ieņēmumu dienests" },
      { email: "Janis@VID.gov.lv", organisation: "Nodokļu pārvalde" },
    );
    expect(employerDomain("Janis@VID.gov.lv")).toBe("vid.gov.lv");
    expect(pairConflict(m, t)).toBe("same_institution");
  });

  it("does not read a public webmail domain as an employer", () => {
    for (const domain of ["gmail.com", "inbox.lv", "outlook.com", "GMAIL.COM"]) {
      expect(employerDomain(`someone@${domain}`)).toBeUndefined();
      const { m, t } = pair(
        { email: `liga.berzina@${domain}` },
        { email: `janis.ozolins@${domain}` },
      );
      expect(pairConflict(m, t), domain).toBeUndefined();
    }
  });

  it("checks the same person before anything else, then language, manager and institution", () => {
    // Same e-mail is also the same domain and institution: the person rule names it.
    const same = pair(
      { email: "a@x.lv", institutionName: "X", language: "en" },
      { email: "a@x.lv", organisation: "X", languages: ["lv"] },
    );
    expect(pairConflict(same.m, same.t)).toBe("same_person");
    const manager = pair(
      { email: "a@x.lv", managerEmail: "b@x.lv", institutionName: "X" },
      { email: "b@x.lv", organisation: "X" },
    );
    expect(pairConflict(manager.m, manager.t)).toBe("mentor_is_manager");
  });
});

describe("formatConflict", () => {
  it("accepts a format both offer and rejects one either side lacks", () => {
    for (const format of FORMAT_CODES) {
      const shared = pair(
        { preferredFormats: [format], leadsPeople: true },
        { formats: [format], reverseMentoring: true },
      );
      expect(formatConflict(shared.m, shared.t, format), format).toBeUndefined();
      const others = FORMAT_CODES.filter((f) => f !== format);
      const menteeLacks = pair(
        { preferredFormats: others, leadsPeople: true },
        { formats: [...FORMAT_CODES], reverseMentoring: true },
      );
      expect(formatConflict(menteeLacks.m, menteeLacks.t, format), format).toBe(
        "format_not_shared",
      );
      const mentorLacks = pair(
        { preferredFormats: [...FORMAT_CODES], leadsPeople: true },
        { formats: others, reverseMentoring: true },
      );
      expect(formatConflict(mentorLacks.m, mentorLacks.t, format), format).toBe(
        "format_not_shared",
      );
    }
  });

  it("allows reverse mentoring only for a mentee who leads people and a willing mentor", () => {
    const cases: [boolean | undefined, boolean, string | undefined][] = [
      [true, true, undefined],
      [false, true, "reverse_needs_leader"],
      [undefined, true, "reverse_needs_leader"],
      [true, false, "reverse_needs_willing_mentor"],
      [false, false, "reverse_needs_leader"],
    ];
    for (const [leadsPeople, reverseMentoring, expected] of cases) {
      const { m, t } = pair(
        { ...ALL_FORMATS.mentee, leadsPeople },
        { ...ALL_FORMATS.mentor, reverseMentoring },
      );
      expect(formatConflict(m, t, "reverse"), `${leadsPeople}/${reverseMentoring}`).toBe(expected);
      // The reverse rules touch no other format.
      for (const format of ["individual", "on_demand", "team", "group"] as Format[]) {
        expect(formatConflict(m, t, format)).toBeUndefined();
      }
    }
  });

  it("lets a mentor host a group only with at least 3 places left", () => {
    for (let places = 0; places <= 6; places++) {
      const { m, t } = pair(ALL_FORMATS.mentee, { ...ALL_FORMATS.mentor, capacity: 6 }, places);
      const expected = places >= GROUP_SIZE.min ? undefined : "group_needs_capacity";
      expect(formatConflict(m, t, "group"), `${places} places`).toBe(expected);
      expect(formatConflict(m, t, "individual")).toBeUndefined();
    }
    expect(GROUP_SIZE.min).toBe(3);
    // A negative remaining capacity counts as none.
    const { m, t } = pair(ALL_FORMATS.mentee, ALL_FORMATS.mentor, -2);
    expect(t.capacity).toBe(0);
    expect(formatConflict(m, t, "group")).toBe("group_needs_capacity");
  });

  it("conflictOf reports the pair rule before the format rule", () => {
    const { m, t } = pair(
      { language: "en", preferredFormats: ["individual"] },
      { languages: ["lv"], formats: ["group"] },
    );
    expect(conflictOf(m, t, "individual")).toBe("language_not_shared");
    const ok = pair({ preferredFormats: ["individual"] }, { formats: ["group"] });
    expect(conflictOf(ok.m, ok.t, "individual")).toBe("format_not_shared");
  });
});

function both(p: ReturnType<typeof pair>) {
  return [p.m, p.t] as const;
}
