import type { TimelineEvent } from "../../ports/workflow-store.js";
import type { MentorApplication } from "../../schemas/application.js";
import type { Cohort } from "../../schemas/cohort.js";
import { isConfirmed, type Participant } from "../../schemas/participant.js";
import type { Relationship } from "../../schemas/workflow.js";
import type { RoundOffer } from "../create-matching-run.js";

/** The cohort timeline event a coordinator's re-invite leaves (detail `{participantId, mode}`). */
export const MENTOR_REINVITED = "mentor_reinvited";

/** Re-invites per mentor and round: the invitation, then one reminder (the mail keys allow two). */
export const MAX_REINVITES = 2;

export type CommunityMentor = Participant & { application: MentorApplication };

/** A mentor of the community: a confirmed, eligible mentor (matching counts no one else). */
export const isCommunityMentor = (p: Participant): p is CommunityMentor =>
  p.application.role === "mentor" && isConfirmed(p) && p.status === "eligible";

/**
 * Whether a mentor can still count themselves in for the round: it is neither closed nor
 * cancelled and its matching deadline is ahead (the count_me_in form closes then).
 */
export const takesMentors = (cohort: Cohort, now: Date): boolean =>
  cohort.stage !== "closed" &&
  cohort.stage !== "cancelled" &&
  Date.parse(cohort.matchingBy) > now.getTime();

/** The next round: the first by intake opening that still takes mentors. */
export const findNextRound = (cohorts: readonly Cohort[], now: Date): Cohort | undefined =>
  cohorts.find((cohort) => takesMentors(cohort, now));

/** A mentor's re-invites for a round, oldest first. */
export const reinvitesOf = (events: readonly TimelineEvent[], participantId: string) =>
  events.filter(
    (event) => event.type === MENTOR_REINVITED && event.detail.participantId === participantId,
  );

/**
 * Whether the mentor is in the round already: applied in its intake, counted themselves in,
 * or mentors one of its relationships.
 */
export const alreadyInRound = (
  mentor: Participant,
  cohortId: string,
  offer: RoundOffer | undefined,
  relationships: readonly Relationship[],
): boolean =>
  mentor.cohortId === cohortId ||
  offer?.answer === "count_me_in" ||
  relationships.some((r) => r.cohortId === cohortId && r.mentorId === mentor.participantId);
