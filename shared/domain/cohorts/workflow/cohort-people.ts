import { type Cohort, type CohortStage, cohortStageSchema } from "../../../schemas/cohort.js";
import { inRound, isConfirmed, type Participant } from "../../../schemas/participant.js";
import type { Relationship } from "../../../schemas/workflow.js";
import { NotFoundError } from "../../errors.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";

/** A cohort's people as its workflow counts them. */
export interface CohortPeople {
  /** Confirmed applications of the round's intake. */
  applicants: Participant[];
  /** Those of them found eligible. */
  eligible: Participant[];
  /** The round's relationships (approved proposals of its pool). */
  relationships: Relationship[];
  /** Everyone in one of those relationships. */
  placedIds: Set<string>;
}

export async function cohortOf(deps: WorkflowDeps, cohortId: string): Promise<Cohort> {
  const cohort = await deps.store.getCohort(cohortId);
  if (!cohort) throw new NotFoundError(`no cohort ${cohortId}`);
  return cohort;
}

export async function cohortPeople(deps: WorkflowDeps, cohortId: string): Promise<CohortPeople> {
  const [participants, all] = await Promise.all([
    deps.store.listParticipants(),
    deps.workflowStore.listRelationships(),
  ]);
  const applicants = inRound(participants, cohortId).filter(isConfirmed);
  const relationships = all.filter((r) => r.cohortId === cohortId);
  return {
    applicants,
    eligible: applicants.filter((p) => p.status === "eligible"),
    relationships,
    placedIds: new Set(relationships.flatMap((r) => [r.mentorId, ...r.menteeIds])),
  };
}

/** The people of the round's relationships, as the relationships keep their addresses. */
export function placedPeople(people: CohortPeople) {
  const seen = new Map<string, { participantId: string; role: "mentor" | "mentee" }>();
  for (const relationship of people.relationships) {
    seen.set(relationship.mentorId, { participantId: relationship.mentorId, role: "mentor" });
    for (const id of relationship.menteeIds) seen.set(id, { participantId: id, role: "mentee" });
  }
  return [...seen.values()];
}

/** Notes a step of the cohort's workflow on its timeline (once per key). */
export async function recordCohort(
  deps: Pick<WorkflowDeps, "store" | "clock">,
  cohortId: string,
  key: string,
  type: string,
  detail: Record<string, unknown> = {},
  actor = "workflow",
) {
  await deps.store.addCohortEvent(cohortId, {
    at: deps.clock.now().toISOString(),
    key,
    type,
    actor,
    detail,
  });
}

/**
 * Writes a change to the cohort, read fresh each time: a coordinator's edit in between
 * wins the race and the change is applied on top of it.
 */
export async function changeCohort(
  deps: WorkflowDeps,
  cohortId: string,
  change: (cohort: Cohort) => Partial<Cohort> | undefined,
): Promise<Cohort> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const cohort = await cohortOf(deps, cohortId);
    const patch = change(cohort);
    if (!patch) return cohort;
    const next = { ...cohort, ...patch, updatedAt: deps.clock.now().toISOString() };
    if (next.updatedAt === cohort.updatedAt)
      next.updatedAt = new Date(Date.parse(next.updatedAt) + 1).toISOString();
    if (await deps.store.updateCohort(next, cohort.updatedAt)) return next;
  }
  throw new Error(`cohort ${cohortId} kept changing`);
}

/** The stages in the order a round goes through them (a cancel can come at any). */
const STAGE_ORDER: readonly CohortStage[] = cohortStageSchema.options.filter(
  (stage) => stage !== "cancelled",
);

/** The workflow moves a cohort's recorded stage forward only (a cancelled one stays so). */
export const enterStage = (deps: WorkflowDeps, cohortId: string, stage: CohortStage) =>
  changeCohort(deps, cohortId, (cohort) =>
    cohort.stage === "cancelled" || STAGE_ORDER.indexOf(cohort.stage) >= STAGE_ORDER.indexOf(stage)
      ? undefined
      : { stage },
  );
