import { describe, expect, it } from "vitest";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { ACCEPT, DECLINE, useHarness } from "./harness.js";

const h = useHarness();

describe("match consent", () => {
  it("moves to the next candidate when the mentor declines", async () => {
    const seeded = await h.seed({ alternatives: [{}] });
    const { relationshipId, mentor, mentees, alternatives } = seeded;
    const [mentee] = mentees;
    const [next] = alternatives;
    if (!mentee || !next) throw new Error("seed");
    await h.answer(await h.waitForMail(mentee.email, /match|pāris/i), ACCEPT);
    await h.answer(await h.waitForMail(mentor.email, /match|pāris/i), DECLINE);

    // The next mentor of the ranked list is asked; the mentee is asked again, too.
    const offer = await h.waitForMail(next.email, /match|pāris/i);
    await h.waitForState(relationshipId, STATES.waitConsent);
    const moved = await h.relationship(relationshipId);
    expect(moved).toMatchObject({ mentorId: next.id, consentRound: 2, phase: "consent" });
    expect((await h.deps.store.getParticipant(mentor.id))?.activeMentees).toBe(0);
    expect((await h.deps.store.getParticipant(next.id))?.activeMentees).toBe(1);
    expect((await h.deps.store.getParticipant(mentee.id))?.placement?.mentorId).toBe(next.id);

    // The declined round's forms are closed: a late answer there changes nothing.
    const oldOffer = (await h.mailTo(mentor.email)).find((m) => /match|pāris/i.test(m.subject));
    if (!oldOffer) throw new Error("old offer");
    expect((await h.answer(oldOffer, ACCEPT)).status).toBe("answered");

    await h.answer(offer, ACCEPT);
    await h.answer(await h.waitForMail(mentee.email, /match|pāris/i, 2), ACCEPT);
    await h.waitForState(relationshipId, STATES.waitPlan);
    const timeline = (await h.deps.workflowStore.listEvents(relationshipId)).map((e) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(["consent_decline", "mentor_changed"]));
  });

  it("nudges after 3 days and moves on after 7 without an answer", async () => {
    const { relationshipId, mentor, mentees, alternatives } = await h.seed({ alternatives: [{}] });
    const [mentee] = mentees;
    if (!mentee) throw new Error("seed");
    await h.answer(await h.waitForMail(mentee.email, /match|pāris/i), ACCEPT);
    await h.waitForMail(mentor.email, /match|pāris/i);

    h.advanceDays(3);
    await h.waitForMail(mentor.email, /Reminder|Atgādinājums/);
    expect(
      (await h.mailTo(mentor.email)).filter((m) => /please confirm|apstipriniet/i.test(m.subject)),
    ).toHaveLength(1);
    await h.waitForState(relationshipId, STATES.nudgeConsent);

    h.advanceDays(4);
    await h.waitForMail(alternatives[0]?.email ?? "", /match|pāris/i);
    expect((await h.relationship(relationshipId))?.mentorId).toBe(alternatives[0]?.id);
  });

  it("escalates to the coordinator when no candidate is left, and a close decision closes", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    await h.answer(await h.waitForMail(mentor.email, /match|pāris/i), DECLINE);
    const relationship = await h.openEscalation(relationshipId);
    expect(relationship?.openEscalationReason).toBe("no_candidate_left");
    const escalationId = relationship?.openEscalationId ?? "";
    const [escalation] = (await h.deps.workflowStore.listEscalations("open")).filter(
      (e) => e.escalationId === escalationId,
    );
    expect(escalation).toMatchObject({
      reason: "no_candidate_left",
      status: "open",
      phase: "consent",
    });
    await h.waitForMail(h.coordinatorEmail, /decision|lēmums/i);

    const decided = await h.decide(escalationId, {
      decision: "close",
      note: "Nav piemērota mentora",
    });
    expect(decided.resumed).toBe(true);
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    expect(await h.relationship(relationshipId)).toMatchObject({
      phase: "closed",
      closeReason: "closed_by_coordinator",
    });
    // Closing freed the mentee's mentor places, and nobody got closure forms.
    expect(
      (await h.mailTo(mentees[0]?.email ?? "")).some((m) => /Clos|noslēgums/.test(m.subject)),
    ).toBe(false);
  });
});
