import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { graphOfDefinition, pathOf, type WorkflowGraphView } from "../workflow/workflow-graph.js";
import { cohortOf } from "./workflow/cohort-people.js";
import { cohortExecutionName } from "./workflow/restart-cohort-workflow.js";

/**
 * The cohort's workflow graph, as the relationship's (show-workflow-graph.ts): the cohort
 * state machine with the states its execution now running visited. Unknown cohort: 404.
 */
export async function showCohortWorkflowGraph(
  deps: WorkflowDeps,
  cohortId: string,
): Promise<WorkflowGraphView> {
  const cohort = await cohortOf(deps, cohortId);
  const [definition, history] = await Promise.all([
    deps.cohortWorkflow.definition(),
    deps.cohortWorkflow.history(cohortExecutionName(cohort)),
  ]);
  const graph = graphOfDefinition(definition);
  return { ...graph, ...pathOf(graph, history) };
}
