import type { Store, StoredRun } from "../ports/store.js";
import type { MatchingRunSummary } from "../schemas/matching-run-summary.js";

/** A stored run in a few figures: its proposals by status and the pool it placed. */
export function summariseRun({ run, proposals, unplaced }: StoredRun): MatchingRunSummary {
  const approved = proposals.filter((proposal) => proposal.status === "approved").length;
  return {
    runId: run.runId,
    createdAt: run.createdAt,
    createdBy: run.createdBy,
    ...(run.cohortId ? { cohortId: run.cohortId } : {}),
    proposals: proposals.length,
    approved,
    pending: proposals.length - approved,
    placed: run.quality.placed,
    unplaced: unplaced.length,
    menteesInPool: run.quality.menteesInPool,
  };
}

/** Every matching run kept, newest first, each as its summary. */
export async function listMatchingRuns(deps: { store: Store }): Promise<MatchingRunSummary[]> {
  return (await deps.store.listMatchingRuns()).map(summariseRun);
}
