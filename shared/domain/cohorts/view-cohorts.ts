import type { TimelineEvent } from "../../ports/workflow-store.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { CohortEscalation } from "../../schemas/cohort-escalation.js";
import { inRound } from "../../schemas/participant.js";
import { NotFoundError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { currentCohort, timetableStage } from "./cohort-timetable.js";

type ViewDeps = Pick<WorkflowDeps, "store" | "workflowStore" | "clock">;

/** A cohort as the console shows it: its stage now, whether it is current, and its numbers. */
export type CohortView = Cohort & {
  current: boolean;
  /** The cohort workflow's questions, open ones first (the detail view only). */
  escalations?: CohortEscalation[];
  /** What the cohort workflow did, oldest first (the detail view only). */
  events?: TimelineEvent[];
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
    const own = inRound(participants, cohort.cohortId).filter(
      (p) => p.confirmation !== "unconfirmed",
    );
    const count = (role: "mentee" | "mentor", eligibleOnly: boolean) =>
      own.filter((p) => p.role === role && (!eligibleOnly || p.status === "eligible")).length;
    return {
      ...cohort,
      // The workflow's own stage once it has moved on; before that, the timetable's.
      stage: cohort.stage === "planned" ? timetableStage(cohort, now) : cohort.stage,
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
  const [views, escalations, events] = await Promise.all([
    viewsOf(deps, all),
    deps.store.listCohortEscalations(cohortId),
    deps.store.listCohortEvents(cohortId),
  ]);
  const view = views.find((v) => v.cohortId === cohortId) as CohortView;
  const order = (e: CohortEscalation) => (e.status === "open" ? 0 : 1);
  return {
    ...view,
    escalations: escalations.sort(
      (a, b) => order(a) - order(b) || b.openedAt.localeCompare(a.openedAt),
    ),
    events,
  };
}
