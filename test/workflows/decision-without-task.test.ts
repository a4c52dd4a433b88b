import { describe, expect, it } from "vitest";
import { createHandler as mailEventHandler } from "../../functions/events/handle-mail-event.js";
import { ESCALATION_REASONS } from "../../shared/domain/escalations/escalation-reasons.js";
import { undeliverableEscalationId } from "../../shared/domain/handle-mail-event.js";
import { decideEscalation } from "../../shared/domain/workflow/decide-escalation.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { sesBounce } from "../fixtures/ses-events.js";
import { ACCEPT, useHarness } from "./harness.js";

const h = useHarness();

const CONSENT = /match|pāris/i;
const DAY = 24 * 60 * 60 * 1000;
const PLAN_ASKED = /aizpildiet sadarbības plānu|fill in the mentoring plan/;

/** Consent is asked; the mentee's address bounces: an escalation no task waits for. */
async function bouncedInConsent() {
  const seeded = await h.seed({ alternatives: [{}] });
  const [mentee] = seeded.mentees;
  if (!mentee) throw new Error("seed");
  await h.waitForMail(mentee.email, CONSENT);
  await h.answer(await h.waitForMail(seeded.mentor.email, CONSENT), ACCEPT);
  // The mentor's answer is in; the mentee's consent form waits.
  await h.until("the mentee's consent waiting", async () => h.runtime.isIdle());
  const handle = mailEventHandler(() => h.deps);
  await handle(sesBounce([mentee.email], { id: `evt-${seeded.relationshipId}` }), {} as never);
  const escalationId = undeliverableEscalationId(seeded.relationshipId, mentee.id);
  const stored = await h.deps.workflowStore.getEscalation(escalationId);
  expect(stored).toMatchObject({ taskToken: "", escalation: { status: "open" } });
  return { ...seeded, mentee, escalationId };
}

const executions = (relationshipId: string) =>
  h.runtime
    .list()
    .filter((e) => e.name === relationshipId || e.name.startsWith(`${relationshipId}-`))
    .map((e) => ({ name: e.name, status: e.status }));

describe("a decision on an escalation no task waits for", () => {
  it("close: the running execution stops and the next one closes the relationship", async () => {
    const { relationshipId, mentee, mentor, escalationId } = await bouncedInConsent();
    const decided = await decideEscalation(
      h.deps,
      escalationId,
      { decision: "close", note: "Adrese nav derīga." },
      "coordinator",
    );
    expect(decided.resumed).toBe(true);
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    expect(executions(relationshipId)).toEqual([
      { name: relationshipId, status: "ABORTED" },
      { name: `${relationshipId}-2`, status: "SUCCEEDED" },
    ]);
    expect(await h.relationship(relationshipId)).toMatchObject({
      phase: "closed",
      closeReason: "closed_by_coordinator",
      execution: 2,
    });
    const types = (await h.deps.workflowStore.listEvents(relationshipId)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(["escalation_decided", "decision_applied", "workflow_restarted"]),
    );
    // Nobody is asked for consent again.
    expect((await h.mailTo(mentor.email)).filter((m) => CONSENT.test(m.subject))).toHaveLength(1);
    expect((await h.mailTo(mentee.email)).filter((m) => CONSENT.test(m.subject))).toHaveLength(1);
  });

  it("pause: the next execution waits until the date, then asks only who has not answered", async () => {
    const { relationshipId, mentee, mentor, escalationId } = await bouncedInConsent();
    const until = new Date(h.clock.now().getTime() + 10 * DAY).toISOString();
    const decided = await decideEscalation(
      h.deps,
      escalationId,
      { decision: "pause", until },
      "coordinator",
    );
    expect(decided.resumed).toBe(true);
    await h.waitForState(relationshipId, STATES.pause);
    expect(h.runtime.describe(relationshipId).status).toBe("ABORTED");
    expect(await h.relationship(relationshipId)).toMatchObject({
      health: "paused",
      pausedUntil: until,
    });

    h.advanceDays(10);
    await h.waitForState(relationshipId, STATES.waitConsent);
    expect(await h.relationship(relationshipId)).toMatchObject({ phase: "consent" });
    expect((await h.relationship(relationshipId))?.pausedUntil).toBeUndefined();
    // The mentor's recorded answer stands; the forms of the round are the same ones.
    expect((await h.mailTo(mentor.email)).filter((m) => CONSENT.test(m.subject))).toHaveLength(1);
    expect((await h.mailTo(mentee.email)).filter((m) => CONSENT.test(m.subject))).toHaveLength(1);
  });

  it("rematch: the next candidate is asked by the next execution", async () => {
    const { relationshipId, alternatives, escalationId } = await bouncedInConsent();
    const [next] = alternatives;
    if (!next) throw new Error("seed");
    const decided = await decideEscalation(
      h.deps,
      escalationId,
      { decision: "rematch" },
      "coordinator",
    );
    expect(decided.resumed).toBe(true);
    await h.waitForMail(next.email, CONSENT);
    await h.waitForState(relationshipId, STATES.waitConsent);
    expect(await h.relationship(relationshipId)).toMatchObject({
      mentorId: next.id,
      execution: 2,
    });
    expect(executions(relationshipId).map((e) => e.status)).toEqual(["ABORTED", "RUNNING"]);
  });
});

describe("continue after no plan in time", () => {
  it("asks for the plan again without a second welcome: one escalation and one e-mail per round", async () => {
    const seeded = await h.seed();
    const { relationshipId, mentor, mentees } = seeded;
    const [mentee] = mentees;
    if (!mentee) throw new Error("seed");
    for (const person of [mentee.email, mentor.email])
      await h.answer(await h.waitForMail(person, CONSENT), ACCEPT);
    await h.waitForState(relationshipId, STATES.waitPlan);
    const welcomes = async () =>
      (await h.mailTo(mentee.email)).filter((m) => /Welcome|Laipni/i.test(m.subject)).length;
    expect(await welcomes()).toBe(1);
    const subject = `Nepieciešams jūsu lēmums: ${ESCALATION_REASONS.no_plan.label.lv}`;
    const escalationMails = async () =>
      (await h.mailTo(h.coordinatorEmail)).filter((m) => m.subject === subject).length;
    const mailsBefore = await escalationMails();

    for (const round of [1, 2]) {
      // A reminder after 7 days, the escalation 7 days after it.
      h.advanceDays(7);
      await h.waitForState(relationshipId, STATES.nudgePlan);
      h.advanceDays(7);
      const open = await h.until(`the no-plan escalation of round ${round}`, async () => {
        const current = await h.relationship(relationshipId);
        return current?.openEscalationId && h.state(relationshipId) === STATES.escalate
          ? current.openEscalationId
          : undefined;
      });
      await h.until("one e-mail for the round", async () => {
        return (await escalationMails()) === mailsBefore + round;
      });
      // The evidence says who was asked for the plan, since when, and that a reminder went.
      const evidence = (await h.deps.workflowStore.getEscalation(open))?.escalation.evidence;
      expect(evidence?.map((item) => item.detail)).toEqual([
        { participantId: mentor.id, sentAt: expect.any(String), reminded: true },
      ]);
      await decideEscalation(h.deps, open, { decision: "continue" }, "coordinator");
      await h.until(
        "the plan asked again",
        async () =>
          h.state(relationshipId) === STATES.waitPlan &&
          (await h.relationship(relationshipId))?.planRound === round + 1,
      );
    }
    expect(await welcomes()).toBe(1);
    expect(await escalationMails()).toBe(mailsBefore + 2);
    const escalations = (await h.deps.workflowStore.listEscalations()).filter(
      (e) => e.relationshipId === relationshipId,
    );
    expect(escalations.map((e) => [e.reason, e.status])).toEqual([
      ["no_plan", "decided"],
      ["no_plan", "decided"],
    ]);
    const opened = (await h.deps.workflowStore.listEvents(relationshipId)).filter(
      (e) => e.type === "escalation_opened",
    );
    expect(opened).toHaveLength(2);
    // The mentor is asked for the plan once per round: the first and two more.
    expect((await h.mailTo(mentor.email)).filter((m) => PLAN_ASKED.test(m.subject))).toHaveLength(
      3,
    );
  });
});
