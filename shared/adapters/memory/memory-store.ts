import { ConflictError, DuplicateApplicationError } from "../../domain/errors.js";
import { runIdOf } from "../../domain/matching/proposal-ids.js";
import type { Approval, MentorMove, Store, StoredRun } from "../../ports/store.js";
import type { TimelineEvent } from "../../ports/workflow-store.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { CohortAnswer } from "../../schemas/cohort-answer.js";
import type { CohortEscalation } from "../../schemas/cohort-escalation.js";
import { type Erasure, swapId } from "../../schemas/erasure.js";
import type { MailFeedback, Suppression } from "../../schemas/mail-event.js";
import type { Proposal } from "../../schemas/matching.js";
import type { Participant, Rejoin } from "../../schemas/participant.js";
import { normaliseEmail } from "../../table/table-definition.js";
import { MemoryWaitingList } from "./memory-waiting-list.js";

/** In-memory Store for unit tests of use cases; same invariants as the DynamoDB adapter. */
export class MemoryStore extends MemoryWaitingList implements Store {
  private readonly participants = new Map<string, Participant>();
  /** Lower-cased e-mail -> the participant who applied with it. */
  private readonly emails = new Map<string, string>();
  private readonly feedback = new Map<string, MailFeedback>();
  private readonly suppressions = new Map<string, Suppression>();
  private readonly runs = new Map<string, StoredRun>();
  private readonly erasures = new Map<string, Erasure>();
  private readonly cohorts = new Map<string, Cohort>();
  private readonly cohortAnswers = new Map<string, CohortAnswer>();
  private readonly cohortEscalations = new Map<
    string,
    { escalation: CohortEscalation; taskToken: string }
  >();

  private readonly cohortEvents = new Map<string, TimelineEvent & { cohortId: string }>();

  async addCohortEvent(cohortId: string, event: TimelineEvent): Promise<void> {
    this.cohortEvents.set(`${cohortId}#${event.key}`, structuredClone({ ...event, cohortId }));
  }

  async listCohortEvents(cohortId: string): Promise<TimelineEvent[]> {
    return [...this.cohortEvents.values()]
      .filter((event) => event.cohortId === cohortId)
      .map(({ cohortId: _, ...event }) => structuredClone(event))
      .sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
  }

  async putCohortAnswer(answer: CohortAnswer): Promise<void> {
    const key = `${answer.cohortId}#${answer.kind}#${answer.participantId}`;
    this.cohortAnswers.set(key, structuredClone(answer));
  }

  async deleteCohortAnswer(cohortId: string, kind: CohortAnswer["kind"], participantId: string) {
    this.cohortAnswers.delete(`${cohortId}#${kind}#${participantId}`);
  }

  async listCohortAnswers(cohortId: string): Promise<CohortAnswer[]> {
    return [...this.cohortAnswers.values()]
      .filter((answer) => answer.cohortId === cohortId)
      .map((answer) => structuredClone(answer));
  }

  async openCohortEscalation(escalation: CohortEscalation, taskToken: string) {
    const key = `${escalation.cohortId}#${escalation.escalationId}`;
    const stored = this.cohortEscalations.get(key);
    if (stored) {
      if (stored.escalation.status === "open") stored.taskToken = taskToken;
      return { escalation: structuredClone(stored.escalation), created: false };
    }
    this.cohortEscalations.set(key, { escalation: structuredClone(escalation), taskToken });
    return { escalation, created: true };
  }

  async getCohortEscalation(cohortId: string, escalationId: string) {
    const stored = this.cohortEscalations.get(`${cohortId}#${escalationId}`);
    return stored && structuredClone(stored);
  }

  async listCohortEscalations(cohortId: string): Promise<CohortEscalation[]> {
    return [...this.cohortEscalations.values()]
      .filter((stored) => stored.escalation.cohortId === cohortId)
      .map((stored) => structuredClone(stored.escalation));
  }

  async closeCohortEscalation(escalation: CohortEscalation): Promise<boolean> {
    const stored = this.cohortEscalations.get(`${escalation.cohortId}#${escalation.escalationId}`);
    if (stored?.escalation.status !== "open") return false;
    stored.escalation = structuredClone(escalation);
    return true;
  }

  async createCohort(cohort: Cohort): Promise<boolean> {
    if (this.cohorts.has(cohort.cohortId)) return false;
    this.cohorts.set(cohort.cohortId, structuredClone(cohort));
    return true;
  }

  async getCohort(cohortId: string): Promise<Cohort | undefined> {
    const cohort = this.cohorts.get(cohortId);
    return cohort && structuredClone(cohort);
  }

  async listCohorts(): Promise<Cohort[]> {
    return [...this.cohorts.values()]
      .sort((a, b) =>
        `${a.intakeOpensAt}#${a.cohortId}`.localeCompare(`${b.intakeOpensAt}#${b.cohortId}`),
      )
      .map((cohort) => structuredClone(cohort));
  }

  async updateCohort(cohort: Cohort, expectedUpdatedAt: string): Promise<boolean> {
    if (this.cohorts.get(cohort.cohortId)?.updatedAt !== expectedUpdatedAt) return false;
    this.cohorts.set(cohort.cohortId, structuredClone(cohort));
    return true;
  }

  async createParticipant(participant: Participant): Promise<void> {
    const email = normaliseEmail(participant.email);
    const holder = this.participants.get(this.emails.get(email) ?? "");
    // As in the table: an unconfirmed holder whose link has expired gives the address up.
    const expired =
      holder?.confirmation === "unconfirmed" && (holder.confirmBy ?? "") <= participant.appliedAt;
    if (this.emails.has(email) && !expired) throw new DuplicateApplicationError();
    this.emails.set(email, participant.participantId);
    this.participants.set(participant.participantId, structuredClone(participant));
  }

  async confirmParticipant(participant: Participant, confirmedAt: string): Promise<boolean> {
    const stored = this.participants.get(participant.participantId);
    if (
      stored?.confirmation !== "unconfirmed" ||
      (stored.confirmBy ?? "") <= confirmedAt ||
      this.emails.get(normaliseEmail(stored.email)) !== stored.participantId
    )
      return false;
    stored.confirmation = "confirmed";
    stored.confirmedAt = confirmedAt;
    return true;
  }

  async requestRejoin(participantId: string, rejoin: Rejoin): Promise<boolean> {
    const stored = this.participants.get(participantId);
    if (!stored || stored.confirmation === "unconfirmed") return false;
    stored.rejoin = structuredClone(rejoin);
    return true;
  }

  async completeRejoin(next: Participant, confirmBy: string, at: string): Promise<boolean> {
    const stored = this.participants.get(next.participantId);
    if (!stored?.rejoin || stored.rejoin.confirmBy !== confirmBy || confirmBy <= at) return false;
    this.participants.set(next.participantId, structuredClone(next));
    return true;
  }

  async getParticipant(participantId: string): Promise<Participant | undefined> {
    const found = this.participants.get(participantId);
    return found && structuredClone(found);
  }

  async listParticipants(filter: { role?: Participant["role"] } = {}): Promise<Participant[]> {
    return [...this.participants.values()]
      .filter((participant) => !filter.role || participant.role === filter.role)
      .sort((a, b) => a.appliedAt.localeCompare(b.appliedAt))
      .map((participant) => structuredClone(participant));
  }

  async saveMatchingRun(stored: StoredRun): Promise<void> {
    this.runs.set(stored.run.runId, structuredClone(stored));
  }

  async getMatchingRun(runId: string): Promise<StoredRun | undefined> {
    const found = this.runs.get(runId);
    return found && structuredClone(found);
  }

  async listMatchingRuns(): Promise<StoredRun[]> {
    return [...this.runs.values()]
      .sort(
        (a, b) =>
          b.run.createdAt.localeCompare(a.run.createdAt) || b.run.runId.localeCompare(a.run.runId),
      )
      .map((stored) => structuredClone(stored));
  }

  async getProposal(proposalId: string): Promise<Proposal | undefined> {
    const run = this.runs.get(runIdOf(proposalId) ?? "");
    const found = run?.proposals.find((p) => p.proposalId === proposalId);
    return found && structuredClone(found);
  }

  async approveProposal(proposal: Proposal, approval: Approval): Promise<Proposal> {
    const stored = this.runs
      .get(proposal.runId)
      ?.proposals.find((p) => p.proposalId === proposal.proposalId);
    if (stored?.status !== "proposed") {
      throw new ConflictError("proposal_not_open", "the proposal is not open for approval");
    }
    const mentees = proposal.menteeIds.map((id) => this.participants.get(id));
    if (mentees.some((m) => !m || m.placement)) {
      throw new ConflictError(
        "mentee_already_placed",
        "a mentee of the proposal is already placed",
      );
    }
    const mentor = this.participants.get(proposal.mentorId);
    if (
      !mentor ||
      (mentor.activeMentees ?? 0) + proposal.menteeIds.length > approval.mentorCapacity
    ) {
      throw new ConflictError("mentor_full", "the mentor has no room left for these mentees");
    }
    for (const mentee of mentees as Participant[]) {
      mentee.placement = {
        proposalId: proposal.proposalId,
        relationshipId: approval.relationshipId,
        mentorId: proposal.mentorId,
      };
    }
    mentor.activeMentees = (mentor.activeMentees ?? 0) + proposal.menteeIds.length;
    Object.assign(stored, {
      status: "approved",
      relationshipId: approval.relationshipId,
      approvedAt: approval.approvedAt,
      approvedBy: approval.approvedBy,
    });
    return structuredClone(stored);
  }

  async reassignMentor(move: MentorMove): Promise<boolean> {
    const to = this.participants.get(move.toMentorId);
    const from = this.participants.get(move.fromMentorId);
    const count = move.menteeIds.length;
    if (!to || !from || (to.activeMentees ?? 0) + count > move.toCapacity) return false;
    to.activeMentees = (to.activeMentees ?? 0) + count;
    from.activeMentees = Math.max(0, (from.activeMentees ?? 0) - count);
    for (const id of move.menteeIds) {
      const mentee = this.participants.get(id);
      if (mentee?.placement) mentee.placement.mentorId = move.toMentorId;
    }
    return true;
  }

  async recordDecline(participantId: string, otherId: string): Promise<void> {
    for (const [one, other] of [
      [participantId, otherId],
      [otherId, participantId],
    ] as const) {
      const person = this.participants.get(one);
      if (person && !person.declinedWith?.includes(other))
        person.declinedWith = [...(person.declinedWith ?? []), other];
    }
  }

  async replaceDeclined(participantId: string, fromId: string, toId: string): Promise<void> {
    const person = this.participants.get(participantId);
    if (person?.declinedWith)
      person.declinedWith = person.declinedWith.map((id) => (id === fromId ? toId : id));
  }

  async releasePlaces(mentorId: string, count: number): Promise<void> {
    const mentor = this.participants.get(mentorId);
    if (mentor && (mentor.activeMentees ?? 0) >= count)
      mentor.activeMentees = (mentor.activeMentees ?? 0) - count;
  }

  async updateProposal(proposal: Proposal, expectedMentorId: string): Promise<void> {
    const run = this.runs.get(proposal.runId);
    const index = run?.proposals.findIndex((p) => p.proposalId === proposal.proposalId) ?? -1;
    const stored = run?.proposals[index];
    if (!run || !stored || stored.status !== "proposed" || stored.mentorId !== expectedMentorId) {
      throw new ConflictError("proposal_changed", "the proposal was changed or approved meanwhile");
    }
    run.proposals[index] = structuredClone(proposal);
  }

  async findParticipantIdByEmail(email: string): Promise<string | undefined> {
    return this.emails.get(normaliseEmail(email));
  }

  async recordMailFeedback(
    feedback: MailFeedback,
  ): Promise<{ feedback: MailFeedback; created: boolean }> {
    const key = `${normaliseEmail(feedback.email)}\u0000${feedback.feedbackId}`;
    const existing = this.feedback.get(key);
    if (existing) return { feedback: structuredClone(existing), created: false };
    this.feedback.set(key, structuredClone(feedback));
    return { feedback: structuredClone(feedback), created: true };
  }

  async suppressAddress(
    suppression: Suppression,
  ): Promise<{ suppression: Suppression; created: boolean }> {
    const email = normaliseEmail(suppression.email);
    const existing = this.suppressions.get(email);
    if (existing) return { suppression: structuredClone(existing), created: false };
    this.suppressions.set(email, structuredClone({ ...suppression, email }));
    return { suppression: { ...suppression, email }, created: true };
  }

  async getSuppression(email: string): Promise<Suppression | undefined> {
    const found = this.suppressions.get(normaliseEmail(email));
    return found && structuredClone(found);
  }

  /** For tests: every report kept, oldest first. */
  listMailFeedback(): MailFeedback[] {
    return [...this.feedback.values()].map((item) => structuredClone(item));
  }

  async eraseParticipant(participant: Participant, erasure: Erasure): Promise<boolean> {
    if (!this.participants.delete(participant.participantId)) return false;
    const email = normaliseEmail(participant.email);
    if (this.emails.get(email) === participant.participantId) this.emails.delete(email);
    this.suppressions.delete(email);
    for (const [key, report] of this.feedback) {
      if (normaliseEmail(report.email) === email) this.feedback.delete(key);
    }
    this.erasures.set(erasure.pseudonym, structuredClone(erasure));
    return true;
  }

  async pseudonymiseMatchingRuns(participantId: string, pseudonym: string): Promise<void> {
    for (const [runId, stored] of this.runs)
      this.runs.set(runId, swapId(stored, participantId, pseudonym));
  }

  async getErasure(pseudonym: string): Promise<Erasure | undefined> {
    const found = this.erasures.get(pseudonym);
    return found && structuredClone(found);
  }

  async listErasures(): Promise<Erasure[]> {
    return [...this.erasures.values()].map((erasure) => structuredClone(erasure));
  }
}
