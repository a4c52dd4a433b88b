import type { ExecutionHistory, ExecutionStatus } from "../../ports/workflow.js";

/**
 * A workflow (a relationship's or a cohort's) as a graph for the console, computed from the state machine's
 * definition (ASL) and the execution's history. Pure: no I/O.
 *
 * A Map's item states are inlined: they are nodes of their own with `parent` naming the
 * Map, so the console can show where inside a Map an execution waits (e.g. the consent
 * wait inside "1.1 Consent: ask every participant"). No edge joins a Map to its items (the
 * Map's `Next` is where it goes when every item is done); an item state that ends its
 * iteration (`End`, Succeed, Fail) has no outgoing edge.
 */

export type StateType =
  | "Task"
  | "Choice"
  | "Wait"
  | "Map"
  | "Succeed"
  | "Fail"
  | "Pass"
  | "Parallel";
export type EdgeKind = "next" | "choice" | "default" | "catch";

export interface GraphNode {
  /** The state's name in the definition. */
  id: string;
  /**
   * From the state's number ("1.2 Consent: …" is stage 1): digits for the stages in order,
   * a capital letter for a side path (the relationship's "E" escalation, the cohort's "C").
   */
  stage: string;
  type: StateType;
  /** The name without its number: "Consent: wait for the answer". */
  label: string;
  /** The Map whose items this state runs in; absent at the top level. */
  parent?: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

export interface WorkflowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface WorkflowGraphView extends WorkflowGraph {
  /** States in the order they were entered; a state entered again right after itself once. */
  visited: string[];
  /** Where the execution is (or, once stopped, where it ended); null without an execution. */
  current: string | null;
  /** The execution's status; null when the relationship has no execution. */
  status: ExecutionStatus | null;
}

type Json = Record<string, unknown>;
const STATE_TYPES: readonly StateType[] = [
  "Task",
  "Choice",
  "Wait",
  "Map",
  "Succeed",
  "Fail",
  "Pass",
  "Parallel",
];

const asRecord = (value: unknown): Json =>
  value !== null && typeof value === "object" ? (value as Json) : {};

/** "3.10 Cycle: wait …" -> ["3", [3, 10]]; names without a number sort last. */
function numberOf(name: string): { stage: string | undefined; order: number[] } {
  const match = /^([0-9]+|[A-Z])\.([0-9]+)\s/.exec(name);
  if (!match) return { stage: undefined, order: [Number.POSITIVE_INFINITY] };
  const stage = match[1] ?? "";
  const letter = /^[A-Z]$/.test(stage) ? stage.charCodeAt(0) : undefined;
  return { stage, order: [letter === undefined ? Number(stage) : 1000 + letter, Number(match[2])] };
}

/** Orders states by their number ("3.9" before "3.10"), then by name. */
export function compareStates(a: string, b: string): number {
  const x = numberOf(a).order;
  const y = numberOf(b).order;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

/** Nodes (Map items inlined) and every Next, Choice, Default and Catch transition. */
export function graphOfDefinition(definition: Record<string, unknown>): WorkflowGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const walk = (machine: Json, parent: GraphNode | undefined) => {
    for (const [name, raw] of Object.entries(asRecord(machine.States))) {
      const state = asRecord(raw);
      const type = STATE_TYPES.find((known) => known === state.Type);
      if (!type) throw new Error(`state ${name} has an unknown type ${String(state.Type)}`);
      const numbered = numberOf(name);
      const stage = numbered.stage ?? parent?.stage ?? "0";
      const label = numbered.stage ? name.slice(name.indexOf(" ") + 1) : name;
      const node: GraphNode = {
        id: name,
        stage,
        type,
        label,
        ...(parent ? { parent: parent.id } : {}),
      };
      nodes.push(node);
      if (typeof state.Next === "string") edges.push({ from: name, to: state.Next, kind: "next" });
      for (const choice of Array.isArray(state.Choices) ? state.Choices : []) {
        const next = asRecord(choice).Next;
        if (typeof next === "string") edges.push({ from: name, to: next, kind: "choice" });
      }
      if (typeof state.Default === "string")
        edges.push({ from: name, to: state.Default, kind: "default" });
      for (const handler of Array.isArray(state.Catch) ? state.Catch : []) {
        const next = asRecord(handler).Next;
        if (typeof next === "string") edges.push({ from: name, to: next, kind: "catch" });
      }
      const items = state.ItemProcessor ?? state.Iterator;
      if (items) walk(asRecord(items), node);
      for (const branch of Array.isArray(state.Branches) ? state.Branches : [])
        walk(asRecord(branch), node);
    }
  };
  walk(definition, undefined);
  nodes.sort((a, b) => compareStates(a.id, b.id));
  // Two choices to the same state are one edge of the drawing.
  const seen = new Set<string>();
  const unique = edges.filter((edge) => {
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { nodes, edges: unique };
}

/** The graph's stages in their order: "0", "1", … then the lettered side paths. */
export function stagesOf(graph: WorkflowGraph): string[] {
  const stages = [...new Set(graph.nodes.map((node) => node.stage))];
  return stages.sort((a, b) => compareStates(`${a}.0 `, `${b}.0 `));
}

/**
 * The visited path and the current state from an execution's history. `current` is the
 * most recently entered state not yet left (inside a Map: the item state someone still
 * waits in, not the Map itself); once the execution stopped, the last state it entered.
 */
export function pathOf(
  graph: WorkflowGraph,
  history: ExecutionHistory | undefined,
): Pick<WorkflowGraphView, "visited" | "current" | "status"> {
  if (!history) return { visited: [], current: null, status: null };
  const known = new Set(graph.nodes.map((node) => node.id));
  const visited: string[] = [];
  const open = new Map<string, number>();
  const lastEntered = new Map<string, number>();
  history.events.forEach((event, index) => {
    if (!known.has(event.state)) return;
    if (event.type === "entered") {
      if (visited.at(-1) !== event.state) visited.push(event.state);
      open.set(event.state, (open.get(event.state) ?? 0) + 1);
      lastEntered.set(event.state, index);
    } else {
      open.set(event.state, Math.max(0, (open.get(event.state) ?? 0) - 1));
    }
  });
  let current: string | null = visited.at(-1) ?? null;
  if (history.status === "RUNNING") {
    let latest = -1;
    for (const [state, count] of open) {
      const at = lastEntered.get(state) ?? -1;
      if (count > 0 && at > latest) {
        latest = at;
        current = state;
      }
    }
  }
  return { visited, current, status: history.status };
}
