import type { Application } from "../schemas/application.js";
import type { Cohort } from "../schemas/cohort.js";
import { isConfirmed, type Participant, type Rejoin } from "../schemas/participant.js";
import type { Eligibility } from "./check-eligibility.js";

/**
 * One person keeps one identity across rounds, by their confirmed address: a confirmed
 * participant who applies to a later round (in either role: a former mentee may apply as
 * a mentor) keeps their id, history and relationships. The new application waits on their
 * record until they confirm it from the e-mail (whoever typed the address may not be its
 * owner); then it becomes their current round and the earlier one is kept in `rounds`, so
 * that round's lists, figures and report still count them as they were.
 */

/** Whether `owner`'s new application may join `cohort`: confirmed, and not in it already. */
export const mayRejoin = (owner: Participant, cohort: Cohort | undefined): cohort is Cohort =>
  cohort !== undefined &&
  isConfirmed(owner) &&
  owner.cohortId !== cohort.cohortId &&
  !(owner.rounds ?? []).some((round) => round.cohortId === cohort.cohortId);

/** The application waiting for its confirmation. */
export const rejoinOf = (
  cohort: Cohort,
  application: Application,
  eligibility: Eligibility,
  now: Date,
  confirmBy: Date,
): Rejoin => ({
  cohortId: cohort.cohortId,
  application,
  status: eligibility.status,
  reasons: eligibility.reasons,
  appliedAt: now.toISOString(),
  confirmBy: confirmBy.toISOString(),
});

/**
 * The record after the person confirmed: the waiting application is their current round,
 * the one before is kept (with its placement) in `rounds`. A mentor keeps the count of the
 * mentees they still mentor (their places count against the new capacity); a mentee's earlier placement
 * stays with the earlier round, so the new round can place them.
 */
export function rejoined(participant: Participant, confirmedAt: string): Participant {
  const rejoin = participant.rejoin;
  if (!rejoin) throw new Error("no application waits for its confirmation");
  const {
    rejoin: _waiting,
    placement,
    activeMentees,
    rounds = [],
    declinedWith,
    ...rest
  } = participant;
  const before = {
    ...(rest.cohortId ? { cohortId: rest.cohortId } : {}),
    role: rest.role,
    status: rest.status,
    reasons: rest.reasons,
    appliedAt: rest.appliedAt,
    ...(rest.confirmedAt ? { confirmedAt: rest.confirmedAt } : {}),
    application: rest.application,
    ...(placement ? { placement } : {}),
  };
  const role = rejoin.application.role;
  return {
    ...rest,
    role,
    language: rejoin.application.language,
    name: rejoin.application.name,
    status: rejoin.status,
    reasons: rejoin.reasons,
    appliedAt: rejoin.appliedAt,
    application: rejoin.application,
    cohortId: rejoin.cohortId,
    confirmation: "confirmed",
    // The link's MAC covers this expiry: the link just used now reads "already confirmed".
    confirmBy: rejoin.confirmBy,
    confirmedAt,
    ...(declinedWith ? { declinedWith } : {}),
    // A mentor's running relationships free their places when they close, whatever the role now.
    ...(role === "mentor" || activeMentees !== undefined
      ? { activeMentees: activeMentees ?? 0 }
      : {}),
    rounds: [...rounds, before],
  };
}
