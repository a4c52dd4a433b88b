import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Approval, Store, StoredRun } from "../../ports/store.js";
import type { TimelineEvent } from "../../ports/workflow-store.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { CohortAnswer } from "../../schemas/cohort-answer.js";
import type { CohortEscalation } from "../../schemas/cohort-escalation.js";
import type { Erasure } from "../../schemas/erasure.js";
import type { MailFeedback, Suppression } from "../../schemas/mail-event.js";
import type { Proposal } from "../../schemas/matching.js";
import type { Participant, Rejoin } from "../../schemas/participant.js";
import type { WaitingListEntry } from "../../schemas/waiting-list.js";
import { AddressItems } from "./address-items.js";
import { CohortItems, CohortRecordItems } from "./cohort-items.js";
import { ErasureItems } from "./erasure-items.js";
import { MatchingRunItems } from "./matching-run-items.js";
import { ParticipantItems } from "./participant-items.js";
import { TableClient } from "./table-client.js";
import { WaitingListItems } from "./waiting-list-items.js";

/**
 * The Store on DynamoDB; the client comes from the composition module. Each aggregate's
 * items are handled in their own module; this class only puts them behind the port.
 */
export class DynamoDbStore implements Store {
  private readonly participants: ParticipantItems;
  private readonly runs: MatchingRunItems;
  private readonly addresses: AddressItems;
  private readonly erasures: ErasureItems;
  private readonly cohorts: CohortItems;
  private readonly cohortRecords: CohortRecordItems;

  private readonly waitingList: WaitingListItems;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    const table = new TableClient(client, tableName);
    this.participants = new ParticipantItems(table);
    this.runs = new MatchingRunItems(table);
    this.addresses = new AddressItems(table);
    this.erasures = new ErasureItems(table);
    this.cohorts = new CohortItems(table);
    this.cohortRecords = new CohortRecordItems(table);
    this.waitingList = new WaitingListItems(table);
  }

  createParticipant(participant: Participant) {
    return this.participants.createParticipant(participant);
  }
  requestRejoin(participantId: string, rejoin: Rejoin) {
    return this.participants.requestRejoin(participantId, rejoin);
  }
  completeRejoin(next: Participant, confirmBy: string, at: string) {
    return this.participants.completeRejoin(next, confirmBy, at);
  }
  confirmParticipant(participant: Participant, confirmedAt: string) {
    return this.participants.confirmParticipant(participant, confirmedAt);
  }
  getParticipant(participantId: string) {
    return this.participants.getParticipant(participantId);
  }
  listParticipants(filter?: { role?: Participant["role"] }) {
    return this.participants.listParticipants(filter);
  }
  reassignMentor(move: Parameters<Store["reassignMentor"]>[0]) {
    return this.participants.reassignMentor(move);
  }
  releasePlaces(mentorId: string, count: number) {
    return this.participants.releasePlaces(mentorId, count);
  }
  recordDecline(participantId: string, otherId: string) {
    return this.participants.recordDecline(participantId, otherId);
  }
  replaceDeclined(participantId: string, fromId: string, toId: string) {
    return this.participants.replaceDeclined(participantId, fromId, toId);
  }

  createCohort(cohort: Cohort) {
    return this.cohorts.createCohort(cohort);
  }
  getCohort(cohortId: string) {
    return this.cohorts.getCohort(cohortId);
  }
  listCohorts() {
    return this.cohorts.listCohorts();
  }
  updateCohort(cohort: Cohort, expectedUpdatedAt: string) {
    return this.cohorts.updateCohort(cohort, expectedUpdatedAt);
  }

  addCohortEvent(cohortId: string, event: TimelineEvent) {
    return this.cohortRecords.addCohortEvent(cohortId, event);
  }
  listCohortEvents(cohortId: string) {
    return this.cohortRecords.listCohortEvents(cohortId);
  }
  putCohortAnswer(answer: CohortAnswer) {
    return this.cohortRecords.putCohortAnswer(answer);
  }
  listCohortAnswers(cohortId: string) {
    return this.cohortRecords.listCohortAnswers(cohortId);
  }
  deleteCohortAnswer(cohortId: string, kind: CohortAnswer["kind"], participantId: string) {
    return this.cohortRecords.deleteCohortAnswer(cohortId, kind, participantId);
  }
  openCohortEscalation(escalation: CohortEscalation, taskToken: string) {
    return this.cohortRecords.openCohortEscalation(escalation, taskToken);
  }
  getCohortEscalation(cohortId: string, escalationId: string) {
    return this.cohortRecords.getCohortEscalation(cohortId, escalationId);
  }
  listCohortEscalations(cohortId: string) {
    return this.cohortRecords.listCohortEscalations(cohortId);
  }
  closeCohortEscalation(escalation: CohortEscalation) {
    return this.cohortRecords.closeCohortEscalation(escalation);
  }

  saveMatchingRun(stored: StoredRun) {
    return this.runs.saveMatchingRun(stored);
  }
  getMatchingRun(runId: string) {
    return this.runs.getMatchingRun(runId);
  }
  listMatchingRuns() {
    return this.runs.listMatchingRuns();
  }
  getProposal(proposalId: string) {
    return this.runs.getProposal(proposalId);
  }
  approveProposal(proposal: Proposal, approval: Approval) {
    return this.runs.approveProposal(proposal, approval);
  }
  updateProposal(proposal: Proposal, expectedMentorId: string) {
    return this.runs.updateProposal(proposal, expectedMentorId);
  }

  findParticipantIdByEmail(email: string) {
    return this.addresses.findParticipantIdByEmail(email);
  }
  recordMailFeedback(feedback: MailFeedback) {
    return this.addresses.recordMailFeedback(feedback);
  }
  suppressAddress(suppression: Suppression) {
    return this.addresses.suppressAddress(suppression);
  }
  getSuppression(email: string) {
    return this.addresses.getSuppression(email);
  }

  joinWaitingList(entry: WaitingListEntry) {
    return this.waitingList.joinWaitingList(entry);
  }
  getWaitingListEntry(email: string) {
    return this.waitingList.getWaitingListEntry(email);
  }
  getWaitingListLink(entryId: string) {
    return this.waitingList.getWaitingListLink(entryId);
  }
  listWaitingList() {
    return this.waitingList.listWaitingList();
  }
  markWaitingListNotified(email: string, cohortId: string) {
    return this.waitingList.markWaitingListNotified(email, cohortId);
  }
  leaveWaitingList(email: string, entryId: string, leftAt: string) {
    return this.waitingList.leaveWaitingList(email, entryId, leftAt);
  }

  eraseParticipant(participant: Participant, erasure: Erasure) {
    return this.erasures.eraseParticipant(participant, erasure);
  }
  getErasure(pseudonym: string) {
    return this.erasures.getErasure(pseudonym);
  }
  pseudonymiseMatchingRuns(participantId: string, pseudonym: string) {
    return this.erasures.pseudonymiseMatchingRuns(participantId, pseudonym);
  }
  listErasures() {
    return this.erasures.listErasures();
  }
}
