import { describe, expect, it } from "vitest";
import { ConflictError } from "../../shared/domain/errors.js";
import {
  actionsFor,
  actOnRelationship,
  type RelationshipAction,
} from "../../shared/domain/workflow/act-on-relationship.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { DECLINE, seedToLearning, useHarness } from "./harness.js";

const h = useHarness();

const DAY = 24 * 60 * 60 * 1000;
const CONSENT = /match|pāris/i;
const PLAN_ASKED = /aizpildiet sadarbības plānu|fill in the mentoring plan/;
const CANCELLED = /Atcelta|Cancelled/;

const act = (relationshipId: string, action: RelationshipAction) =>
  actOnRelationship(h.deps, relationshipId, action, "ilze");

const stored = async (relationshipId: string) => {
  const relationship = await h.relationship(relationshipId);
  if (!relationship) throw new Error(`no relationship ${relationshipId}`);
  return relationship;
};

const executions = (relationshipId: string) =>
  h.runtime
    .list()
    .filter((e) => e.name === relationshipId || e.name.startsWith(`${relationshipId}-`))
    .map((e) => e.status);

describe("a coordinator acts on a relationship from its page", () => {
  it("close early: the waiting execution is replaced, the sessions leave the calendars, the timeline keeps why", async () => {
    const { relationshipId, mentor, sessions } = await seedToLearning(h, 3);
    expect(actionsFor(await stored(relationshipId))).toEqual(["close", "pause", "replan"]);
    const done = await act(relationshipId, { action: "close", note: "Mentors maina darbu." });
    expect(done).toMatchObject({ action: "close", restarted: true });
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    expect(executions(relationshipId)).toEqual(["ABORTED", "SUCCEEDED"]);
    expect(await h.relationship(relationshipId)).toMatchObject({
      phase: "closed",
      closeReason: "closed_by_coordinator",
    });
    // Every session still ahead is cancelled in the mentor's calendar.
    const cancels = (await h.mailTo(mentor.email)).filter((m) => CANCELLED.test(m.subject));
    expect(cancels.length).toBeGreaterThanOrEqual(1);
    expect(sessions).toHaveLength(3);
    const action = (await h.deps.workflowStore.listEvents(relationshipId)).find(
      (e) => e.type === "coordinator_action",
    );
    expect(action).toMatchObject({
      actor: "coordinator:ilze",
      detail: { action: "close", note: "Mentors maina darbu." },
    });
    // A closed relationship takes no more actions.
    await expect(act(relationshipId, { action: "replan" })).rejects.toThrow(ConflictError);
  });

  it("pause until a date: nothing happens until then, resume ends it early and the cycle goes on", async () => {
    const { relationshipId } = await seedToLearning(h, 3);
    const until = new Date(h.clock.now().getTime() + 30 * DAY).toISOString();
    await expect(
      act(relationshipId, { action: "pause", until: h.clock.now().toISOString() }),
    ).rejects.toMatchObject({ code: "pause_in_past" });
    await act(relationshipId, { action: "pause", until, note: "Atvaļinājums" });
    await h.waitForState(relationshipId, STATES.pause);
    expect(await h.relationship(relationshipId)).toMatchObject({
      health: "paused",
      pausedUntil: until,
    });
    expect(actionsFor(await stored(relationshipId))).toEqual(["close", "resume"]);

    await act(relationshipId, { action: "resume" });
    await h.waitForState(relationshipId, STATES.waitReminder);
    const resumed = await h.relationship(relationshipId);
    expect(resumed?.pausedUntil).toBeUndefined();
    expect(resumed).toMatchObject({ phase: "learning", health: "on_track", execution: 3 });
    expect(executions(relationshipId)).toEqual(["ABORTED", "ABORTED", "RUNNING"]);
  });

  it("ask for a new plan: the mentor gets a new plan form, and the timeline says who asked", async () => {
    const { relationshipId, mentor } = await seedToLearning(h, 3);
    const asked = async () =>
      (await h.mailTo(mentor.email)).filter((m) => PLAN_ASKED.test(m.subject)).length;
    expect(await asked()).toBe(1);
    await act(relationshipId, { action: "replan", note: "Mērķi jāprecizē." });
    await h.waitForState(relationshipId, STATES.waitPlan);
    await h.until("a second plan form", async () => (await asked()) === 2);
    expect(await h.relationship(relationshipId)).toMatchObject({ phase: "planning", planRound: 2 });
  });

  it("refuses what does not fit: a plan before consent, any action while an escalation is open", async () => {
    const seeded = await h.seed();
    await h.waitForMail(seeded.mentor.email, CONSENT);
    await expect(act(seeded.relationshipId, { action: "replan" })).rejects.toMatchObject({
      code: "replan_not_possible",
    });
    const stored = await h.relationship(seeded.relationshipId);
    expect(stored).toMatchObject({ phase: "consent", planRound: 1 });

    // The mentor declines and nobody else fits: the escalation waits for the coordinator.
    await h.answer(await h.waitForMail(seeded.mentor.email, CONSENT), DECLINE);
    await h.openEscalation(seeded.relationshipId);
    await expect(
      act(seeded.relationshipId, { action: "close", note: "Nav atbildes." }),
    ).rejects.toMatchObject({ code: "escalation_open" });
    expect((await h.relationship(seeded.relationshipId))?.phase).toBe("consent");
  });
});
