import { describe, expect, it } from "vitest";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import {
  answerCohortForm,
  cohortForm,
  openCohortFormLink,
  shownValues,
} from "../../shared/domain/cohort-forms/answer-cohort-form.js";
import { COHORT_FORM_KINDS } from "../../shared/domain/cohort-forms/cohort-form-kinds.js";
import {
  signCohortFormLink,
  verifyCohortFormLink,
} from "../../shared/domain/cohort-forms/cohort-form-link.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { renderForm } from "../../shared/forms/render-form.js";
import {
  type CohortFormKind,
  cohortAnswerShapes,
  cohortFormKindSchema,
} from "../../shared/schemas/cohort-answer.js";
import { validMentor } from "../fixtures/applications.js";
import { COHORT, cohortFormSetup, participantOf } from "../fixtures/cohort-forms.js";

/**
 * The cohort forms (a round's seminar question, surveys and community questions): each
 * kind's module checks what its page posts, its link carries round, person, kind and expiry
 * under a signature nothing else can make, and answering keeps (or replaces) one answer.
 */

const mentor = participantOf(validMentor({ capacity: 4 }));
/** What a kind's form reads back from posted strings, as the handler does. */
const parse = (kind: CohortFormKind, posted: Record<string, string>) => {
  const form = cohortForm(kind, COHORT, mentor);
  const fields = Object.fromEntries(Object.entries(posted).map(([k, v]) => [k, [v]]));
  return COHORT_FORM_KINDS[kind].answerSchema.safeParse(readFormFields(form, fields));
};
const issuePaths = (result: ReturnType<typeof parse>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));

describe("the cohort form registry", () => {
  it("has a module of its own kind for every kind, whose fields are the answer's", () => {
    expect(Object.keys(COHORT_FORM_KINDS).sort()).toEqual([...cohortFormKindSchema.options].sort());
    for (const kind of cohortFormKindSchema.options) {
      const module = COHORT_FORM_KINDS[kind];
      expect(module.kind).toBe(kind);
      expect(module.validForDays).toBeGreaterThan(0);
      const names = cohortForm(kind, COHORT, mentor)
        .sections.flatMap((section) => section.fields)
        .map((field) => field.name);
      expect(names.sort(), kind).toEqual(Object.keys(cohortAnswerShapes[kind].shape).sort());
      for (const language of ["lv", "en"] as const) {
        expect(module.mail.ask.subject[language]).not.toMatch(/\{(?!when|cohort|place|kickoff)/);
        expect(module.thanks[language].length).toBeGreaterThan(10);
      }
    }
  });

  it("asks the seminar question with the seminar's date and place in both languages", () => {
    const form = cohortForm("seminar_attendance", COHORT, mentor);
    const html = renderForm(form, { language: "lv", action: "/x" });
    expect(html).toContain("2027. gada 12. janvārī plkst. 10.00");
    expect(html).toContain("Rīga, Smilšu iela 1");
    expect(renderForm(form, { language: "en", action: "/x" })).toContain(
      "12 January 2027 at 10:00",
    );
  });
});

describe("each kind's answers", () => {
  it("seminar attendance: yes or no, nothing else", () => {
    expect(parse("seminar_attendance", { attending: "yes" })).toMatchObject({
      success: true,
      data: { attending: true },
    });
    expect(parse("seminar_attendance", { attending: "no" }).data).toEqual({ attending: false });
    expect(issuePaths(parse("seminar_attendance", {}))).toEqual(["attending"]);
    expect(issuePaths(parse("seminar_attendance", { attending: "maybe" }))).toEqual(["attending"]);
  });

  it.each(["survey_halfway", "survey_end"] as const)(
    "%s: 1-10, 0-10 and an optional comment",
    (kind) => {
      expect(parse(kind, { satisfaction: "7", recommend: "0" }).data).toEqual({
        satisfaction: 7,
        recommend: 0,
      });
      expect(parse(kind, { satisfaction: "10", recommend: "10", comment: "Labi." }).data).toEqual({
        satisfaction: 10,
        recommend: 10,
        comment: "Labi.",
      });
      expect(issuePaths(parse(kind, { satisfaction: "0", recommend: "11" }))).toEqual([
        "satisfaction",
        "recommend",
      ]);
      expect(issuePaths(parse(kind, { satisfaction: "7.5", recommend: "x" }))).toEqual([
        "satisfaction",
        "recommend",
      ]);
      expect(
        issuePaths(parse(kind, { satisfaction: "5", recommend: "5", comment: "a".repeat(2001) })),
      ).toEqual(["comment"]);
    },
  );

  it("mentor again: a yes needs 1 to 5 places, a no keeps none", () => {
    expect(parse("mentor_again", { again: "yes", places: "2" }).data).toEqual({
      again: true,
      places: 2,
    });
    expect(parse("mentor_again", { again: "no", places: "4" }).data).toEqual({ again: false });
    expect(issuePaths(parse("mentor_again", { again: "yes" }))).toEqual(["places"]);
    expect(issuePaths(parse("mentor_again", { again: "yes", places: "6" }))).toEqual(["places"]);
    expect(issuePaths(parse("mentor_again", { again: "yes", places: "0" }))).toEqual(["places"]);
    expect(COHORT_FORM_KINDS.mentor_again.roles).toEqual(["mentor"]);
  });

  it("mentee future: one of mentor, peer mentor, both or no", () => {
    for (const future of ["mentor", "peer_mentor", "both", "no"])
      expect(parse("mentee_future", { future }).data).toEqual({ future });
    expect(issuePaths(parse("mentee_future", { future: "coordinator" }))).toEqual(["future"]);
    expect(COHORT_FORM_KINDS.mentee_future.roles).toEqual(["mentee"]);
  });

  it("count me in: places 1 to 5, filled in from the mentor's capacity", () => {
    expect(parse("count_me_in", { places: "5" }).data).toEqual({ places: 5 });
    expect(issuePaths(parse("count_me_in", {}))).toEqual(["places"]);
    expect(issuePaths(parse("count_me_in", { places: "9" }))).toEqual(["places"]);
    const defaults = COHORT_FORM_KINDS.count_me_in.defaults?.({
      cohort: COHORT,
      participant: mentor,
    });
    expect(defaults).toEqual({ places: "4" });
    const many = participantOf(validMentor({ capacity: 6 }));
    expect(COHORT_FORM_KINDS.count_me_in.defaults?.({ cohort: COHORT, participant: many })).toEqual(
      { places: "5" },
    );
  });
});

describe("cohort form links", () => {
  const signer = new HmacSigner(["cohort-form-test-secret-1"]);
  const parts = { cohortId: COHORT.cohortId, participantId: mentor.participantId } as const;
  const expires = new Date("2027-01-10T08:00:00.500Z");

  it("carry the round, the person, the kind and the expiry, in whole seconds", async () => {
    const link = await signCohortFormLink(signer, { ...parts, kind: "survey_end" }, expires);
    expect(link).toMatch(/^[\w.-]+$/);
    expect(await verifyCohortFormLink(signer, link)).toEqual({
      ...parts,
      kind: "survey_end",
      expiresAt: "2027-01-10T08:00:00.000Z",
    });
  });

  it("open nothing when any part is changed, or with another key", async () => {
    const link = await signCohortFormLink(signer, { ...parts, kind: "mentor_again" }, expires);
    const [cohortId, participantId, kind, expiry, signature] = link.split(".") as string[];
    const changed = [
      [`${cohortId}x`, participantId, kind, expiry, signature],
      [cohortId, `${participantId}x`, kind, expiry, signature],
      [cohortId, participantId, "count_me_in", expiry, signature],
      [
        cohortId,
        participantId,
        kind,
        (Number.parseInt(expiry as string, 36) + 1).toString(36),
        signature,
      ],
      [cohortId, participantId, kind, expiry, `${signature?.slice(0, -1)}A`],
    ];
    for (const parts of changed)
      expect(await verifyCohortFormLink(signer, parts.join(".")), parts.join(".")).toBeUndefined();
    expect(
      await verifyCohortFormLink(new HmacSigner(["another-secret-entirely"]), link),
    ).toBeUndefined();
    for (const junk of ["", "x", `${link}.x`, "../../etc/passwd", `${link}%00`])
      expect(await verifyCohortFormLink(signer, junk)).toBeUndefined();
  });

  it("stay valid through a key rotation, and never pass as a confirmation or a form link", async () => {
    const link = await signCohortFormLink(signer, { ...parts, kind: "survey_end" }, expires);
    const rotated = new HmacSigner(["cohort-form-test-secret-2", "cohort-form-test-secret-1"]);
    expect(await verifyCohortFormLink(rotated, link)).toBeDefined();
    // The participant id with the signature, as a confirmation link would read it.
    const [, participantId, , , signature] = link.split(".");
    expect(await signer.verify(`${participantId}.${signature}`, "2027-01-10T08:00:00.000Z")).toBe(
      false,
    );
  });
});

describe("opening and answering", () => {
  it("shows the defaults, then the earlier answer, and replaces it", async () => {
    const t = await cohortFormSetup();
    const link = await signCohortFormLink(
      t.signer,
      { cohortId: COHORT.cohortId, participantId: t.mentor.participantId, kind: "count_me_in" },
      new Date("2027-01-10T08:00:00.000Z"),
    );
    const first = await openCohortFormLink(t.deps, link);
    if (first.status !== "open") throw new Error(first.status);
    expect(shownValues(first)).toEqual({ places: ["3"] });
    const kept = await answerCohortForm(t.deps, first, { places: 2 });
    expect(kept).toMatchObject({ status: "recorded", replaced: false });
    const again = await openCohortFormLink(t.deps, link);
    if (again.status !== "open") throw new Error(again.status);
    expect(shownValues(again)).toEqual({ places: ["2"] });
    expect(await answerCohortForm(t.deps, again, { places: 5 })).toMatchObject({ replaced: true });
    expect((await t.store.listCohortAnswers(COHORT.cohortId)).map((a) => a.answers)).toEqual([
      { places: 5 },
    ]);
  });

  it("tells an expired link, a cancelled round and a person the kind is not for apart", async () => {
    const t = await cohortFormSetup();
    const sign = (participantId: string, kind: CohortFormKind) =>
      signCohortFormLink(
        t.signer,
        { cohortId: COHORT.cohortId, participantId, kind },
        new Date("2027-01-10T08:00:00.000Z"),
      );
    const menteeAsMentor = await openCohortFormLink(
      t.deps,
      await sign(t.mentee.participantId, "mentor_again"),
    );
    expect(menteeAsMentor.status).toBe("unknown");
    const survey = await sign(t.mentee.participantId, "survey_end");
    t.moveClock("2027-01-10T08:00:00.000Z");
    expect((await openCohortFormLink(t.deps, survey)).status).toBe("expired");
    t.moveClock("2027-01-04T08:00:00.000Z");
    const cohort = await t.cohort();
    await t.store.updateCohort({ ...cohort, stage: "cancelled" }, cohort.updatedAt);
    const closed = await openCohortFormLink(t.deps, survey);
    expect(closed.status).toBe("closed");
    expect(await answerCohortForm(t.deps, closed, { satisfaction: 5, recommend: 5 })).toEqual(
      closed,
    );
    expect(await t.store.listCohortAnswers(COHORT.cohortId)).toEqual([]);
  });
});
