import { describe, expect, it } from "vitest";
import { evaluateHealth } from "../../shared/domain/evaluate-health.js";
import { FORM_KINDS } from "../../shared/domain/forms/form-kinds.js";
import { reflectionAnswerSchema } from "../../shared/domain/forms/reflection-form.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { renderMail } from "../../shared/mail/workflow-mail.js";
import { isRated, type Reflection, reflectionSchema } from "../../shared/schemas/workflow.js";

/** Issue 12, item 4: a session that did not take place asks why, and no ratings. */
const HELD = {
  held: "yes",
  valueRating: 8,
  ideasRating: 7,
  safetyRating: 9,
  mostValuable: "Piemēri",
  shareWithCoordinator: false,
};

const issuesOf = (input: unknown) => {
  const result = reflectionAnswerSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("the reflection's answer", () => {
  it("a session held needs its three ratings and keeps no not-held fields", () => {
    expect(issuesOf({ ...HELD, valueRating: undefined })).toEqual(["valueRating"]);
    const parsed = reflectionAnswerSchema.parse({ ...HELD, notHeldReason: "other" });
    expect(parsed).not.toHaveProperty("notHeldReason");
    expect(parsed.valueRating).toBe(8);
  });

  it("a session not held needs why, takes a proposed date, and keeps no ratings or words", () => {
    expect(issuesOf({ held: "no", shareWithCoordinator: false })).toEqual(["notHeldReason"]);
    const parsed = reflectionAnswerSchema.parse({
      ...HELD,
      held: "no",
      valueRating: 1,
      notHeldReason: "partner_cancelled",
      proposedDate: "2027-02-03T09:30",
    });
    expect(parsed).toEqual({
      held: "no",
      notHeldReason: "partner_cancelled",
      proposedDate: "2027-02-03T09:30",
      shareWithCoordinator: false,
    });
    expect(issuesOf({ ...parsed, proposedDate: "next week" })).toEqual(["proposedDate"]);
  });
});

describe("the reflection's page and e-mail", () => {
  const page = (lastSession: boolean) =>
    renderForm(workflowForm("reflection", { partners: "Laura Priede", session: 3, lastSession }), {
      language: "lv",
      action: "/f/x",
    });

  it("shows the ratings only for a session held and the reasons only for one not held", () => {
    const html = page(false);
    expect(html).toContain('class="when-held-yes"');
    expect(html).toContain('class="when-held-no"');
    expect(html).toContain('form:has(input[name="held"][value="no"]:checked) .when-held-no');
    // No rating is required by the browser: a hidden required field would block the post.
    expect(html).not.toMatch(/name="valueRating"[^>]*required/);
    expect(html).toContain("(obligāts, ja tikšanās notika)");
  });

  it("promises no next time after the last session", () => {
    expect(page(false)).toContain("līdz nākamajai reizei");
    expect(page(true)).not.toContain("nākamajai reizei");
    expect(page(true)).not.toContain("Nākamreiz");
  });

  it("the e-mail counts the ratings and short questions the form has", () => {
    const form = workflowForm("reflection", { partners: "x", session: 1 });
    const count = (kind: string, section: string) =>
      form.sections.find((s) => s.title.en === section)?.fields.filter((f) => f.kind === kind)
        .length;
    expect([count("number", "Ratings"), count("textarea", "Short questions")]).toEqual([3, 5]);
    const ask = FORM_KINDS.reflection.mail.ask;
    const lv = renderMail(ask, "lv", { name: "Laura", contact: "c@example.lv", session: 1 });
    const en = renderMail(ask, "en", { name: "Laura", contact: "c@example.lv", session: 1 });
    expect(lv.text).toContain("trīs vērtējumi un pieci īsi jautājumi");
    expect(en.text).toContain("three ratings and five short questions");
  });
});

describe("a session not held in the health rules", () => {
  const base = {
    relationshipId: "rel",
    participantId: "mentee",
    shareWithCoordinator: false,
    submittedAt: "2025-02-20T10:00:00.000Z",
  };
  const rated = (session: number, value: number): Reflection =>
    reflectionSchema.parse({
      ...base,
      session,
      held: "yes",
      valueRating: value,
      ideasRating: value,
      safetyRating: value,
    });
  const notHeld = (session: number): Reflection =>
    reflectionSchema.parse({ ...base, session, held: "no", notHeldReason: "i_cancelled" });

  it("never counts as a low rating, and the drop is judged between rated sessions", () => {
    expect(isRated(notHeld(2))).toBe(false);
    const input = {
      now: new Date("2025-03-01T12:00:00.000Z"),
      participants: ["mentee"],
      sessions: [],
      reflections: [rated(1, 8), notHeld(2)],
      checkpoints: [],
      bouncedParticipants: [],
      relationshipStartedAt: new Date("2025-02-25T12:00:00.000Z"),
    };
    const reasons = evaluateHealth(input).findings.map((f) => f.reason);
    expect(reasons).not.toContain("low_rating");
    expect(reasons).not.toContain("rating_drop");
    // A rated session after it is compared with the last rated one.
    const dropped = evaluateHealth({ ...input, reflections: [...input.reflections, rated(3, 3)] });
    expect(dropped.findings.map((f) => f.reason)).toEqual(
      expect.arrayContaining(["low_rating", "rating_drop"]),
    );
  });
});
