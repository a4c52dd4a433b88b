import { beforeAll, describe, expect, it } from "vitest";
import {
  graphOfDefinition,
  pathOf,
  type WorkflowGraph,
} from "../../shared/domain/workflow/workflow-graph.js";
import { LATVIAN_STATE_NAME, STATES } from "../../workflows/relationship/relationship-states.js";
import { allStates, type Machine, synthesize } from "./synthesize.js";

type Resource = { Type: string; Properties: Record<string, unknown> };

let resources: Record<string, Resource>;
let definition: Machine;
let graph: WorkflowGraph;

beforeAll(() => {
  // With the cdk-nag checks: synth() throws on an unacknowledged finding of the new grant.
  const synthesized = synthesize("cdk-graph-", true);
  resources = synthesized.template.toJSON().Resources as Record<string, Resource>;
  definition = synthesized.definition;
  graph = graphOfDefinition(definition);
});

describe("the workflow graph of the synthesized state machine", () => {
  it("has every state as one node, with its type, stage and label", () => {
    const states = allStates(definition);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(states.map(([name]) => name).sort());
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    for (const [name, state] of states) {
      const node = graph.nodes.find((n) => n.id === name);
      expect(node?.type).toBe(state.Type);
      expect(name.startsWith(`${node?.stage}.`)).toBe(true);
      expect(name.endsWith(` ${node?.label}`)).toBe(true);
    }
    // Every business-named state constant is drawn.
    for (const name of Object.values(STATES))
      expect(graph.nodes.some((n) => n.id === name)).toBe(true);
    expect(new Set(graph.nodes.map((n) => n.stage))).toEqual(
      new Set(["0", "1", "2", "3", "4", "E"]),
    );
  });

  it("has a Latvian name for every state, and starts every learning cycle in stage 3", () => {
    const missing = graph.nodes.filter((n) => !LATVIAN_STATE_NAME.get(n.id)).map((n) => n.id);
    expect(missing).toEqual([]);
    expect(graph.nodes.find((n) => n.id === STATES.invites)?.stage).toBe("3");
    // The route's "learning" branch (a new plan, a decision, a restart) leads there.
    const learning = graph.edges.filter((e) => e.to === STATES.invites).map((e) => e.from);
    expect(learning).toContain(STATES.route);
  });

  it("has every Next, Choice, Default and Catch as an edge, and no other", () => {
    const expected: string[] = [];
    for (const [name, state] of allStates(definition)) {
      if (typeof state.Next === "string") expected.push(`${name} -next-> ${state.Next}`);
      for (const choice of (state.Choices as { Next: string }[] | undefined) ?? [])
        expected.push(`${name} -choice-> ${choice.Next}`);
      if (typeof state.Default === "string") expected.push(`${name} -default-> ${state.Default}`);
      for (const handler of (state.Catch as { Next: string }[] | undefined) ?? [])
        expected.push(`${name} -catch-> ${handler.Next}`);
    }
    const drawn = graph.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`);
    expect(drawn.sort()).toEqual([...new Set(expected)].sort());
    expect(drawn.length).toBeGreaterThan(40);
  });

  it("has no dangling edge: both ends of every edge are nodes", () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    const dangling = graph.edges.filter((e) => !ids.has(e.from) || !ids.has(e.to));
    expect(dangling).toEqual([]);
  });

  it("inlines the consent Map's item states under the Map", () => {
    expect(graph.nodes.find((n) => n.id === STATES.askConsent)?.type).toBe("Map");
    const wait = graph.nodes.find((n) => n.id === STATES.waitConsent);
    expect(wait).toMatchObject({ stage: "1", type: "Task", parent: STATES.askConsent });
    expect(graph.nodes.find((n) => n.id === STATES.load)?.parent).toBeUndefined();
    // Map items link only among themselves; nothing outside the Map leads into them.
    const items = new Set(graph.nodes.filter((n) => n.parent).map((n) => n.id));
    const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
    for (const edge of graph.edges)
      if (items.has(edge.to)) expect(parentOf.get(edge.from)).toBe(parentOf.get(edge.to));
  });

  it("follows an execution waiting for consent in the Map", () => {
    const entered = (state: string) => ({ type: "entered" as const, state });
    const exited = (state: string) => ({ type: "exited" as const, state });
    const path = pathOf(graph, {
      status: "RUNNING",
      events: [
        entered(STATES.load),
        exited(STATES.load),
        entered(STATES.route),
        exited(STATES.route),
        entered(STATES.askConsent),
        entered(STATES.waitConsent),
        entered(STATES.waitConsent),
        exited(STATES.waitConsent),
        entered(STATES.consentGiven),
        exited(STATES.consentGiven),
        entered(STATES.accepted),
        exited(STATES.accepted),
      ],
    });
    expect(path.visited).toEqual([
      STATES.load,
      STATES.route,
      STATES.askConsent,
      STATES.waitConsent,
      STATES.consentGiven,
      STATES.accepted,
    ]);
    // One participant accepted; the other still waits: that is where the execution is.
    expect(path.current).toBe(STATES.waitConsent);
  });
});

describe("the graph route's permissions", () => {
  const policiesOfRoute = (routeId: string) => {
    const fn = Object.entries(resources).find(
      ([id, r]) => r.Type === "AWS::Lambda::Function" && id.startsWith(`Api${routeId}`),
    )?.[1];
    if (!fn) throw new Error(`no function for ${routeId}`);
    const role = (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
    return Object.values(resources)
      .filter(
        (r) =>
          r.Type === "AWS::IAM::Policy" &&
          (r.Properties.Roles as { Ref: string }[]).some((ref) => ref.Ref === role),
      )
      .flatMap(
        (r) => (r.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
      );
  };
  const statesStatements = (routeId: string) =>
    policiesOfRoute(routeId).filter((s) => JSON.stringify(s.Action).includes("states:"));

  it("reads the machine's definition and its executions' history, and nothing else of it", () => {
    // The two workflows: the relationships' and the cohorts'.
    const machines = Object.entries(resources)
      .filter(([, r]) => r.Type === "AWS::StepFunctions::StateMachine")
      .map(([id]) => ({ Ref: id }));
    expect(machines).toHaveLength(2);
    const statements = statesStatements("ShowWorkflowGraph");
    expect(statements).toHaveLength(2);
    const describe = statements.find((s) => s.Action === "states:DescribeStateMachine");
    expect(describe?.Effect).toBe("Allow");
    expect(describe?.Resource).toEqual(expect.arrayContaining(machines));
    const history = statements.find((s) => s.Action === "states:GetExecutionHistory");
    expect(history?.Effect).toBe("Allow");
    expect(JSON.stringify(history?.Resource)).toMatch(/:execution:[^"]*-relationship:\*"/);
    expect(JSON.stringify(history?.Resource)).toMatch(/:execution:[^"]*-cohort:\*"/);
  });

  it("is not given to the other console routes", () => {
    for (const routeId of ["ShowRelationship", "ListRelationships", "DecideEscalation"]) {
      const actions = JSON.stringify(statesStatements(routeId).map((s) => s.Action));
      expect(actions).not.toContain("GetExecutionHistory");
      expect(actions).not.toContain("DescribeStateMachine");
    }
  });
});
