import type { ApplicantRole } from "../schemas/application.js";
import type { MatchingRun, Proposal, Unplaced } from "../schemas/matching.js";
import type { Participant } from "../schemas/participant.js";

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
}

/**
 * Persistence port. Methods speak the domain; the adapters decide the item layout
 * (shared/table/table-definition.ts) and make the invariants atomic.
 */
export interface Store {
  /**
   * Stores a new application. Fails with DuplicateApplicationError when the e-mail
   * (case-insensitive) already applied; the check and the write are one atomic step.
   */
  createParticipant(participant: Participant): Promise<void>;
  getParticipant(participantId: string): Promise<Participant | undefined>;
  listParticipants(filter?: { role?: ApplicantRole }): Promise<Participant[]>;

  saveMatchingRun(stored: StoredRun): Promise<void>;
  getMatchingRun(runId: string): Promise<StoredRun | undefined>;
  getProposal(proposalId: string): Promise<Proposal | undefined>;
  /**
   * Approves a proposal in one atomic step: the proposal moves from proposed to approved,
   * each mentee gets the placement (only if not placed yet) and the mentor's active
   * mentees grow (only within capacity). Fails with ConflictError naming what blocked it.
   */
  approveProposal(proposal: Proposal, approval: Approval): Promise<Proposal>;
  /** Replaces a still-proposed proposal, only if it still names `expectedMentorId`. */
  updateProposal(proposal: Proposal, expectedMentorId: string): Promise<void>;
}
