import {
  type Cohort,
  type CohortInput,
  type CohortPatch,
  timetableIssues,
} from "../../schemas/cohort.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { intakesOverlap } from "./cohort-timetable.js";
import { type CohortView, viewCohort } from "./view-cohorts.js";
import { restartCohortWorkflow, startCohortWorkflow } from "./workflow/restart-cohort-workflow.js";

type EditDeps = Pick<WorkflowDeps, "store" | "workflowStore" | "clock" | "ids" | "cohortWorkflow">;

/** Exactly one intake may be open at a time: another cohort's intake may not overlap. */
async function refuseOverlap(deps: EditDeps, cohort: Cohort) {
  const other = (await deps.store.listCohorts()).find(
    (c) => c.cohortId !== cohort.cohortId && c.stage !== "cancelled" && intakesOverlap(c, cohort),
  );
  if (other)
    throw new ConflictError(
      "intake_overlaps",
      `the intake overlaps the intake of ${other.name.en} (${other.cohortId})`,
    );
}

/** A date in the past cannot be set: nothing would ever wait for it. */
function refusePast(paths: readonly (readonly [string, string])[], now: Date) {
  const past = paths.filter(([, value]) => Date.parse(value) <= now.getTime());
  if (past.length > 0)
    throw new ValidationError(
      past.map(([path]) => ({ path, message: "must be in the future", code: "in_past" })),
    );
}

/**
 * POST /api/console/cohorts: a coordinator plans a round. Its dates are in time order (the
 * schema) and still ahead, except an intake that is already open; its intake overlaps no
 * other cohort's.
 */
export async function createCohort(
  deps: EditDeps,
  input: CohortInput,
  coordinator: string,
): Promise<CohortView> {
  const now = deps.clock.now();
  refusePast([["intakeClosesAt", input.intakeClosesAt]], now);
  const at = now.toISOString();
  const cohort: Cohort = {
    ...input,
    cohortId: deps.ids.next("coh"),
    stage: "planned",
    createdAt: at,
    createdBy: `coordinator:${coordinator}`,
    updatedAt: at,
  };
  await refuseOverlap(deps, cohort);
  await deps.store.createCohort(cohort);
  // The round's workflow waits for the intake from now on.
  await startCohortWorkflow(deps, cohort);
  return viewCohort(deps, cohort.cohortId);
}

/** The dates of a cohort and the stage each begins, for "may it still move?". */
const DATE_FIELDS = [
  ["intakeOpensAt", (c: Cohort) => c.intakeOpensAt],
  ["intakeClosesAt", (c: Cohort) => c.intakeClosesAt],
  ["seminar.at", (c: Cohort) => c.seminar.at],
  ["matchingBy", (c: Cohort) => c.matchingBy],
  ["kickoffAt", (c: Cohort) => c.kickoffAt],
  ["endsAt", (c: Cohort) => c.endsAt],
] as const;

/**
 * PATCH /api/console/cohorts/{cohortId}: names, targets and formats may change at any time;
 * a date only while the moment it stands for is still ahead, and only to a moment ahead. The
 * timetable stays in order and the intake overlaps no other. Written only if nobody changed
 * the cohort meanwhile.
 */
export async function updateCohort(
  deps: EditDeps,
  cohortId: string,
  patch: CohortPatch,
  coordinator: string,
): Promise<CohortView> {
  const cohort = await deps.store.getCohort(cohortId);
  if (!cohort) throw new NotFoundError(`no cohort ${cohortId}`);
  if (cohort.stage === "cancelled" || cohort.stage === "closed")
    throw new ConflictError("cohort_ended", "the cohort is closed or cancelled");
  const now = deps.clock.now();
  const next: Cohort = {
    ...cohort,
    ...patch,
    seminar: { ...cohort.seminar, ...patch.seminar },
    targets: { ...cohort.targets, ...patch.targets },
    updatedAt: now.toISOString(),
    updatedBy: `coordinator:${coordinator}`,
  };
  const moved = DATE_FIELDS.filter(([, get]) => get(next) !== get(cohort));
  const started = moved.filter(([, get]) => Date.parse(get(cohort)) <= now.getTime());
  if (started.length > 0)
    throw new ConflictError(
      "stage_started",
      `${started.map(([path]) => path).join(", ")}: that moment has passed and cannot move`,
    );
  refusePast(
    moved.map(([path, get]) => [path, get(next)] as const),
    now,
  );
  const issues = timetableIssues(next);
  if (issues.length > 0)
    throw new ValidationError(
      issues.map((issue) => ({
        path: issue.path,
        message: issue.reason.replaceAll("_", " "),
        code: issue.reason,
      })),
    );
  await refuseOverlap(deps, next);
  // A moved date: the running execution waits for the old one, so a new one takes over.
  if (moved.length > 0) next.execution = (cohort.execution ?? 1) + 1;
  if (!(await deps.store.updateCohort(next, cohort.updatedAt)))
    throw new ConflictError("cohort_changed", "the cohort was changed meanwhile: read it again");
  if (moved.length > 0) await restartCohortWorkflow(deps, cohort, next);
  return viewCohort(deps, cohortId);
}
