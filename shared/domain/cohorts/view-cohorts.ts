import type { Cohort } from "../../schemas/cohort.js";
import { NotFoundError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { currentCohort, timetableStage } from "./cohort-timetable.js";

type ViewDeps = Pick<WorkflowDeps, "store" | "workflowStore" | "clock">;

/** A cohort as the console shows it: its stage now, whether it is current, and its numbers. */
export type CohortView = Cohort & {
  current: boolean;
  counts: {
    /** Confirmed applications that joined the cohort, by role. */
    applicants: { mentees: number; mentors: number };
    eligible: { mentees: number; mentors: number };
    placedMentees: number;
    relationships: number;
  };
};

async function viewsOf(deps: ViewDeps, cohorts: Cohort[]): Promise<CohortView[]> {
  const now = deps.clock.now();
  const [participants, relationships] = await Promise.all([
    deps.store.listParticipants(),
    deps.workflowStore.listRelationships(),
  ]);
  const current = currentCohort(cohorts, now)?.cohortId;
  return cohorts.map((cohort) => {
    const own = participants.filter(
      (p) => p.cohortId === cohort.cohortId && p.confirmation !== "unconfirmed",
    );
    const count = (role: "mentee" | "mentor", eligibleOnly: boolean) =>
      own.filter((p) => p.role === role && (!eligibleOnly || p.status === "eligible")).length;
    return {
      ...cohort,
      stage: timetableStage(cohort, now),
      current: cohort.cohortId === current,
      counts: {
        applicants: { mentees: count("mentee", false), mentors: count("mentor", false) },
        eligible: { mentees: count("mentee", true), mentors: count("mentor", true) },
        placedMentees: own.filter((p) => p.role === "mentee" && p.placement).length,
        relationships: relationships.filter((r) => r.cohortId === cohort.cohortId).length,
      },
    };
  });
}

/** GET /api/console/cohorts: every cohort, the newest intake first. */
export async function listCohorts(deps: ViewDeps) {
  const cohorts = (await deps.store.listCohorts()).reverse();
  return { items: await viewsOf(deps, cohorts) };
}

/** GET /api/console/cohorts/{cohortId}. */
export async function viewCohort(deps: ViewDeps, cohortId: string): Promise<CohortView> {
  const all = await deps.store.listCohorts();
  const cohort = all.find((c) => c.cohortId === cohortId);
  if (!cohort) throw new NotFoundError(`no cohort ${cohortId}`);
  const views = await viewsOf(deps, all);
  return views.find((v) => v.cohortId === cohortId) as CohortView;
}
