import { describe, expect, it } from "vitest";
import { ESCALATION_REASONS } from "../../shared/domain/escalations/escalation-reasons.js";
import { escalationReasonSchema } from "../../shared/schemas/workflow.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import {
  GOOD_REFLECTION,
  LOW_VALUE,
  NOT_HELD,
  reflectionMail,
  seedToLearning,
  useHarness,
} from "./harness.js";

const h = useHarness();

const openEscalation = async (relationshipId: string) => {
  const relationship = await h.openEscalation(relationshipId).catch(async (error: Error) => {
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
    const { relationshipId, mentor, mentee, sessions } = await seedToLearning(h, 3);
    await h.reflectOn(sessions[0], [mentor.email, GOOD_REFLECTION]);
    await h.waitForMail(mentee.email, reflectionMail(1));
    h.advanceDays(3);
    await h.waitForMail(mentee.email, /Reminder: the reflection|refleksija/);
    h.advanceDays(4);
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("reflection_missing");
    expect((await h.relationship(relationshipId))?.health).toBe("at_risk");

    await h.decide(escalation.id, { decision: "continue" });
    await h.waitForState(relationshipId, STATES.waitReminder);
    expect(await h.relationship(relationshipId)).toMatchObject({ cycle: 2, health: "on_track" });
    const timeline = await h.deps.workflowStore.listEvents(relationshipId);
    expect(timeline.find((e) => e.type === "escalation_decided")).toMatchObject({
      actor: "coordinator:coordinator",
      detail: { decision: "continue" },
    });
  });

  it("a low 'felt safe' rating escalates with high severity; rematch moves to another mentor", async () => {
    const { relationshipId, mentor, mentee, alternatives, sessions } = await seedToLearning(h, 3, {
      alternatives: [{}],
    });
    await h.reflectOn(
      sessions[0],
      [mentor.email, GOOD_REFLECTION],
      [mentee.email, { ...GOOD_REFLECTION, safetyRating: 3 }],
    );
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("felt_unsafe");
    const stored = await h.deps.workflowStore.getEscalation(escalation.id);
    expect(stored?.escalation.severity).toBe("high");
    expect(stored?.escalation.evidence[0]?.detail).toMatchObject({
      rating: "safetyRating",
      value: 3,
    });

    await h.decide(escalation.id, { decision: "rematch", note: "Drošības dēļ" });
    await h.waitForMail(alternatives[0]?.email ?? "", /match|pāris/i);
    expect(await h.relationship(relationshipId)).toMatchObject({
      mentorId: alternatives[0]?.id,
      phase: "consent",
    });
  });

  it("pause waits until the date, then the relationship resumes where it was", async () => {
    const { relationshipId, mentor, mentee, sessions } = await seedToLearning(h, 3);
    await h.reflectOn(sessions[0], [mentor.email, GOOD_REFLECTION], [mentee.email, LOW_VALUE]);
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("low_rating");
    const until = new Date(h.clock.now().getTime() + 10 * 86_400_000).toISOString();
    await h.decide(escalation.id, { decision: "pause", until });
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
    const { relationshipId, mentor, mentee, sessions } = await seedToLearning(h, 3);
    for (const session of sessions.slice(0, 2)) {
      await h.reflectOn(session, [mentor.email, NOT_HELD], [mentee.email, NOT_HELD]);
    }
    const escalation = await openEscalation(relationshipId);
    expect(escalation.reason).toBe("sessions_not_held");
    await h.decide(escalation.id, { decision: "close", note: "Mentorējamais mainīja darbu" });
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    expect(await h.relationship(relationshipId)).toMatchObject({
      phase: "closed",
      closeReason: "closed_by_coordinator",
    });
    expect((await h.deps.store.getParticipant(mentor.id))?.activeMentees).toBe(0);
    await expect(h.decide(escalation.id, { decision: "continue" })).rejects.toMatchObject({
      code: "escalation_decided",
    });
  });
});
