import { describe, expect, it } from "vitest";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { ACCEPT, PLAN, rigaLocal, useHarness } from "./harness.js";

const h = useHarness();

/** Issue 12, item 3: the plan as the people fill it in and receive it. */
describe("the plan", () => {
  it("is reminded at day 7, refuses a first session in the past, and reaches every participant", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    const [mentee] = mentees;
    if (!mentee) throw new Error("seed");
    for (const person of [mentor.email, mentee.email])
      await h.answer(await h.waitForMail(person, /match|pāris/i), ACCEPT);
    await h.waitForState(relationshipId, STATES.waitPlan);
    const ask = await h.waitForMail(
      mentor.email,
      /Lūdzu, aizpildiet sadarbības plānu|fill in the mentoring plan/,
    );
    expect(ask.text).toMatch(/Pirmajā tikšanās reizē vai pēc tās|At or after the first meeting/);

    // A week without a plan: one reminder, and the workflow waits on (the escalation is at 14).
    h.advanceDays(7);
    const reminder = await h.waitForMail(
      mentor.email,
      /Atgādinājums: sadarbības plāns|Reminder: the mentoring plan/,
    );
    await h.waitForState(relationshipId, STATES.nudgePlan);
    expect((await h.relationship(relationshipId))?.openEscalationId).toBeUndefined();

    // A first session in the past, or a first meeting still ahead, is refused, naming the field.
    const past = await h.answer(reminder, PLAN(3, rigaLocal(h.clock.now(), -1)));
    expect(past.status).toBe("invalid");
    if (past.status === "invalid")
      expect(past.error.issues.map((i) => i.path.join("."))).toEqual(["firstSessionAt"]);
    const ahead = await h.answer(reminder, {
      ...PLAN(3, rigaLocal(h.clock.now(), 5)),
      firstMeetingAt: rigaLocal(h.clock.now(), 2),
    });
    expect(ahead.status).toBe("invalid");

    expect((await h.answer(reminder, PLAN(3, rigaLocal(h.clock.now(), 5)))).status).toBe(
      "recorded",
    );
    await h.waitForState(relationshipId, STATES.waitReminder);
    // Everyone gets the plan: the goal, its result and the dates in running text.
    for (const person of [mentor.email, mentee.email]) {
      const plan = await h.waitForMail(
        person,
        /kopīgie mērķi un tikšanās datumi|goals and dates you agreed/,
      );
      expect(plan.text).toContain("Ieviest datu paneli");
      expect(plan.text).toContain("Panelis darbojas ministrijā");
      expect(plan.text).toMatch(
        /\d+\. [a-zāčēģīķļņšūž]+ī plkst\. \d+\.\d\d|\d+ [A-Z][a-z]+ \d{4} at \d\d:\d\d/,
      );
    }
    const saved = (await h.deps.workflowStore.listEvents(relationshipId)).find(
      (e) => e.type === "plan_saved",
    );
    expect(saved?.detail.firstMeetingAt).toBe("2027-01-02T08:00:00.000Z");
  });
});
