import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../shared/domain/errors.js";
import { showWorkflowGraph } from "../../shared/domain/workflow/show-workflow-graph.js";
import type { WorkflowDeps } from "../../shared/domain/workflow/workflow-deps.js";
import {
  compareStates,
  graphOfDefinition,
  pathOf,
} from "../../shared/domain/workflow/workflow-graph.js";

/** A small machine with every kind of transition and a Map (the real one: test/infra). */
const DEFINITION = {
  StartAt: "0.1 Resume: read",
  States: {
    "0.1 Resume: read": { Type: "Task", Resource: "arn:fn", Next: "0.2 Resume: where?" },
    "0.2 Resume: where?": {
      Type: "Choice",
      Choices: [
        { Variable: "$.phase", StringEquals: "consent", Next: "1.1 Consent: ask" },
        { Variable: "$.phase", StringEquals: "again", Next: "1.1 Consent: ask" },
      ],
      Default: "E.1 Escalation: wait",
    },
    "1.1 Consent: ask": {
      Type: "Map",
      ItemProcessor: {
        StartAt: "1.2 Consent: wait",
        States: {
          "1.2 Consent: wait": {
            Type: "Task",
            Resource: "arn:fn",
            End: true,
            Catch: [{ ErrorEquals: ["States.Timeout"], Next: "1.3 Consent: missing" }],
          },
          "1.3 Consent: missing": { Type: "Fail" },
        },
      },
      Next: "3.10 Cycle: late",
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "E.1 Escalation: wait" }],
    },
    "3.10 Cycle: late": { Type: "Wait", Seconds: 5, Next: "3.9 Cycle: early" },
    "3.9 Cycle: early": { Type: "Pass", Next: "4.6 Closed" },
    "E.1 Escalation: wait": { Type: "Task", Resource: "arn:fn", Next: "0.1 Resume: read" },
    "4.6 Closed": { Type: "Succeed" },
  },
};

const graph = graphOfDefinition(DEFINITION);
const entered = (state: string) => ({ type: "entered" as const, state });
const exited = (state: string) => ({ type: "exited" as const, state });
const passed = (state: string) => [entered(state), exited(state)];
/** The path of a running execution through these events. */
const running = (...events: ReturnType<typeof entered | typeof exited>[]) =>
  pathOf(graph, { status: "RUNNING", events });

describe("graphOfDefinition", () => {
  it("makes a node of every state, Map items inlined with their Map as parent, by number", () => {
    expect(graph.nodes).toEqual([
      { id: "0.1 Resume: read", stage: "0", type: "Task", label: "Resume: read" },
      { id: "0.2 Resume: where?", stage: "0", type: "Choice", label: "Resume: where?" },
      { id: "1.1 Consent: ask", stage: "1", type: "Map", label: "Consent: ask" },
      {
        id: "1.2 Consent: wait",
        stage: "1",
        type: "Task",
        label: "Consent: wait",
        parent: "1.1 Consent: ask",
      },
      {
        id: "1.3 Consent: missing",
        stage: "1",
        type: "Fail",
        label: "Consent: missing",
        parent: "1.1 Consent: ask",
      },
      { id: "3.9 Cycle: early", stage: "3", type: "Pass", label: "Cycle: early" },
      { id: "3.10 Cycle: late", stage: "3", type: "Wait", label: "Cycle: late" },
      { id: "4.6 Closed", stage: "4", type: "Succeed", label: "Closed" },
      { id: "E.1 Escalation: wait", stage: "E", type: "Task", label: "Escalation: wait" },
    ]);
  });

  it("makes an edge of every Next, Choice, Default and Catch; two choices to one state are one", () => {
    expect(graph.edges).toEqual([
      { from: "0.1 Resume: read", to: "0.2 Resume: where?", kind: "next" },
      { from: "0.2 Resume: where?", to: "1.1 Consent: ask", kind: "choice" },
      { from: "0.2 Resume: where?", to: "E.1 Escalation: wait", kind: "default" },
      { from: "1.1 Consent: ask", to: "3.10 Cycle: late", kind: "next" },
      { from: "1.1 Consent: ask", to: "E.1 Escalation: wait", kind: "catch" },
      { from: "1.2 Consent: wait", to: "1.3 Consent: missing", kind: "catch" },
      { from: "3.10 Cycle: late", to: "3.9 Cycle: early", kind: "next" },
      { from: "3.9 Cycle: early", to: "4.6 Closed", kind: "next" },
      { from: "E.1 Escalation: wait", to: "0.1 Resume: read", kind: "next" },
    ]);
  });

  it("refuses a state of an unknown type", () => {
    expect(() => graphOfDefinition({ States: { X: { Type: "Teleport" } } })).toThrow(/Teleport/);
  });

  it("orders states by their number", () => {
    expect(["3.10 a", "E.1 b", "3.9 c", "0.2 d", "x"].sort(compareStates)).toEqual([
      "0.2 d",
      "3.9 c",
      "3.10 a",
      "E.1 b",
      "x",
    ]);
  });
});

describe("pathOf", () => {
  it("has nothing visited and no current state without an execution", () => {
    expect(pathOf(graph, undefined)).toEqual({ visited: [], current: null, status: null });
  });

  it("lists states in the order entered, a state entered again at once only once", () => {
    const path = running(
      ...passed("0.1 Resume: read"),
      ...passed("0.2 Resume: where?"),
      entered("1.1 Consent: ask"),
      entered("1.2 Consent: wait"),
      entered("1.2 Consent: wait"),
      entered("Unknown state"),
    );
    expect(path.visited).toEqual([
      "0.1 Resume: read",
      "0.2 Resume: where?",
      "1.1 Consent: ask",
      "1.2 Consent: wait",
    ]);
    expect(path.current).toBe("1.2 Consent: wait");
    expect(path.status).toBe("RUNNING");
  });

  it("keeps a loop's second pass in the path", () => {
    const path = running(
      ...passed("0.1 Resume: read"),
      ...passed("E.1 Escalation: wait"),
      entered("0.1 Resume: read"),
    );
    expect(path.visited).toEqual(["0.1 Resume: read", "E.1 Escalation: wait", "0.1 Resume: read"]);
    expect(path.current).toBe("0.1 Resume: read");
  });

  it("while running, is where someone still waits, not the last state another item left", () => {
    const path = running(
      entered("1.1 Consent: ask"),
      // One item still waits; the other has left.
      entered("1.2 Consent: wait"),
      entered("1.2 Consent: wait"),
      exited("1.2 Consent: wait"),
    );
    expect(path.current).toBe("1.2 Consent: wait");
  });

  it("once stopped, is the state the execution ended in", () => {
    const path = pathOf(graph, {
      status: "SUCCEEDED",
      events: [entered("3.9 Cycle: early"), exited("3.9 Cycle: early"), entered("4.6 Closed")],
    });
    expect(path).toEqual({
      visited: ["3.9 Cycle: early", "4.6 Closed"],
      current: "4.6 Closed",
      status: "SUCCEEDED",
    });
  });
});

describe("showWorkflowGraph", () => {
  const depsWith = (known: boolean, history: "none" | "running") =>
    ({
      workflowStore: {
        getRelationship: async (id: string) => (known ? { relationshipId: id } : undefined),
      },
      workflow: {
        definition: async () => DEFINITION,
        history: async () =>
          history === "none"
            ? undefined
            : { status: "RUNNING", events: [entered("0.1 Resume: read")] },
      },
    }) as unknown as WorkflowDeps;

  it("refuses an unknown relationship (404)", async () => {
    await expect(showWorkflowGraph(depsWith(false, "running"), "rel_x")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("draws the graph with nothing visited when the execution never started", async () => {
    const view = await showWorkflowGraph(depsWith(true, "none"), "rel_x");
    expect(view.nodes).toEqual(graph.nodes);
    expect(view.edges).toEqual(graph.edges);
    expect(view).toMatchObject({ visited: [], current: null, status: null });
  });

  it("adds the path of a running execution", async () => {
    const view = await showWorkflowGraph(depsWith(true, "running"), "rel_x");
    expect(view).toMatchObject({
      visited: ["0.1 Resume: read"],
      current: "0.1 Resume: read",
      status: "RUNNING",
    });
  });
});
