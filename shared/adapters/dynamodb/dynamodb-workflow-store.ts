import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { CertificateRecord } from "../../certificates/certificate-record.js";
import type { ClosureAnswers, TimelineEvent, WorkflowStore } from "../../ports/workflow-store.js";
import type { LinkRequest } from "../../schemas/link-request.js";
import type {
  Checkpoint,
  Escalation,
  FormRequest,
  Goal,
  Reflection,
  Relationship,
  Session,
} from "../../schemas/workflow.js";
import { CertificateItems } from "./certificate-items.js";
import { HistoryErasure } from "./erasure-items.js";
import { EscalationItems } from "./escalation-items.js";
import { FormItems } from "./form-items.js";
import { LinkRequestItems } from "./link-request-items.js";
import { RelationshipItems } from "./relationship-items.js";
import { TableClient } from "./table-client.js";

export { ERASED_NAME } from "./certificate-items.js";

/**
 * The WorkflowStore on the one table (key layout in shared/table/table-definition.ts). Each
 * aggregate's items are handled in their own module; this class only puts them behind the port.
 */
export class DynamoDbWorkflowStore implements WorkflowStore {
  private readonly relationships: RelationshipItems;
  private readonly forms: FormItems;
  private readonly linkRequests: LinkRequestItems;
  private readonly escalations: EscalationItems;
  private readonly certificates: CertificateItems;
  private readonly erasure: HistoryErasure;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    const table = new TableClient(client, tableName);
    this.relationships = new RelationshipItems(table);
    this.forms = new FormItems(table);
    this.linkRequests = new LinkRequestItems(table);
    this.escalations = new EscalationItems(table);
    this.certificates = new CertificateItems(table);
    this.erasure = new HistoryErasure(table, this.forms, this.certificates, this.escalations);
  }

  getRelationship(relationshipId: string) {
    return this.relationships.getRelationship(relationshipId);
  }
  listRelationships() {
    return this.relationships.listRelationships();
  }
  updateRelationship(relationshipId: string, patch: Partial<Relationship>) {
    return this.relationships.updateRelationship(relationshipId, patch);
  }
  savePlan(relationshipId: string, goals: Goal[], sessions: Session[]) {
    return this.relationships.savePlan(relationshipId, goals, sessions);
  }
  listGoals(relationshipId: string) {
    return this.relationships.listGoals(relationshipId);
  }
  listSessions(relationshipId: string, options?: { includeCancelled?: boolean }) {
    return this.relationships.listSessions(relationshipId, options);
  }
  updateSession(relationshipId: string, session: Session) {
    return this.relationships.updateSession(relationshipId, session);
  }
  putReflection(reflection: Reflection) {
    return this.relationships.putReflection(reflection);
  }
  listReflections(relationshipId: string) {
    return this.relationships.listReflections(relationshipId);
  }
  putCheckpoint(checkpoint: Checkpoint) {
    return this.relationships.putCheckpoint(checkpoint);
  }
  listCheckpoints(relationshipId: string) {
    return this.relationships.listCheckpoints(relationshipId);
  }
  putClosure(answers: ClosureAnswers) {
    return this.relationships.putClosure(answers);
  }
  listClosures(relationshipId: string) {
    return this.relationships.listClosures(relationshipId);
  }
  addEvent(relationshipId: string, event: TimelineEvent) {
    return this.relationships.addEvent(relationshipId, event);
  }
  listEvents(relationshipId: string) {
    return this.relationships.listEvents(relationshipId);
  }

  ensureForm(form: FormRequest, taskToken: string) {
    return this.forms.ensureForm(form, taskToken);
  }
  getForm(formId: string) {
    return this.forms.getForm(formId);
  }
  submitForm(
    formId: string,
    at: string,
    output: Record<string, unknown>,
    answers: Record<string, unknown>,
  ) {
    return this.forms.submitForm(formId, at, output, answers);
  }
  countReminder(formId: string, n: number) {
    return this.forms.countReminder(formId, n);
  }
  listOpenForms() {
    return this.forms.listOpenForms();
  }
  closeForms(relationshipId: string, stepKey: string) {
    return this.forms.closeForms(relationshipId, stepKey);
  }
  countResend(formId: string, expiresAt?: string) {
    return this.forms.countResend(formId, expiresAt);
  }
  listParticipantForms(relationshipId: string, participantId: string) {
    return this.forms.listParticipantForms(relationshipId, participantId);
  }

  putLinkRequest(request: LinkRequest) {
    return this.linkRequests.putLinkRequest(request);
  }
  listLinkRequests(status: LinkRequest["status"]) {
    return this.linkRequests.listLinkRequests(status);
  }
  handleLinkRequest(requestId: string, at: string, by: string) {
    return this.linkRequests.handleLinkRequest(requestId, at, by);
  }
  eraseLinkRequests(participantId: string, email: string, pseudonym: string) {
    return this.linkRequests.eraseLinkRequests(participantId, email, pseudonym);
  }

  openEscalation(escalation: Escalation, taskToken: string) {
    return this.escalations.openEscalation(escalation, taskToken);
  }
  getEscalation(escalationId: string) {
    return this.escalations.getEscalation(escalationId);
  }
  listEscalations(status?: Escalation["status"]) {
    return this.escalations.listEscalations(status);
  }
  decideEscalation(
    escalationId: string,
    decision: Parameters<WorkflowStore["decideEscalation"]>[1],
  ) {
    return this.escalations.decideEscalation(escalationId, decision);
  }

  issueCertificate(relationshipId: string, participantId: string, certificate: CertificateRecord) {
    return this.certificates.issueCertificate(relationshipId, participantId, certificate);
  }
  getCertificate(certificateId: string) {
    return this.certificates.getCertificate(certificateId);
  }
  getCertificateOf(relationshipId: string, participantId: string) {
    return this.certificates.getCertificateOf(relationshipId, participantId);
  }

  pseudonymise(relationshipId: string, participantId: string, pseudonym: string, at: string) {
    return this.erasure.pseudonymise(relationshipId, participantId, pseudonym, at);
  }
}
