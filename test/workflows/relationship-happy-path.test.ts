import { describe, expect, it } from "vitest";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { ACCEPT, GOOD_REFLECTION, PLAN, useHarness } from "./harness.js";

const h = useHarness();

describe("all accept -> planning -> sessions -> closure", () => {
  it("runs a relationship from consent to closed, each e-mail once", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    const [mentee] = mentees;
    if (!mentee) throw new Error("no mentee");

    // 1 Consent: both answer; the mentor's places were taken at approval.
    await h.waitForState(relationshipId, STATES.waitConsent);
    for (const person of [mentor.email, mentee.email]) {
      const mail = await h.waitForMail(person, /match|pāris/i);
      expect((await h.answer(mail, ACCEPT)).status).toBe("recorded");
    }

    // 2 Planning: everyone is welcomed, the mentor writes the plan.
    await h.waitForState(relationshipId, STATES.waitPlan);
    await h.waitForMail(mentee.email, /welcome|Laipni/i);
    const planMail = await h.waitForMail(mentor.email, /plan/i);
    expect((await h.answer(planMail, PLAN(3))).status).toBe("recorded");
    await h.waitForState(relationshipId, STATES.waitReminder);
    const planned = await h.relationship(relationshipId);
    expect(planned).toMatchObject({ phase: "learning", cycle: 1, sessionCount: 3 });
    const sessions = await h.deps.workflowStore.listSessions(relationshipId);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3]);
    // Sessions are stored with absolute times, every two weeks from the first.
    expect(Date.parse(sessions[1]?.startsAt ?? "") - Date.parse(sessions[0]?.startsAt ?? "")).toBe(
      14 * 86_400_000,
    );

    // 3 Learning: for each session the reminder comes, then the reflection forms.
    for (let n = 1; n <= 3; n++) {
      h.clock.advanceTo(new Date(sessions[n - 1]?.endsAt ?? ""));
      await h.waitForState(relationshipId, STATES.waitReflection);
      await h.waitForMail(
        mentee.email,
        n === 1
          ? /Reminder: session 1|Atgādinājums: 1\./
          : new RegExp(`session ${n}|${n}\\. tikšanās`),
      );
      for (const person of [mentor.email, mentee.email]) {
        const mail = await h.waitForMail(
          person,
          new RegExp(`session ${n} go|${n}\\. tikšanās reizē`),
        );
        expect((await h.answer(mail, GOOD_REFLECTION)).status).toBe("recorded");
      }
      if (n === 3) {
        // Every third session also a progress checkpoint (from the mentee).
        const checkpoint = await h.waitForMail(mentee.email, /Progress|Progresa/);
        expect(
          (await h.answer(checkpoint, { progress_g1: 60, planChangeNeeded: false })).status,
        ).toBe("recorded");
      }
    }

    // 4 Closure: closing answers, then closed, the mentor's places freed.
    await h.waitForState(relationshipId, STATES.waitClosure);
    for (const person of [mentor.email, mentee.email]) {
      const mail = await h.waitForMail(person, /Clos|noslēgums/);
      expect(
        (
          await h.answer(mail, {
            goalsReached: "Panelis ieviests",
            learnings: "Dati ir komandas darbs",
            keepInTouch: true,
            ...(person === mentor.email ? { feedback: "Tu ļoti izaugi datu jomā" } : {}),
          })
        ).status,
      ).toBe("recorded");
    }
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    // The closing words reach the partner: the mentor's feedback the mentee, and as both want
    // to stay in touch, each gets the other's address.
    const ended = /sadarbība ir noslēgusies|relationship has ended/;
    const toMentee = await h.waitForMail(mentee.email, ended);
    expect(toMentee.text).toContain("Tu ļoti izaugi datu jomā");
    expect(toMentee.text).toContain(mentor.email);
    const toMentor = await h.waitForMail(mentor.email, ended);
    expect(toMentor.text).toContain(mentee.email);
    expect(toMentor.text).not.toContain("Tu ļoti izaugi datu jomā");
    const closed = await h.relationship(relationshipId);
    expect(closed).toMatchObject({ phase: "closed", closeReason: "completed", health: "on_track" });
    expect((await h.deps.store.getParticipant(mentor.id))?.activeMentees).toBe(0);
    const held = await h.deps.workflowStore.listSessions(relationshipId);
    expect(held.every((s) => s.held === "yes")).toBe(true);

    // No e-mail went twice: every subject to a person is unique per session.
    for (const person of [mentor.email, mentee.email]) {
      const subjects = (await h.mailTo(person)).map((m) => m.subject);
      expect(new Set(subjects).size).toBe(subjects.length);
    }
    const timeline = (await h.deps.workflowStore.listEvents(relationshipId)).map((e) => e.type);
    expect(timeline).toEqual(
      expect.arrayContaining([
        "consent_accept",
        "plan_saved",
        "reflection_received",
        "relationship_closed",
      ]),
    );
  });
});
