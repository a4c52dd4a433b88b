import { describe, expect, inject, it } from "vitest";
import type { WorkflowGraphView } from "../../shared/domain/workflow/workflow-graph.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { programmeClient } from "./programme-client.js";

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const CONSENT = /please confirm|apstipriniet/;
const ACCEPT = { decision: "accept" };
const graphOf = (relationshipId: string) =>
  client.console<WorkflowGraphView>(`/api/console/relationships/${relationshipId}/graph`);

/**
 * The workflow graph over HTTP: the local server answers DescribeStateMachine and
 * GetExecutionHistory from the local runtime, and the route reads them through the same
 * Step Functions adapter as on AWS.
 */
describe("GET /api/console/relationships/{id}/graph", () => {
  it("shows an approved relationship waiting for consent, then moving to planning", async () => {
    const { relationshipId, mentee, mentor } = await client.startRelationship("E2E grafs");
    const waiting = await client.waitFor("the consent wait", async () => {
      const { status, body } = await graphOf(relationshipId);
      expect(status).toBe(200);
      return body.current === STATES.waitConsent ? body : undefined;
    });
    expect(waiting.status).toBe("RUNNING");
    expect(waiting.visited.slice(0, 4)).toEqual([
      STATES.load,
      STATES.route,
      STATES.askConsent,
      STATES.waitConsent,
    ]);
    // The whole machine is drawn, every edge between drawn states.
    const ids = new Set(waiting.nodes.map((node) => node.id));
    for (const name of Object.values(STATES)) expect(ids.has(name)).toBe(true);
    for (const edge of waiting.edges) {
      expect(ids.has(edge.from)).toBe(true);
      expect(ids.has(edge.to)).toBe(true);
    }
    expect(waiting.nodes.find((node) => node.id === STATES.waitConsent)).toMatchObject({
      stage: "1",
      type: "Task",
      parent: STATES.askConsent,
    });

    // The mentee accepts: the mentor still waits, so that is still where the execution is.
    expect((await client.answer(mentee.email, CONSENT, ACCEPT)).status).toBe(200);
    const half = await client.waitFor("the mentee's answer in the path", async () => {
      const { body } = await graphOf(relationshipId);
      return body.visited.includes(STATES.accepted) ? body : undefined;
    });
    expect(half.current).toBe(STATES.waitConsent);

    // The mentor accepts too: the Map is done and the execution waits for the plan.
    expect((await client.answer(mentor.email, CONSENT, ACCEPT)).status).toBe(200);
    const planning = await client.waitFor("the plan wait", async () => {
      const { body } = await graphOf(relationshipId);
      return body.current === STATES.waitPlan ? body : undefined;
    });
    expect(planning.visited.slice(-2)).toEqual([STATES.welcome, STATES.waitPlan]);
    expect(planning.status).toBe("RUNNING");
  });

  it("answers 404 for an unknown relationship and 401 without a token", async () => {
    const unknown = await graphOf("rel_does_not_exist");
    expect(unknown.status).toBe(404);
    const anonymous = await fetch(`${client.base}/api/console/relationships/rel_x/graph`);
    expect(anonymous.status).toBe(401);
  });
});
