import type { Cohort } from "../../schemas/cohort.js";
import { ConflictError } from "../errors.js";
import { cohortForIntake } from "./cohort-timetable.js";

/**
 * Whether an application may be made now:
 * - `continuous`: no cohort was ever created, so the programme runs without rounds and takes
 *   applications at any time (as before cohorts existed);
 * - `open`: a cohort's intake is open, and an application joins that cohort;
 * - `closed`: the programme runs in rounds and no intake is open; `next` is the earliest
 *   cohort whose intake opens later, when one is planned. Meanwhile there is the waiting list.
 */
export type IntakeState =
  | { kind: "continuous" }
  | { kind: "open"; cohort: Cohort }
  | { kind: "closed"; next?: Cohort };

export function intakeState(cohorts: readonly Cohort[], now: Date): IntakeState {
  if (cohorts.length === 0) return { kind: "continuous" };
  const open = cohortForIntake(cohorts, now);
  if (open) return { kind: "open", cohort: open };
  const next = cohorts
    .filter((c) => c.stage !== "cancelled" && Date.parse(c.intakeOpensAt) > now.getTime())
    .sort((a, b) => Date.parse(a.intakeOpensAt) - Date.parse(b.intakeOpensAt))[0];
  return next ? { kind: "closed", next } : { kind: "closed" };
}

/** When the next intake opens, if one is planned (ISO), while intake is closed. */
export const nextIntakeOpensAt = (state: IntakeState): string | undefined =>
  state.kind === "closed" ? state.next?.intakeOpensAt : undefined;

/**
 * An application while no intake is open (409 `intake_closed`): nothing is stored; the
 * answer says when the next intake opens, when one is planned, and offers the waiting list.
 */
export class IntakeClosedError extends ConflictError {
  constructor(readonly nextIntakeOpensAt: string | undefined) {
    super(
      "intake_closed",
      nextIntakeOpensAt
        ? `applications are closed; the next intake opens at ${nextIntakeOpensAt}`
        : "applications are closed and no next intake is planned yet",
    );
  }
}
