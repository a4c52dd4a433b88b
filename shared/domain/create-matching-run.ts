import type { Clock } from "../ports/clock.js";
import type { Ids } from "../ports/ids.js";
import type { Store, StoredRun } from "../ports/store.js";
import type { MenteeApplication, MentorApplication } from "../schemas/application.js";
import { inCohort } from "../schemas/cohort.js";
import type { Proposal, Weights } from "../schemas/matching.js";
import { isConfirmed, type Participant } from "../schemas/participant.js";
import { NotFoundError } from "./errors.js";
import { DEFAULT_MINIMUM_SCORE, matchPool } from "./matching/match-pool.js";
import type { MatchMentee, MatchMentor } from "./matching/pool-features.js";
import { proposalId } from "./matching/proposal-ids.js";
import { DEFAULT_WEIGHTS } from "./matching/score-pair.js";

export interface MatchingDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
}

export interface MatchingRunInput {
  weights?: Weights;
  minimumScore?: number;
  /** Match only these applicants; the whole eligible pool when absent. */
  participantIds?: string[];
  /**
   * Match one cohort's pool: the mentees who applied in it, and every eligible mentor with
   * places left, whichever round they applied in (the mentor community carries over).
   */
  cohortId?: string;
}

/** Places a mentor still has: capacity minus mentees in approved relationships. */
export const remainingCapacity = (mentor: Participant & { application: MentorApplication }) =>
  mentor.application.capacity - (mentor.activeMentees ?? 0);

export const isMentor = (p: Participant): p is Participant & { application: MentorApplication } =>
  p.application.role === "mentor";
const isMentee = (p: Participant): p is Participant & { application: MenteeApplication } =>
  p.application.role === "mentee";

/**
 * The pool as it stands: confirmed, eligible, unplaced mentees and confirmed, eligible
 * mentors with room. An application nobody confirmed from its mailbox is never matched.
 */
export async function loadPool(store: Store): Promise<{
  mentees: MatchMentee[];
  mentors: (MatchMentor & { cohortId?: string; activeMentees: number })[];
}> {
  const participants = await store.listParticipants();
  const eligible = participants.filter((p) => p.status === "eligible" && isConfirmed(p));
  return {
    mentees: eligible
      .filter(isMentee)
      .filter((p) => !p.placement)
      .map((p) => ({
        id: p.participantId,
        application: p.application,
        declinedWith: p.declinedWith ?? [],
        ...(p.cohortId ? { cohortId: p.cohortId } : {}),
      })),
    mentors: eligible
      .filter(isMentor)
      .map((p) => ({
        id: p.participantId,
        application: p.application,
        remainingCapacity: remainingCapacity(p),
        declinedWith: p.declinedWith ?? [],
        activeMentees: p.activeMentees ?? 0,
        ...(p.cohortId ? { cohortId: p.cohortId } : {}),
      }))
      .filter((m) => m.remainingCapacity > 0),
  };
}

/** What a mentor of an earlier round said about mentoring in a round. */
export interface RoundOffer {
  /** Counted in for this round, else the latest "would you mentor again?" of an earlier one. */
  answer: "count_me_in" | "mentor_again_yes" | "mentor_again_no";
  /** The places offered; null for a "no". */
  places: number | null;
  answeredAt: string;
}

/**
 * What mentors of earlier rounds offered for `cohortId`: a "count me in" for this round,
 * else their latest "would you mentor again?" of an earlier round (a later "no" withdraws
 * an earlier "yes"). Without a cohort, the latest "mentor again?" answers of every round.
 * The matching of a round's pool and the mentor community page read the same offers.
 */
export async function roundOffers(
  store: Pick<Store, "listCohorts" | "listCohortAnswers">,
  cohortId?: string,
): Promise<Map<string, RoundOffer>> {
  const cohorts = await store.listCohorts();
  const at = cohorts.findIndex((cohort) => cohort.cohortId === cohortId);
  const offers = new Map<string, RoundOffer>();
  // Earliest first, so a later answer replaces an earlier one.
  for (const cohort of at < 0 ? cohorts : cohorts.slice(0, at)) {
    for (const answer of await store.listCohortAnswers(cohort.cohortId)) {
      if (answer.kind !== "mentor_again") continue;
      const places = Number(answer.answers.places);
      const yes = answer.answers.again === true && places > 0;
      offers.set(answer.participantId, {
        answer: yes ? "mentor_again_yes" : "mentor_again_no",
        places: yes ? places : null,
        answeredAt: answer.answeredAt,
      });
    }
  }
  if (cohortId)
    for (const answer of await store.listCohortAnswers(cohortId))
      if (answer.kind === "count_me_in")
        offers.set(answer.participantId, {
          answer: "count_me_in",
          places: Number(answer.answers.places),
          answeredAt: answer.answeredAt,
        });
  return offers;
}

/** Matches the whole eligible pool now and keeps the run with its proposals. */
export async function createMatchingRun(
  deps: MatchingDeps,
  input: MatchingRunInput,
  coordinator: string,
): Promise<StoredRun> {
  const started = performance.now();
  if (input.cohortId && !(await deps.store.getCohort(input.cohortId)))
    throw new NotFoundError(`no cohort ${input.cohortId}`);
  const pool = await loadPool(deps.store);
  const only = input.participantIds && new Set(input.participantIds);
  const mentees = (only ? pool.mentees.filter((m) => only.has(m.id)) : pool.mentees).filter(
    inCohort(input.cohortId),
  );
  const offered = input.cohortId ? await roundOffers(deps.store, input.cohortId) : undefined;
  const mentors = (only ? pool.mentors.filter((m) => only.has(m.id)) : pool.mentors).flatMap(
    (mentor) => {
      if (!offered || mentor.cohortId === undefined || mentor.cohortId === input.cohortId)
        return [mentor];
      // A mentor of an earlier round takes part with the places they offered for this one.
      const left = (offered.get(mentor.id)?.places ?? 0) - mentor.activeMentees;
      return left > 0 ? [{ ...mentor, remainingCapacity: left }] : [];
    },
  );
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const result = matchPool(mentees, mentors, {
    weights,
    minimumScore: input.minimumScore ?? DEFAULT_MINIMUM_SCORE,
  });
  const runId = deps.ids.next("mr");
  const proposals: Proposal[] = result.proposals.map((draft, index) => ({
    ...draft,
    proposalId: proposalId(runId, index + 1),
    runId,
    status: "proposed",
    changes: [],
  }));
  const stored: StoredRun = {
    run: {
      runId,
      createdAt: deps.clock.now().toISOString(),
      createdBy: coordinator,
      ...(input.cohortId ? { cohortId: input.cohortId } : {}),
      weights,
      quality: { ...result.quality, durationMs: Math.round(performance.now() - started) },
    },
    proposals,
    unplaced: result.unplaced,
  };
  await deps.store.saveMatchingRun(stored);
  return stored;
}
