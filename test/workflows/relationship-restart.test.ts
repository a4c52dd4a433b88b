import { describe, expect, it } from "vitest";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { GOOD_REFLECTION, LOW_VALUE, seedToLearning, useHarness } from "./harness.js";

const h = useHarness();

const CONSENT_MAIL = /match|pāris/i;
const ESCALATION_MAIL = /Nepieciešams jūsu lēmums|decision is needed/;

describe("a restart while an escalation is open", () => {
  it("waits for the coordinator's decision again, asking nobody anything twice", async () => {
    const { relationshipId, mentor, mentee, sessions } = await seedToLearning(h, 3);
    await h.reflectOn(sessions[0], [mentor.email, GOOD_REFLECTION], [mentee.email, LOW_VALUE]);
    await h.waitForState(relationshipId, STATES.escalate);
    await h.waitForMail(h.coordinatorEmail, ESCALATION_MAIL);
    const before = await h.relationship(relationshipId);
    expect(before?.openEscalationReason).toBe("low_rating");
    // One health rule: the escalation keeps what the evaluation found (a low rating puts the
    // relationship at risk; only the stall reasons stall it).
    expect(before?.health).toBe("at_risk");
    const escalationId = before?.openEscalationId ?? "";
    const firstToken = (await h.deps.workflowStore.getEscalation(escalationId))?.taskToken;
    const mailCount = async (email: string, subject: RegExp) =>
      (await h.mailTo(email)).filter((mail) => subject.test(mail.subject)).length;
    const consentMails = {
      mentor: await mailCount(mentor.email, CONSENT_MAIL),
      mentee: await mailCount(mentee.email, CONSENT_MAIL),
    };

    // The process stops (every execution aborted) and starts again: a new execution for
    // the relationship, which resumes from what the table holds.
    h.runtime.stop();
    const restarted = `${relationshipId}-restarted`;
    h.runtime.startExecution(restarted, { relationshipId });
    const history = () => h.runtime.describe(restarted).history.map((e) => e.state);
    await h
      .until("the new execution waiting for the decision", async () => {
        const stored = await h.deps.workflowStore.getEscalation(escalationId);
        // The step of "E.1" has stored the new task's token with the open escalation.
        return (
          h.runtime.describe(restarted).currentState === STATES.escalate &&
          h.runtime.isIdle() &&
          stored?.taskToken !== firstToken
        );
      })
      .catch((error: Error) => {
        const execution = h.runtime.describe(restarted);
        throw new Error(
          `${error.message}: now ${execution.currentState} ${execution.status} after … ${history().slice(-8).join(" -> ")}`,
        );
      });
    expect(history()).toContain(STATES.reopenEscalation);
    expect(history()).not.toContain(STATES.askConsent);
    expect(await mailCount(mentor.email, CONSENT_MAIL)).toBe(consentMails.mentor);
    expect(await mailCount(mentee.email, CONSENT_MAIL)).toBe(consentMails.mentee);
    expect(await mailCount(h.coordinatorEmail, ESCALATION_MAIL)).toBe(1);
    expect(
      (await h.deps.workflowStore.listEvents(relationshipId)).filter(
        (event) => event.type === "escalation_opened",
      ),
    ).toHaveLength(1);

    // The decision reaches the new execution, which goes on to the next session.
    const decided = await h.decide(escalationId, { decision: "continue" });
    expect(decided.resumed).toBe(true);
    await h.until(
      "the next session's reminder",
      async () => h.runtime.describe(restarted).currentState === STATES.waitReminder,
    );
    expect(await h.relationship(relationshipId)).toMatchObject({ cycle: 2, health: "on_track" });
    expect(await mailCount(h.coordinatorEmail, ESCALATION_MAIL)).toBe(1);
  });
});
