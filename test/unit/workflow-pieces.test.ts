import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { durationMs } from "../../infra/local/serve-local-routes.js";
import {
  goalsOfPlan,
  planAnswerSchema,
  scheduleSessions,
} from "../../shared/domain/forms/plan-form.js";
import { reflectionForm } from "../../shared/domain/forms/reflection-form.js";
import { findingKey } from "../../shared/domain/workflow/evaluate-cycle.js";
import { reflectionForCoordinator } from "../../shared/domain/workflow/view-relationships.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { dynamicsOf, renderMail } from "../../shared/mail/workflow-mail.js";
import { formatRiga, rigaLocalToUtc } from "../../shared/schemas/form-answers.js";
import type { Reflection } from "../../shared/schemas/workflow.js";

describe("Riga time", () => {
  it("reads a winter and a summer wall-clock time as the right instant", () => {
    expect(rigaLocalToUtc("2027-01-20T10:00").toISOString()).toBe("2027-01-20T08:00:00.000Z");
    expect(rigaLocalToUtc("2027-07-20T10:00").toISOString()).toBe("2027-07-20T07:00:00.000Z");
    // The night the clocks go forward (last Sunday of March 2027): 05:00 is already summer time.
    expect(rigaLocalToUtc("2027-03-28T05:00").toISOString()).toBe("2027-03-28T02:00:00.000Z");
    expect(formatRiga(new Date("2027-01-20T08:00:00Z"), "lv")).toContain("10:00");
  });
});

describe("the plan's sessions", () => {
  const plan = planAnswerSchema.parse({
    goal1: "Mērķis",
    result1: "Mērs",
    specific1: true,
    measurable1: true,
    achievable1: true,
    relevant1: true,
    timeBound1: true,
    cadence: "1",
    sessionMinutes: 90,
    sessionFormat: "online",
    firstMeetingAt: "2027-01-05T10:00",
    firstSessionAt: "2027-02-01T10:00",
    sessionCount: 4,
  });

  it("are stored with absolute times at the plan's pace, a reminder two days ahead", () => {
    const sessions = scheduleSessions(plan, 1, new Date("2027-01-10T00:00:00Z"));
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(sessions[0]).toEqual({
      number: 1,
      startsAt: "2027-02-01T08:00:00.000Z",
      endsAt: "2027-02-01T09:30:00.000Z",
      remindAt: "2027-01-30T08:00:00.000Z",
    });
    const gaps = sessions
      .slice(1)
      .map((s, i) => Date.parse(s.startsAt) - Date.parse(sessions[i]?.startsAt ?? ""));
    expect(gaps.every((gap) => gap === 28 * 86_400_000)).toBe(true);
  });

  it("counts a goal only with a result and all five SMART checks, and reads back the goals", () => {
    const base = {
      cadence: "1",
      sessionMinutes: 90,
      sessionFormat: "online",
      firstMeetingAt: "2027-01-05T10:00",
      firstSessionAt: "2027-02-01T10:00",
      sessionCount: 4,
    };
    const input = {
      ...base,
      goal1: "Mērķis",
      specific1: true,
      measurable1: true,
      achievable1: false,
      relevant1: true,
      timeBound1: true,
      goal2: "Otrais",
      specific2: false,
      measurable2: false,
      achievable2: false,
      relevant2: false,
      timeBound2: false,
    };
    const missing = planAnswerSchema.safeParse(input);
    expect(missing.success).toBe(false);
    const paths = missing.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(paths).toEqual([
      "achievable1",
      "achievable2",
      "measurable2",
      "relevant2",
      "result1",
      "result2",
      "specific2",
      "timeBound2",
    ]);
    const error = missing.error as z.ZodError;
    const lv = explainIssues(error, input, "lv").find((issue) => issue.path === "achievable1");
    expect(lv?.message).toContain("SMART");
    expect(lv?.message).toContain("kritērijiem");
    const en = explainIssues(error, input, "en").find((issue) => issue.path === "achievable1");
    expect(en?.message).toBe(
      "A goal must pass all five SMART checks; revise it and tick this one.",
    );
    expect(
      goalsOfPlan({ ...plan, situation1: "Dati Excel failos", strength1: "Analītika" }),
    ).toEqual([{ key: "g1", title: "Mērķis", measure: "Mērs", situation: "Dati Excel failos" }]);
  });

  it("renders the SWOT questions and SMART checks of the guidelines in both languages", () => {
    const form = workflowForm("plan", { partners: "Anna" });
    const lv = renderForm(form, { language: "lv", action: "/f/x" });
    expect(lv).toContain("Kādas prasmes jums padodas vislabāk?");
    expect(lv).toContain("Šķēršļi");
    expect(lv).toContain("Laikā ierobežots");
    const en = renderForm(form, { language: "en", action: "/f/x" });
    expect(en).toContain("Threats");
    expect(en).toContain("Time-bound");
    const names = form.sections.flatMap((section) => section.fields.map((field) => field.name));
    expect(names).toEqual(expect.arrayContaining(["strength1", "threat3", "goal3", "timeBound3"]));
  });

  it("never remind before the plan exists, and a replan numbers on from the current session", () => {
    const now = new Date("2027-01-31T12:00:00Z");
    const sessions = scheduleSessions(plan, 5, now);
    expect(sessions[0]?.number).toBe(5);
    expect(sessions[0]?.remindAt).toBe(now.toISOString());
  });
});

describe("confidentiality", () => {
  const reflection: Reflection = {
    relationshipId: "rel_1",
    session: 2,
    participantId: "p_1",
    held: "yes",
    valueRating: 8,
    ideasRating: 7,
    safetyRating: 9,
    mostValuable: "PRIVĀTS TEKSTS",
    stillUnclear: "PRIVĀTS TEKSTS",
    tryBeforeNext: "PRIVĀTS TEKSTS",
    shareWithCoordinator: false,
    submittedAt: "2027-01-01T00:00:00.000Z",
  };

  it("gives the coordinator ratings and dates but no words unless the author shared them", () => {
    const hidden = reflectionForCoordinator(reflection);
    expect(hidden).toMatchObject({ valueRating: 8, safetyRating: 9, held: "yes", shared: false });
    expect(JSON.stringify(hidden)).not.toContain("PRIVĀTS");
    const shared = reflectionForCoordinator({ ...reflection, shareWithCoordinator: true });
    expect(JSON.stringify(shared)).toContain("PRIVĀTS TEKSTS");
  });
});

describe("health findings already decided", () => {
  it("are recognised by rule, person and session", () => {
    const a = findingKey({
      reason: "reflection_missing",
      detail: { participantId: "p_1", session: 3 },
    });
    expect(a).toBe("reflection_missing:p_1:3");
    expect(
      findingKey({ reason: "reflection_missing", detail: { participantId: "p_1", session: 4 } }),
    ).not.toBe(a);
    expect(findingKey({ reason: "sessions_not_held", detail: { lastSession: 4 } })).toBe(
      "sessions_not_held::4",
    );
  });
});

describe("workflow forms and e-mails", () => {
  it("render every form in Latvian and English with the fixed field names", () => {
    for (const kind of ["consent", "plan", "reflection", "checkpoint", "closure"] as const) {
      const form = workflowForm(kind, {
        partners: "Jānis Ozoliņš",
        session: 2,
        goals: [{ key: "g1", title: "Mērķis", measure: "Mērs" }],
      });
      const lv = renderForm(form, { language: "lv", action: "/f/x" });
      const en = renderForm(form, { language: "en", action: "/f/x" });
      expect(lv).not.toBe(en);
      expect(lv).toMatch(/[āčēģīķļņšūž]/);
    }
    const reflection = renderForm(workflowForm("reflection", { partners: "", session: 1 }), {
      language: "en",
      action: "/f/x",
    });
    for (const name of [
      "held",
      "valueRating",
      "ideasRating",
      "safetyRating",
      "shareWithCoordinator",
    ]) {
      expect(reflection).toContain(`name="${name}"`);
    }
    expect(
      renderForm(workflowForm("consent", { partners: "" }), { language: "lv", action: "/f/x" }),
    ).toContain('name="decision"');
  });

  it("give each e-mail a plain-text part, one button and the coordinator's contact", () => {
    const mail = renderMail(reflectionForm.mail.ask, "lv", {
      name: "Līga",
      link: "https://x/f/1",
      contact: "k@example.lv",
      session: 3,
    });
    expect(mail.subject).toBe("Kā veicās 3. tikšanās reizē?");
    expect(mail.text).toContain("https://x/f/1");
    expect(mail.text).toContain("k@example.lv");
    expect(mail.html.match(/<a /g)).toHaveLength(1);
    expect(mail.links).toEqual(["https://x/f/1"]);
  });

  it("change the reminders' tone with the relationship's dynamics", () => {
    expect([1, 4, 10, 12].map((n) => dynamicsOf(n, 12))).toEqual([
      "acquaintance",
      "development",
      "maturity",
      "closure",
    ]);
    const early = renderMail("session_reminder", "en", {
      name: "A",
      contact: "c",
      session: 1,
      when: "x",
      dynamics: "acquaintance",
    });
    const late = renderMail("session_reminder", "en", {
      name: "A",
      contact: "c",
      session: 11,
      when: "x",
      dynamics: "maturity",
    });
    expect(early.text).not.toBe(late.text);
  });
});

describe("the local clock's durations", () => {
  it("reads ISO 8601 days, hours, minutes and seconds", () => {
    expect(durationMs("P7D")).toBe(7 * 86_400_000);
    expect(durationMs("PT12H")).toBe(12 * 3_600_000);
    expect(durationMs("P1DT2H3M4S")).toBe(((24 + 2) * 60 + 3) * 60_000 + 4000);
    expect(() => durationMs("7 days")).toThrow();
  });
});
