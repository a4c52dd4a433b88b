import type { Cohort } from "../../../schemas/cohort.js";
import { timetableIssues } from "../../../schemas/cohort.js";
import type { CohortDecisionInput, CohortEscalation } from "../../../schemas/cohort-escalation.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";
import { COHORT_ESCALATION_REASONS } from "./cohort-escalation-reasons.js";
import { changeCohort, cohortOf, recordCohort } from "./cohort-people.js";
import { restartCohortWorkflow } from "./restart-cohort-workflow.js";

/**
 * POST /api/console/cohorts/{cohortId}/decision: the coordinator answers the cohort
 * workflow's question. An extension moves its stage's date (still ahead, the timetable in
 * order); a cancellation marks the round cancelled. The waiting task resumes with the
 * decision; if no task waits any more (its execution was replaced), the workflow restarts
 * and finds the decision stored.
 */
export async function decideCohortEscalation(
  deps: WorkflowDeps,
  cohortId: string,
  input: CohortDecisionInput,
  coordinator: string,
): Promise<CohortEscalation> {
  const cohort = await cohortOf(deps, cohortId);
  const found = await deps.store.getCohortEscalation(cohortId, input.escalationId);
  if (!found) throw new NotFoundError(`no escalation ${input.escalationId} in cohort ${cohortId}`);
  const { escalation, taskToken } = found;
  if (escalation.status !== "open")
    throw new ConflictError("already_decided", "this question has already been answered");
  const info = COHORT_ESCALATION_REASONS[escalation.reason];
  if (!info.decisions.includes(input.decision))
    throw new ValidationError([
      { path: "decision", message: `not offered for ${escalation.reason}`, code: "not_offered" },
    ]);
  const now = deps.clock.now();
  let patch: Partial<Cohort> | undefined;
  if (input.decision === "extend") {
    if (!input.until)
      throw new ValidationError([
        { path: "until", message: "required to extend", code: "required" },
      ]);
    const until = new Date(input.until).toISOString();
    if (Date.parse(until) <= now.getTime())
      throw new ValidationError([
        { path: "until", message: "must be in the future", code: "in_past" },
      ]);
    const before = info.extends.before(cohort);
    if (before && Date.parse(until) >= Date.parse(before))
      throw new ValidationError([
        { path: "until", message: `must be before ${before}`, code: "not_before_next_stage" },
      ]);
    patch = { [info.extends.field]: until };
    const issues = timetableIssues({ ...cohort, ...patch });
    if (issues.length > 0)
      throw new ValidationError(
        issues.map((i) => ({
          path: "until",
          message: i.reason.replaceAll("_", " "),
          code: i.reason,
        })),
      );
  }
  if (input.decision === "cancel") patch = { stage: "cancelled" };
  const decided: CohortEscalation = {
    ...escalation,
    status: "decided",
    decision: input.decision,
    ...(input.decision === "extend" && input.until
      ? { until: new Date(input.until).toISOString() }
      : {}),
    ...(input.note ? { note: input.note } : {}),
    decidedBy: `coordinator:${coordinator}`,
    decidedAt: now.toISOString(),
  };
  if (!(await deps.store.closeCohortEscalation(decided)))
    throw new ConflictError("already_decided", "this question has already been answered");
  const updated = patch
    ? await changeCohort(deps, cohortId, () => ({
        ...patch,
        updatedBy: `coordinator:${coordinator}`,
      }))
    : cohort;
  await recordCohort(
    deps,
    cohortId,
    `decision-${escalation.escalationId}`,
    "cohort_escalation_decided",
    {
      escalationId: escalation.escalationId,
      reason: escalation.reason,
      decision: input.decision,
      ...(decided.until ? { until: decided.until } : {}),
    },
    `coordinator:${coordinator}`,
  );
  const resumed = await deps.cohortWorkflow.succeed(taskToken, { decision: input.decision });
  if (!resumed) {
    const next = await changeCohort(deps, cohortId, (c) => ({ execution: (c.execution ?? 1) + 1 }));
    await restartCohortWorkflow(deps, updated, next);
  }
  return decided;
}
