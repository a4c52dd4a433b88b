import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { openCohortFormLink } from "../../shared/domain/cohort-forms/answer-cohort-form.js";
import {
  sendSeminarInvite,
  sendSeminarMaterials,
  sendSeminarReminder,
} from "../../shared/domain/cohort-forms/seminar-mail.js";
import { sendCohortForm } from "../../shared/domain/cohort-forms/send-cohort-form.js";
import { summariseCohortAnswers } from "../../shared/domain/cohorts/cohort-answer-summary.js";
import {
  markSeminarAttendance,
  viewSeminarAttendance,
} from "../../shared/domain/cohorts/seminar-attendance.js";
import { COHORT, cohortFormSetup } from "../fixtures/cohort-forms.js";

/**
 * Sending the cohort forms and the seminar's e-mails (once per key, never to an erased
 * person), marking who attended the seminar, and the surveys' summary.
 */

const linkIn = (mail: { links?: string[] } | undefined) => {
  const url = mail?.links?.find((l) => l.includes("/cohort-forms/"));
  if (!url) throw new Error("no cohort form link");
  return decodeURIComponent(new URL(url).pathname.slice("/cohort-forms/".length));
};

describe("sendCohortForm", () => {
  it("e-mails the link once per mode, in the person's language, and reminds only the silent", async () => {
    const t = await cohortFormSetup();
    const cohort = await t.cohort();
    const input = { cohort, participant: t.mentee, kind: "survey_halfway" as const };
    await sendCohortForm(t.deps, { ...input, mode: "ask" });
    await sendCohortForm(t.deps, { ...input, mode: "ask" });
    const [ask] = t.mailer.to(t.mentee.email);
    expect(t.mailer.to(t.mentee.email)).toHaveLength(1);
    expect(ask?.key).toBe(
      `cohort-form:${COHORT.cohortId}:survey_halfway:${t.mentee.participantId}:ask`,
    );
    expect(ask?.subject).toBe("Programmas vidusposma aptauja: trīs jautājumi");
    expect(ask?.text).toContain("Kārta „2027. gada pavasara kārta” ir pusceļā.");
    expect(ask?.links?.[0]).toMatch(/^https:\/\/mentori\.example\.lv\/cohort-forms\/.+\?lang=lv$/);
    const opened = await openCohortFormLink(t.deps, linkIn(ask));
    expect(opened).toMatchObject({ status: "open", link: { kind: "survey_halfway" } });

    await t.store.putCohortAnswer({
      cohortId: COHORT.cohortId,
      participantId: t.mentee.participantId,
      kind: "survey_halfway",
      answers: { satisfaction: 8, recommend: 9 },
      answeredAt: "2027-01-03T09:00:00.000Z",
    });
    await sendCohortForm(t.deps, { ...input, mode: "remind" });
    expect(t.mailer.to(t.mentee.email)).toHaveLength(1);
    await sendCohortForm(t.deps, { ...input, participant: t.mentor, mode: "remind" });
    expect(t.mailer.to(t.mentor.email).map((m) => m.subject)).toEqual([
      "Reminder: the programme's halfway survey",
    ]);
  });

  it("sends nothing to an erased person, to a role the kind is not for, or after the form closed", async () => {
    const t = await cohortFormSetup();
    const cohort = await t.cohort();
    await sendCohortForm(t.deps, {
      cohort,
      participant: t.mentee,
      kind: "mentor_again",
      mode: "ask",
    });
    await sendCohortForm(t.deps, {
      cohort,
      participant: t.mentor,
      kind: "mentee_future",
      mode: "ask",
    });
    t.moveClock("2027-01-12T08:00:00.000Z");
    await sendCohortForm(t.deps, {
      cohort,
      participant: t.mentor,
      kind: "seminar_attendance",
      mode: "ask",
    });
    await t.store.eraseParticipant(t.mentee, {
      pseudonym: "erased_000000000000000000000001",
      role: "mentee",
      status: "eligible",
      erasedAt: "2027-01-12T08:00:00.000Z",
      erasedBy: "coordinator:anna",
      relationships: 0,
      certificatesRevoked: 0,
    });
    await sendCohortForm(t.deps, {
      cohort,
      participant: t.mentee,
      kind: "survey_end",
      mode: "ask",
    });
    expect(t.mailer.sent).toEqual([]);
  });

  it("gives a link that ends when the seminar begins", async () => {
    const t = await cohortFormSetup();
    const cohort = await t.cohort();
    await sendCohortForm(t.deps, {
      cohort,
      participant: t.mentor,
      kind: "seminar_attendance",
      mode: "ask",
    });
    const opened = await openCohortFormLink(t.deps, linkIn(t.mailer.sent[0]));
    expect(opened).toMatchObject({ link: { expiresAt: "2027-01-12T08:00:00.000Z" } });
  });
});

describe("the seminar's e-mails", () => {
  it("invite with a calendar invite for the person only, once per version of the seminar", async () => {
    const t = await cohortFormSetup();
    const cohort = await t.cohort();
    await sendSeminarInvite(t.deps, cohort, t.mentor);
    await sendSeminarInvite(t.deps, cohort, t.mentor);
    const [invite] = t.mailer.sent;
    expect(t.mailer.sent).toHaveLength(1);
    expect(invite?.subject).toBe("Invitation: the information seminar on 12 January 2027 at 10:00");
    const attachment = invite?.attachments?.[0];
    expect(attachment?.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    const event = new ICAL.Component(ICAL.parse(String(attachment?.content))).getFirstSubcomponent(
      "vevent",
    );
    expect(event?.getFirstPropertyValue("uid")).toBe(`${COHORT.cohortId}-seminar@mentoring.local`);
    expect(event?.getFirstPropertyValue("location")).toBe("Rīga, Smilšu iela 1");
    expect(String(event?.getFirstPropertyValue("dtstart"))).toBe("2027-01-12T08:00:00Z");
    expect(String(event?.getFirstPropertyValue("dtend"))).toBe("2027-01-12T09:30:00Z");
    expect(event?.getAllProperties("attendee").map((a) => a.getFirstValue())).toEqual([
      `mailto:${t.mentor.email}`,
    ]);
    expect((await openCohortFormLink(t.deps, linkIn(invite))).status).toBe("open");

    // The seminar moves: a new e-mail whose invite updates the same event.
    const moved = {
      ...cohort,
      seminar: { ...cohort.seminar, at: "2027-01-13T08:00:00.000Z" },
      updatedAt: "2026-12-01T08:00:00.000Z",
    };
    await sendSeminarInvite(t.deps, moved, t.mentor);
    expect(t.mailer.sent).toHaveLength(2);
    const update = new ICAL.Component(
      ICAL.parse(String(t.mailer.sent[1]?.attachments?.[0]?.content)),
    );
    const sequence = Number(
      update.getFirstSubcomponent("vevent")?.getFirstPropertyValue("sequence"),
    );
    expect(sequence).toBeGreaterThan(0);
  });

  it("remind once, and send the materials only to those not marked as attended", async () => {
    const t = await cohortFormSetup();
    await sendSeminarReminder(t.deps, await t.cohort(), t.mentee);
    await sendSeminarReminder(t.deps, await t.cohort(), t.mentee);
    expect(t.mailer.to(t.mentee.email).map((m) => m.subject)).toEqual([
      "Atgādinājums: informatīvais seminārs 2027. gada 12. janvārī plkst. 10.00",
    ]);
    t.moveClock("2027-01-12T10:00:00.000Z");
    await markSeminarAttendance(
      t.deps,
      COHORT.cohortId,
      { attended: [t.mentor.participantId] },
      "anna",
    );
    for (const person of [t.mentor, t.mentee]) {
      await sendSeminarMaterials(t.deps, await t.cohort(), person);
      await sendSeminarMaterials(t.deps, await t.cohort(), person);
    }
    expect(t.mailer.to(t.mentor.email)).toEqual([]);
    const [, materials] = t.mailer.to(t.mentee.email);
    expect(t.mailer.to(t.mentee.email)).toHaveLength(2);
    expect(materials?.links).toEqual([
      "https://mentori.example.lv/guide/first-meeting?lang=lv",
      "https://mentori.example.lv/guide/conversation?lang=lv",
    ]);
  });
});

describe("attendance and the summary", () => {
  it("lists the eligible applicants with their answer, and refuses ids of others and early marks", async () => {
    const t = await cohortFormSetup();
    await t.store.putCohortAnswer({
      cohortId: COHORT.cohortId,
      participantId: t.mentee.participantId,
      kind: "seminar_attendance",
      answers: { attending: true },
      answeredAt: "2027-01-04T08:00:00.000Z",
    });
    const early = markSeminarAttendance(t.deps, COHORT.cohortId, { attended: [] }, "anna");
    await expect(early).rejects.toMatchObject({ code: "seminar_not_started" });
    t.moveClock("2027-01-12T09:00:00.000Z");
    await expect(
      markSeminarAttendance(
        t.deps,
        COHORT.cohortId,
        { attended: [t.mentee.participantId, "p_other"] },
        "a",
      ),
    ).rejects.toMatchObject({ issues: [{ path: "attended.1", code: "not_in_cohort" }] });
    const view = await markSeminarAttendance(
      t.deps,
      COHORT.cohortId,
      { attended: [t.mentee.participantId, t.mentee.participantId] },
      "anna",
    );
    expect(view.items).toEqual([
      expect.objectContaining({
        participantId: t.mentor.participantId,
        role: "mentor",
        answer: "none",
        attended: false,
      }),
      expect.objectContaining({
        participantId: t.mentee.participantId,
        role: "mentee",
        answer: "yes",
        attended: true,
      }),
    ]);
    expect((await t.cohort()).seminarAttended).toEqual([t.mentee.participantId]);
    expect((await viewSeminarAttendance(t.deps, COHORT.cohortId)).started).toBe(true);
  });

  it("counts and averages the surveys, hiding a mean of fewer than three and every comment", async () => {
    const t = await cohortFormSetup();
    const answer = (
      n: number,
      kind: "survey_halfway" | "survey_end",
      answers: Record<string, unknown>,
    ) =>
      t.store.putCohortAnswer({
        cohortId: COHORT.cohortId,
        participantId: `p_${n}`,
        kind,
        answers,
        answeredAt: "2027-03-01T08:00:00.000Z",
      });
    await answer(1, "survey_halfway", {
      satisfaction: 8,
      recommend: 10,
      comment: "Slepens teksts",
    });
    await answer(2, "survey_halfway", { satisfaction: 7, recommend: 6 });
    await answer(3, "survey_halfway", { satisfaction: 10, recommend: 9 });
    await answer(1, "survey_end", { satisfaction: 3, recommend: 2 });
    const summary = await summariseCohortAnswers(t.deps, COHORT.cohortId);
    expect(summary.surveys.survey_halfway).toEqual({
      count: 3,
      satisfaction: { value: 8.3, hidden: false },
      recommend: { value: 8.3, hidden: false },
      comments: 1,
    });
    expect(summary.surveys.survey_end.satisfaction).toEqual({ value: null, hidden: true });
    expect(JSON.stringify(summary)).not.toContain("Slepens");
    await expect(summariseCohortAnswers(t.deps, "coh_missing")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
