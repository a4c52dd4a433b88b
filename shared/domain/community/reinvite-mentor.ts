import { z } from "zod";
import type { Cohort } from "../../schemas/cohort.js";
import { oneLine } from "../../schemas/one-line.js";
import { sendCohortForm } from "../cohort-forms/send-cohort-form.js";
import { recordCohort } from "../cohorts/workflow/cohort-people.js";
import { roundOffers } from "../create-matching-run.js";
import { ConflictError, NotFoundError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import {
  alreadyInRound,
  findNextRound,
  isCommunityMentor,
  MAX_REINVITES,
  MENTOR_REINVITED,
  reinvitesOf,
  takesMentors,
} from "./find-next-round.js";

export type ReinviteDeps = Pick<
  WorkflowDeps,
  "store" | "workflowStore" | "mailer" | "signer" | "clock" | "config"
>;

/** The body of POST /api/console/mentors/{participantId}/reinvite: the next round unless named. */
export const reinviteInputSchema = z.strictObject({
  cohortId: oneLine().min(1).max(64).optional(),
});
export type ReinviteInput = z.infer<typeof reinviteInputSchema>;

export interface ReinviteResult {
  cohortId: string;
  /** The first re-invite sends the invitation, the second its reminder. */
  mode: "send" | "remind";
  invitedAt: string;
}

/**
 * A coordinator invites a mentor of the community to a round: the one-click "count me in"
 * form by e-mail (its ask, then once its reminder: the mail keys allow each once), noted on
 * the round's timeline as `mentor_reinvited`. Refused (409) without a round that still takes
 * mentors, when the mentor is in it already, when the address is undeliverable, and after
 * the reminder. The mail goes before the note: a retry after a failure in between finds the
 * mail key used (nothing is sent twice) and writes the same note.
 */
export async function reinviteMentor(
  deps: ReinviteDeps,
  participantId: string,
  input: ReinviteInput,
  coordinator: string,
): Promise<ReinviteResult> {
  const mentor = await deps.store.getParticipant(participantId);
  if (!mentor || !isCommunityMentor(mentor)) throw new NotFoundError(`no mentor ${participantId}`);
  const now = deps.clock.now();
  const cohort = await roundFor(deps, input, now);
  const [offers, relationships, events, suppression] = await Promise.all([
    roundOffers(deps.store, cohort.cohortId),
    deps.workflowStore.listRelationships(),
    deps.store.listCohortEvents(cohort.cohortId),
    deps.store.getSuppression(mentor.email),
  ]);
  if (alreadyInRound(mentor, cohort.cohortId, offers.get(participantId), relationships))
    throw new ConflictError("already_in_cohort", `the mentor is in ${cohort.cohortId} already`);
  if (suppression)
    throw new ConflictError("address_undeliverable", "the mentor's address is undeliverable");
  const earlier = reinvitesOf(events, participantId).length;
  if (earlier >= MAX_REINVITES)
    throw new ConflictError("already_invited", "the invitation and its reminder were sent");
  const mode = earlier === 0 ? "send" : "remind";
  await sendCohortForm(deps, {
    cohort,
    participant: mentor,
    kind: "count_me_in",
    mode: mode === "send" ? "ask" : "remind",
  });
  // The note carries the moment the mail went, and the answer says the same moment.
  const sentAt = deps.clock.now();
  await recordCohort(
    { store: deps.store, clock: { now: () => sentAt } },
    cohort.cohortId,
    `mentor-reinvited-${participantId}-${mode}`,
    MENTOR_REINVITED,
    { participantId, mode },
    `coordinator:${coordinator}`,
  );
  return { cohortId: cohort.cohortId, mode, invitedAt: sentAt.toISOString() };
}

/** The named round (404 unknown, 409 when it no longer takes mentors), else the next one. */
async function roundFor(deps: ReinviteDeps, input: ReinviteInput, now: Date): Promise<Cohort> {
  if (input.cohortId) {
    const cohort = await deps.store.getCohort(input.cohortId);
    if (!cohort) throw new NotFoundError(`no cohort ${input.cohortId}`);
    if (!takesMentors(cohort, now))
      throw new ConflictError("cohort_not_open", `${input.cohortId} no longer takes mentors`);
    return cohort;
  }
  const next = findNextRound(await deps.store.listCohorts(), now);
  if (!next) throw new ConflictError("no_next_cohort", "no round ahead takes mentors");
  return next;
}
