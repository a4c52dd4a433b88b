import { executionName } from "./restart-workflow.js";
import { relationshipOf, type WorkflowDeps } from "./workflow-deps.js";
import { graphOfDefinition, pathOf, type WorkflowGraphView } from "./workflow-graph.js";

/**
 * The relationship's workflow graph: the state machine's states and transitions, the
 * states its execution visited and where it is now. An unknown relationship is a 404; one
 * whose execution never started gets the graph with nothing visited.
 */
export async function showWorkflowGraph(
  deps: WorkflowDeps,
  relationshipId: string,
): Promise<WorkflowGraphView> {
  const relationship = await relationshipOf(deps, relationshipId);
  // The execution running now (a coordinator's decision may have restarted it).
  const [definition, history] = await Promise.all([
    deps.workflow.definition(),
    deps.workflow.history(executionName(relationship)),
  ]);
  const graph = graphOfDefinition(definition);
  return { ...graph, ...pathOf(graph, history) };
}
