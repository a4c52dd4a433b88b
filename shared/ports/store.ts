import type { ApplicantRole } from "../schemas/application.js";
import type { Cohort } from "../schemas/cohort.js";
import type { CohortAnswer } from "../schemas/cohort-answer.js";
import type { CohortEscalation } from "../schemas/cohort-escalation.js";
import type { Erasure } from "../schemas/erasure.js";
import type { MailFeedback, Suppression } from "../schemas/mail-event.js";
import type { MatchingRun, Proposal, Unplaced } from "../schemas/matching.js";
import type { Participant, Rejoin } from "../schemas/participant.js";
import type { Relationship } from "../schemas/workflow.js";
import type { WaitingListStore } from "./waiting-list-store.js";
import type { TimelineEvent } from "./workflow-store.js";

/** Mentees moving from one mentor to another, who has `toCapacity` places in all. */
export interface MentorMove {
  menteeIds: string[];
  fromMentorId: string;
  toMentorId: string;
  toCapacity: number;
}

export interface StoredRun {
  run: MatchingRun;
  proposals: Proposal[];
  unplaced: Unplaced[];
}

export interface Approval {
  relationshipId: string;
  approvedAt: string;
  approvedBy: string;
  /** The mentor's active mentees may rise to at most this many (capacity). */
  mentorCapacity: number;
  /** The relationship the approval creates, written in the same transaction. */
  relationship: Relationship;
}

/**
 * Persistence port. Methods speak the domain; the adapters decide the item layout
 * (shared/table/table-definition.ts) and make the invariants atomic.
 */
export interface Store extends WaitingListStore {
  /**
   * Stores a new application. Fails with DuplicateApplicationError when the e-mail
   * (case-insensitive) already applied; the check and the write are one atomic step. An
   * unconfirmed participant's items (profile, answers, e-mail lock) expire some time after
   * `confirmBy` (the table's TTL), and from `confirmBy` on, the address may apply again even
   * before they are gone.
   */
  createParticipant(participant: Participant): Promise<void>;
  /**
   * Confirms an unconfirmed participant once, while `confirmBy` is after `confirmedAt` and
   * the address's lock is still theirs; their items no longer expire. False (nothing changes)
   * when already confirmed, expired or gone.
   */
  confirmParticipant(participant: Participant, confirmedAt: string): Promise<boolean>;
  /**
   * Keeps a confirmed participant's application to a later round until they confirm it
   * (replacing an earlier one waiting); false when the participant is gone or unconfirmed.
   */
  requestRejoin(participantId: string, rejoin: Rejoin): Promise<boolean>;
  /**
   * Replaces the participant by `next` (the round they confirmed, the earlier one kept in
   * `rounds`) and keeps its application, while the waiting application is still the one
   * that expires at `confirmBy` and still valid at `at`; false otherwise.
   */
  completeRejoin(next: Participant, confirmBy: string, at: string): Promise<boolean>;
  getParticipant(participantId: string): Promise<Participant | undefined>;
  listParticipants(filter?: { role?: ApplicantRole }): Promise<Participant[]>;

  /** A new cohort; false when its id exists. */
  createCohort(cohort: Cohort): Promise<boolean>;
  getCohort(cohortId: string): Promise<Cohort | undefined>;
  /** Every cohort, by when its intake opens (earliest first). */
  listCohorts(): Promise<Cohort[]>;
  /** Replaces a cohort while it is as it was read (its `updatedAt`); false if it changed meanwhile. */
  updateCohort(cohort: Cohort, expectedUpdatedAt: string): Promise<boolean>;

  /** Notes what the cohort's workflow did; the same key again replaces the note. */
  addCohortEvent(cohortId: string, event: TimelineEvent): Promise<void>;
  /** A cohort's timeline, oldest first. */
  listCohortEvents(cohortId: string): Promise<TimelineEvent[]>;
  /** Keeps a participant's answer for the round, replacing an earlier one of the same kind. */
  putCohortAnswer(answer: CohortAnswer): Promise<void>;
  listCohortAnswers(cohortId: string): Promise<CohortAnswer[]>;
  /** Erasure: removes one participant's answer of one kind in a cohort (none: nothing). */
  deleteCohortAnswer(
    cohortId: string,
    kind: CohortAnswer["kind"],
    participantId: string,
  ): Promise<void>;
  /**
   * Opens the escalation unless one with its id exists; keeps the waiting task's token (an
   * open one asked again gets the new token).
   */
  openCohortEscalation(
    escalation: CohortEscalation,
    taskToken: string,
  ): Promise<{ escalation: CohortEscalation; created: boolean }>;
  getCohortEscalation(
    cohortId: string,
    escalationId: string,
  ): Promise<{ escalation: CohortEscalation; taskToken: string } | undefined>;
  listCohortEscalations(cohortId: string): Promise<CohortEscalation[]>;
  /** Records the decision (or the timeout) while the escalation is open; false otherwise. */
  closeCohortEscalation(escalation: CohortEscalation): Promise<boolean>;

  saveMatchingRun(stored: StoredRun): Promise<void>;
  getMatchingRun(runId: string): Promise<StoredRun | undefined>;
  /** Every stored matching run with its proposals and unplaced mentees, newest first. */
  listMatchingRuns(): Promise<StoredRun[]>;
  getProposal(proposalId: string): Promise<Proposal | undefined>;
  /**
   * Approves a proposal in one atomic step: the proposal moves from proposed to approved,
   * each mentee gets the placement (only if not placed yet) and the mentor's active
   * mentees grow (only within capacity). Fails with ConflictError naming what blocked it.
   */
  approveProposal(proposal: Proposal, approval: Approval): Promise<Proposal>;
  /**
   * Moves an approved relationship's mentees to another mentor in one step: the old
   * mentor's places are freed, the new mentor's taken (only within `toCapacity`), and the
   * mentees' placements point at the new mentor. False when the new mentor has no room.
   */
  reassignMentor(move: MentorMove): Promise<boolean>;
  /** Frees a mentor's places when a relationship closes. */
  releasePlaces(mentorId: string, count: number): Promise<void>;
  /**
   * Remembers that a match between the two was declined, on both profiles (`declinedWith`),
   * so no later candidate or matching run proposes them to each other again. Idempotent.
   */
  recordDecline(participantId: string, otherId: string): Promise<void>;
  /** Erasure: `declinedWith` of `participantId` names `toId` instead of `fromId`. */
  replaceDeclined(participantId: string, fromId: string, toId: string): Promise<void>;
  /** Replaces a still-proposed proposal, only if it still names `expectedMentorId`. */
  updateProposal(proposal: Proposal, expectedMentorId: string): Promise<void>;

  /** The participant who applied with this e-mail address (case-insensitive), if anyone. */
  findParticipantIdByEmail(email: string): Promise<string | undefined>;
  /**
   * Keeps one bounce or complaint report, once per (address, feedbackId): a redelivered
   * report changes nothing and gets the first record back with `created: false`.
   */
  recordMailFeedback(feedback: MailFeedback): Promise<{ feedback: MailFeedback; created: boolean }>;
  /**
   * Marks an address undeliverable, once: a later call keeps the first record and gets it
   * back with `created: false`.
   */
  suppressAddress(
    suppression: Suppression,
  ): Promise<{ suppression: Suppression; created: boolean }>;
  /** The suppression of this address (case-insensitive), or undefined when mail may go to it. */
  getSuppression(email: string): Promise<Suppression | undefined>;

  /**
   * Erases a participant's own items in one atomic step: the profile, the application
   * answers, the e-mail lock (so the address may apply again), the address's suppression
   * and bounce reports; and keeps `erasure` in their place. False when the profile was
   * already gone (erased meanwhile): then nothing changes.
   */
  eraseParticipant(participant: Participant, erasure: Erasure): Promise<boolean>;
  getErasure(pseudonym: string): Promise<Erasure | undefined>;
  /** Every matching run's proposals and unplaced mentees name the pseudonym instead. */
  pseudonymiseMatchingRuns(participantId: string, pseudonym: string): Promise<void>;
  listErasures(): Promise<Erasure[]>;
}
