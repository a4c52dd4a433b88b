import type { Localized } from "../../i18n/localized.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { CohortAnswer } from "../../schemas/cohort-answer.js";
import { isConfirmed, type Participant } from "../../schemas/participant.js";
import { isRated, type Relationship } from "../../schemas/workflow.js";
import { roundOffers } from "../create-matching-run.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import {
  alreadyInRound,
  type CommunityMentor,
  findNextRound,
  isCommunityMentor,
  MAX_REINVITES,
  reinvitesOf,
} from "./find-next-round.js";

export type CommunityDeps = Pick<WorkflowDeps, "store" | "workflowStore" | "clock">;

/** A mean is shown only when this many different mentees gave ratings (fewer would name them). */
export const MIN_RATERS = 3;

/** GET /api/console/mentors. */
export interface MentorCommunity {
  /** The round mentors are invited to: the first still before its matching deadline. */
  nextCohort?: { cohortId: string; name: Localized; matchingBy: string };
  /** By name, as Latvian sorts. */
  mentors: MentorCommunityEntry[];
  /** Mentees who said they would mentor (or peer-mentor) later. */
  futureMentors: FutureMentorEntry[];
}

export interface MentorCommunityEntry {
  participantId: string;
  name: string;
  email: string;
  organisation?: string;
  /** As in the application (a sector code). */
  sector: string;
  /** Every round they applied or mentored in, oldest first. */
  cohorts: { cohortId: string; name: Localized }[];
  /** `held` is every relationship they mentor or mentored; `running` those not closed. */
  relationships: { held: number; completed: number; running: number };
  /**
   * Means of the mentees' ratings (1-10, two decimals). `hidden` when only one or two
   * mentees rated (the means are null then); no ratings at all is null and not hidden.
   */
  ratings: {
    raters: number;
    value: number | null;
    ideas: number | null;
    safety: number | null;
    hidden: boolean;
  };
  /** Places per round on the profile (the application's capacity). */
  places: number;
  /** What they said about the next round (without one: their latest "mentor again?"). */
  next: {
    answer: "count_me_in" | "mentor_again_yes" | "mentor_again_no" | "none";
    places: number | null;
    /** When a coordinator last re-invited them to the next round. */
    invitedAt?: string;
  };
  /**
   * A next round exists, they are not in it yet (applied, counted in, mentoring), their
   * address is deliverable, and the invitation and its one reminder are not both spent.
   */
  reinvitable: boolean;
}

export interface FutureMentorEntry {
  participantId: string;
  name: string;
  email: string;
  cohortId: string;
  cohortName: Localized;
  /** The mentee_future answer: "mentor", "peer_mentor" or "both". */
  future: string;
  answeredAt: string;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "lv");
const mean = (values: number[]) =>
  Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;

/**
 * The mentor community across rounds, for the console. Erased people have no profile any
 * more and are not listed; an erased mentee's ratings still count, under the pseudonym,
 * for the mentor they rated.
 */
export async function listMentorCommunity(deps: CommunityDeps): Promise<MentorCommunity> {
  const now = deps.clock.now();
  const [cohorts, participants, relationships] = await Promise.all([
    deps.store.listCohorts(),
    deps.store.listParticipants(),
    deps.workflowStore.listRelationships(),
  ]);
  const next = findNextRound(cohorts, now);
  const [offers, events, answers] = await Promise.all([
    roundOffers(deps.store, next?.cohortId),
    next ? deps.store.listCohortEvents(next.cohortId) : Promise.resolve([]),
    Promise.all(cohorts.map((cohort) => deps.store.listCohortAnswers(cohort.cohortId))),
  ]);
  const mentors = await Promise.all(
    participants.filter(isCommunityMentor).map(async (mentor): Promise<MentorCommunityEntry> => {
      const own = relationships.filter((r) => r.mentorId === mentor.participantId);
      const offer = offers.get(mentor.participantId);
      const invites = next ? reinvitesOf(events, mentor.participantId) : [];
      const invitedAt = invites.at(-1)?.at;
      const suppressed = (await deps.store.getSuppression(mentor.email)) !== undefined;
      return {
        participantId: mentor.participantId,
        name: mentor.name,
        email: mentor.email,
        organisation: mentor.application.organisation,
        sector: mentor.application.sector,
        cohorts: roundsOf(mentor, own, cohorts),
        relationships: {
          held: own.length,
          completed: own.filter((r) => r.phase === "closed" && r.closeReason === "completed")
            .length,
          running: own.filter((r) => r.phase !== "closed").length,
        },
        ratings: await ratingsOf(deps, own),
        places: mentor.application.capacity,
        next: {
          answer: offer?.answer ?? "none",
          places: offer?.places ?? null,
          ...(invitedAt ? { invitedAt } : {}),
        },
        reinvitable:
          next !== undefined &&
          !alreadyInRound(mentor, next.cohortId, offer, relationships) &&
          !suppressed &&
          invites.length < MAX_REINVITES,
      };
    }),
  );
  return {
    ...(next
      ? { nextCohort: { cohortId: next.cohortId, name: next.name, matchingBy: next.matchingBy } }
      : {}),
    mentors: mentors.sort(byName),
    futureMentors: futureMentors(participants, cohorts, answers.flat()).sort(byName),
  };
}

/** The rounds a mentor applied in or mentored in, in the cohorts' order (oldest first). */
function roundsOf(mentor: CommunityMentor, own: Relationship[], cohorts: Cohort[]) {
  // Every round of the person, in any role (a mentor may have been a mentee before).
  const ids = new Set([
    mentor.cohortId,
    ...(mentor.rounds ?? []).map((r) => r.cohortId),
    ...own.map((r) => r.cohortId),
  ]);
  return cohorts
    .filter((cohort) => ids.has(cohort.cohortId))
    .map((cohort) => ({ cohortId: cohort.cohortId, name: cohort.name }));
}

/** The mentees' ratings of the mentor's sessions (never the mentor's own reflections). */
async function ratingsOf(
  deps: CommunityDeps,
  own: Relationship[],
): Promise<MentorCommunityEntry["ratings"]> {
  const reflections = (
    await Promise.all(
      own.map(async (r) =>
        (
          await deps.workflowStore.listReflections(r.relationshipId)
        )
          .filter(isRated)
          .filter((reflection) => r.menteeIds.includes(reflection.participantId)),
      ),
    )
  ).flat();
  const raters = new Set(reflections.map((r) => r.participantId)).size;
  if (raters < MIN_RATERS)
    return { raters, value: null, ideas: null, safety: null, hidden: raters > 0 };
  return {
    raters,
    value: mean(reflections.map((r) => r.valueRating)),
    ideas: mean(reflections.map((r) => r.ideasRating)),
    safety: mean(reflections.map((r) => r.safetyRating)),
    hidden: false,
  };
}

/** Each mentee's latest "would you mentor later?" that said yes in some way. */
function futureMentors(
  participants: Participant[],
  cohorts: Cohort[],
  answers: CohortAnswer[],
): FutureMentorEntry[] {
  const mentees = new Map(
    participants
      .filter((p) => p.role === "mentee" && isConfirmed(p))
      .map((p) => [p.participantId, p]),
  );
  const latest = new Map<string, CohortAnswer>();
  for (const answer of answers) {
    if (answer.kind !== "mentee_future") continue;
    const earlier = latest.get(answer.participantId);
    if (!earlier || earlier.answeredAt < answer.answeredAt)
      latest.set(answer.participantId, answer);
  }
  return [...latest.values()].flatMap((answer) => {
    const mentee = mentees.get(answer.participantId);
    const cohort = cohorts.find((c) => c.cohortId === answer.cohortId);
    const future = answer.answers.future;
    // Erased (no profile), or "not for now".
    if (!mentee || !cohort || typeof future !== "string" || future === "no") return [];
    return [
      {
        participantId: mentee.participantId,
        name: mentee.name,
        email: mentee.email,
        cohortId: cohort.cohortId,
        cohortName: cohort.name,
        future,
        answeredAt: answer.answeredAt,
      },
    ];
  });
}
