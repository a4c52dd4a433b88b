import { z } from "zod";
import type { ApplicantRole } from "../../schemas/application.js";
import type { Cohort } from "../../schemas/cohort.js";
import { inRound, isConfirmed, type Participant } from "../../schemas/participant.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";

type AttendanceDeps = Pick<WorkflowDeps, "store" | "clock">;

/** The body of `POST /api/console/cohorts/{cohortId}/attendance`: who was at the seminar. */
export const attendanceInputSchema = z.strictObject({
  attended: z.array(z.string().min(1).max(64)).max(2000),
});
export type AttendanceInput = z.infer<typeof attendanceInputSchema>;

/** One row of the attendance table: an eligible applicant, what they answered, whether marked. */
export interface AttendanceRow {
  participantId: string;
  name: string;
  role: ApplicantRole;
  /** Their seminar_attendance answer; `none` when they have not answered. */
  answer: "yes" | "no" | "none";
  attended: boolean;
}

export interface AttendanceView {
  cohortId: string;
  seminar: Cohort["seminar"];
  /** Whether the seminar has begun: only then can attendance be marked. */
  started: boolean;
  items: AttendanceRow[];
}

async function cohortOf(deps: AttendanceDeps, cohortId: string): Promise<Cohort> {
  const cohort = await deps.store.getCohort(cohortId);
  if (!cohort) throw new NotFoundError(`no cohort ${cohortId}`);
  return cohort;
}

/** Whom the seminar is for: the round's confirmed, eligible applicants. */
async function eligibleApplicants(deps: AttendanceDeps, cohortId: string): Promise<Participant[]> {
  return inRound(await deps.store.listParticipants(), cohortId).filter(
    (p) => isConfirmed(p) && p.status === "eligible",
  );
}

/**
 * `GET /api/console/cohorts/{cohortId}/attendance`: every eligible applicant of the round
 * with their answer to the attendance question and whether the coordinator marked them as
 * attended; mentors first, then by name.
 */
export async function viewSeminarAttendance(
  deps: AttendanceDeps,
  cohortId: string,
): Promise<AttendanceView> {
  const cohort = await cohortOf(deps, cohortId);
  const [people, answers] = await Promise.all([
    eligibleApplicants(deps, cohortId),
    deps.store.listCohortAnswers(cohortId),
  ]);
  const said = new Map(
    answers
      .filter((a) => a.kind === "seminar_attendance")
      .map((a) => [a.participantId, a.answers.attending === true ? "yes" : "no"] as const),
  );
  const marked = new Set(cohort.seminarAttended ?? []);
  const items = people
    .map((p) => ({
      participantId: p.participantId,
      name: p.name,
      role: p.role,
      answer: said.get(p.participantId) ?? ("none" as const),
      attended: marked.has(p.participantId),
    }))
    .sort((a, b) => b.role.localeCompare(a.role) || a.name.localeCompare(b.name, "lv"));
  return {
    cohortId,
    seminar: cohort.seminar,
    started: Date.parse(cohort.seminar.at) <= deps.clock.now().getTime(),
    items,
  };
}

/**
 * `POST /api/console/cohorts/{cohortId}/attendance`: the coordinator marks who was at the
 * information seminar (the whole list: whoever is left out is not marked). Each id must be
 * one of the round's eligible applicants (a 400 naming `attended.<index>` otherwise), and
 * the seminar must have begun (409 `seminar_not_started`). The list replaces the earlier one
 * on the cohort, written only while the cohort is as it was read (read again a few times if
 * the workflow changed it meanwhile). After the seminar, those not marked get its materials.
 */
export async function markSeminarAttendance(
  deps: AttendanceDeps,
  cohortId: string,
  input: AttendanceInput,
  coordinator: string,
): Promise<AttendanceView> {
  const allowed = new Set((await eligibleApplicants(deps, cohortId)).map((p) => p.participantId));
  const issues = input.attended.flatMap((id, index) =>
    allowed.has(id)
      ? []
      : [
          {
            path: `attended.${index}`,
            message: "not an eligible applicant of this cohort",
            code: "not_in_cohort",
          },
        ],
  );
  const attended = [...new Set(input.attended)].sort();
  for (let attempt = 0; attempt < 3; attempt++) {
    const cohort = await cohortOf(deps, cohortId);
    if (issues.length > 0) throw new ValidationError(issues);
    const now = deps.clock.now();
    if (Date.parse(cohort.seminar.at) > now.getTime())
      throw new ConflictError("seminar_not_started", "the seminar has not begun yet");
    if (cohort.stage === "cancelled")
      throw new ConflictError("cohort_ended", "the cohort is cancelled");
    const next: Cohort = {
      ...cohort,
      seminarAttended: attended,
      updatedAt: now.toISOString(),
      updatedBy: `coordinator:${coordinator}`,
    };
    if (await deps.store.updateCohort(next, cohort.updatedAt))
      return viewSeminarAttendance(deps, cohortId);
  }
  throw new ConflictError("cohort_changed", "the cohort was changed meanwhile: try again");
}
