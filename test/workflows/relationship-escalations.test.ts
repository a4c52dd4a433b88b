import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ESCALATION_REASONS } from "../../shared/domain/escalations/escalation-reasons.js";
import { decideEscalation } from "../../shared/domain/workflow/decide-escalation.js";
import { escalationReasonSchema } from "../../shared/schemas/workflow.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { createHarness, GOOD_REFLECTION, type Harness, toLearning } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.stop();
});

const openEscalation = async (relationshipId: string) => {
  const relationship = await h
    .until("an open escalation", async () => {
      const current = await h.relationship(relationshipId);
      return current?.openEscalationId ? current : undefined;
    })
    .catch(async (error: Error) => {
      const execution = h.runtime.describe(relationshipId);
      throw new Error(
        `${error.message}: ${execution.currentState} ${execution.status} ${execution.error ?? ""} ${execution.cause ?? ""} at ${h.clock.now().toISOString()} ${JSON.stringify(execution.history.slice(-6))}`,
      );
    });
  // The subject names the reason by its label in the coordinator's language (Latvian by
  // default), never by its code.
  const reason = relationship.openEscalationReason;
  const label = reason ? ESCALATION_REASONS[escalationReasonSchema.parse(reason)].label.lv : "";
  const mail = await h.waitForMail(
    h.coordinatorEmail,
    new RegExp(`Nepieciešams jūsu lēmums: ${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );
  if (reason) expect(mail.subject).not.toContain(reason);
  return { id: relationship.openEscalationId ?? "", reason: relationship.openEscalationReason };
};

describe("escalations and decisions", () => {
  it("a missing reflection is nudged, then escalated; continue goes on to the next session", async () => {
    const seeded = await h.seed();
    const { relationshipId, mentor, mentees } = seeded;
    const sessions = await toLearning(h, seeded, 3);
    h.clock.advanceTo(new Date(sessions[0]?.endsAt ?? ""));
    await h.answer(
      await h.waitForMail(mentor.email, /session 1 go|1\. tikšanās reizē/),
      GOOD_REFLECTION,
    );
    await h.waitForMail(mentees[0]?.email ?? "", /session 1 go|1\. tikšanās reizē/);
    h.advanceDays(3);
    await h.waitForMail(mentees[0]?.email ?? "", /Reminder: the reflection|refleksija/);
    h.advanceDays(4);
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("reflection_missing");
    expect((await h.relationship(relationshipId))?.health).toBe("at_risk");

    await decideEscalation(h.deps, escalation.id, { decision: "continue" }, "coordinator");
    await h.waitForState(relationshipId, STATES.waitReminder);
    expect(await h.relationship(relationshipId)).toMatchObject({ cycle: 2, health: "on_track" });
    const timeline = await h.deps.workflowStore.listEvents(relationshipId);
    expect(timeline.find((e) => e.type === "escalation_decided")).toMatchObject({
      actor: "coordinator:coordinator",
      detail: { decision: "continue" },
    });
  });

  it("a low 'felt safe' rating escalates with high severity; rematch moves to another mentor", async () => {
    const seeded = await h.seed({ alternatives: [{}] });
    const { relationshipId, mentor, mentees, alternatives } = seeded;
    const sessions = await toLearning(h, seeded, 3);
    h.clock.advanceTo(new Date(sessions[0]?.endsAt ?? ""));
    await h.answer(
      await h.waitForMail(mentor.email, /session 1 go|1\. tikšanās reizē/),
      GOOD_REFLECTION,
    );
    await h.answer(
      await h.waitForMail(mentees[0]?.email ?? "", /session 1 go|1\. tikšanās reizē/),
      {
        ...GOOD_REFLECTION,
        safetyRating: 3,
      },
    );
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("felt_unsafe");
    const stored = await h.deps.workflowStore.getEscalation(escalation.id);
    expect(stored?.escalation.severity).toBe("high");
    expect(stored?.escalation.evidence[0]?.detail).toMatchObject({
      rating: "safetyRating",
      value: 3,
    });

    await decideEscalation(
      h.deps,
      escalation.id,
      { decision: "rematch", note: "Drošības dēļ" },
      "coordinator",
    );
    await h.waitForMail(alternatives[0]?.email ?? "", /match|pāris/i);
    expect(await h.relationship(relationshipId)).toMatchObject({
      mentorId: alternatives[0]?.id,
      phase: "consent",
    });
  });

  it("pause waits until the date, then the relationship resumes where it was", async () => {
    const seeded = await h.seed();
    const { relationshipId, mentor, mentees } = seeded;
    const sessions = await toLearning(h, seeded, 3);
    h.clock.advanceTo(new Date(sessions[0]?.endsAt ?? ""));
    await h.answer(
      await h.waitForMail(mentor.email, /session 1 go|1\. tikšanās reizē/),
      GOOD_REFLECTION,
    );
    await h.answer(
      await h.waitForMail(mentees[0]?.email ?? "", /session 1 go|1\. tikšanās reizē/),
      {
        ...GOOD_REFLECTION,
        valueRating: 2,
      },
    );
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("low_rating");
    const until = new Date(h.clock.now().getTime() + 10 * 86_400_000).toISOString();
    await decideEscalation(h.deps, escalation.id, { decision: "pause", until }, "coordinator");
    await h.waitForState(relationshipId, STATES.pause);
    expect(await h.relationship(relationshipId)).toMatchObject({
      health: "paused",
      pausedUntil: until,
    });

    h.advanceDays(9);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.state(relationshipId)).toBe(STATES.pause);
    h.advanceDays(2);
    // Back to the cycle: waiting for session 2's reminder, the pause gone.
    await h.waitForState(relationshipId, STATES.waitReminder);
    const resumed = await h.relationship(relationshipId);
    expect(resumed).toMatchObject({ health: "on_track", cycle: 2 });
    expect(resumed?.pausedUntil).toBeUndefined();
  });

  it("close early with a reason closes the relationship and frees the places", async () => {
    const seeded = await h.seed();
    const { relationshipId, mentor, mentees } = seeded;
    const sessions = await toLearning(h, seeded, 3);
    h.clock.advanceTo(new Date(sessions[0]?.endsAt ?? ""));
    for (const person of [mentor.email, mentees[0]?.email ?? ""]) {
      await h.answer(await h.waitForMail(person, /session 1 go|1\. tikšanās reizē/), {
        ...GOOD_REFLECTION,
        held: "no",
      });
    }
    h.clock.advanceTo(new Date(sessions[1]?.endsAt ?? ""));
    for (const person of [mentor.email, mentees[0]?.email ?? ""]) {
      await h.answer(await h.waitForMail(person, /session 2 go|2\. tikšanās reizē/), {
        ...GOOD_REFLECTION,
        held: "no",
      });
    }
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("sessions_not_held");
    await decideEscalation(
      h.deps,
      escalation.id,
      { decision: "close", note: "Mentorējamais mainīja darbu" },
      "coordinator",
    );
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    expect(await h.relationship(relationshipId)).toMatchObject({
      phase: "closed",
      closeReason: "closed_by_coordinator",
    });
    expect((await h.deps.store.getParticipant(mentor.id))?.activeMentees).toBe(0);
    await expect(
      decideEscalation(h.deps, escalation.id, { decision: "continue" }, "coordinator"),
    ).rejects.toMatchObject({ code: "escalation_decided" });
  });
});
