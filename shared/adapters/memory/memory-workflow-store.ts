import {
  type CertificateRecord,
  certificateRecordSchema,
} from "../../certificates/certificate-record.js";
import type { ClosureAnswers, TimelineEvent, WorkflowStore } from "../../ports/workflow-store.js";
import { type LinkRequest, linkRequestSchema } from "../../schemas/link-request.js";
import {
  type Checkpoint,
  checkpointSchema,
  type Escalation,
  escalationSchema,
  type FormRequest,
  formRequestSchema,
  type Goal,
  goalSchema,
  type Reflection,
  type Relationship,
  reflectionSchema,
  relationshipSchema,
  type Session,
  sessionSchema,
} from "../../schemas/workflow.js";
import { normaliseEmail } from "../../table/table-definition.js";
import {
  emptyWorkflowState,
  partitionOf,
  pseudonymiseHistory,
  type RelationshipPartition,
} from "./memory-erasure.js";

/** Read back as the table reads: a copy, parsed by the item's schema (defaults applied). */
const read = <T>(schema: { parse(value: unknown): T }, value: unknown): T =>
  schema.parse(structuredClone(value));
/** Items in the order of their sort keys (by code unit, as the table); keyless ones are not listed. */
const ordered = <V>(items: Iterable<[string | undefined, V]>): V[] =>
  [...items]
    .filter((item): item is [string, V] => item[0] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, value]) => value);
const numbered = (n: number) => String(n).padStart(3, "0");

/**
 * In-memory WorkflowStore for unit tests of the workflow's use cases; the same invariants
 * as the DynamoDB adapter (shared/adapters/dynamodb/*-items.ts), orders included.
 */
export class MemoryWorkflowStore implements WorkflowStore {
  private readonly state = emptyWorkflowState();

  /** For tests: a relationship as approving its proposal writes it (the Store does on DynamoDB). */
  putRelationship(relationship: Relationship): void {
    this.state.relationships.set(
      relationship.relationshipId,
      read(relationshipSchema, relationship),
    );
  }

  private partition(relationshipId: string): RelationshipPartition {
    return partitionOf(this.state, relationshipId);
  }

  async getRelationship(relationshipId: string): Promise<Relationship | undefined> {
    const found = this.state.relationships.get(relationshipId);
    return found && read(relationshipSchema, found);
  }

  async listRelationships(): Promise<Relationship[]> {
    const relationships = [...this.state.relationships.values()];
    return ordered(relationships.map((r) => [`${r.createdAt}#${r.relationshipId}`, r])).map((r) =>
      read(relationshipSchema, r),
    );
  }

  async updateRelationship(relationshipId: string, patch: Partial<Relationship>): Promise<void> {
    const fields = Object.entries(patch).filter(([name]) => name !== "relationshipId");
    if (fields.length === 0) return;
    const stored = this.state.relationships.get(relationshipId) as Record<string, unknown>;
    // As the table's condition: only an existing relationship is updated.
    if (!stored) throw new Error(`relationship ${relationshipId} does not exist`);
    for (const [name, value] of fields) {
      if (value === undefined) delete stored[name];
      else stored[name] = structuredClone(value);
    }
  }

  async ensureForm(form: FormRequest, taskToken: string) {
    const pointers = this.partition(form.relationshipId).formPointers;
    const pointer = `${form.stepKey}#${form.participantId}`;
    const formId = pointers.get(pointer);
    if (formId === undefined) {
      pointers.set(pointer, form.formId);
      this.state.forms.set(form.formId, {
        form: structuredClone(form),
        taskToken,
        // Only forms a workflow waits for can be overdue.
        ...(taskToken ? { listing: `${form.expiresAt}#${form.formId}` } : {}),
      });
      return { form: structuredClone(form), created: true };
    }
    // Asked again: the open form stays, only the waiting task's token changes.
    const stored = this.state.forms.get(formId);
    if (!stored) throw new Error(`form ${formId} does not exist`);
    stored.taskToken = taskToken;
    return { form: read(formRequestSchema, stored.form), created: false };
  }

  async getForm(formId: string) {
    const stored = this.state.forms.get(formId);
    return stored && { form: read(formRequestSchema, stored.form), taskToken: stored.taskToken };
  }

  async submitForm(
    formId: string,
    at: string,
    output: Record<string, unknown>,
    answers: Record<string, unknown>,
  ): Promise<string | undefined> {
    const stored = this.state.forms.get(formId);
    if (stored?.form.status !== "open") return undefined;
    Object.assign(stored.form, { status: "submitted", submittedAt: at });
    stored.form.output = structuredClone(output);
    stored.answers = structuredClone(answers);
    delete stored.listing;
    return stored.taskToken;
  }

  async countReminder(formId: string, n: number): Promise<boolean> {
    const stored = this.state.forms.get(formId);
    if (!stored || !(stored.form.reminders < n)) return false;
    stored.form.reminders = n;
    return true;
  }

  async listOpenForms(): Promise<FormRequest[]> {
    const forms = [...this.state.forms.values()];
    return ordered(forms.map(({ form, listing }) => [listing, form])).map((form) =>
      read(formRequestSchema, form),
    );
  }

  async closeForms(relationshipId: string, stepKey: string): Promise<void> {
    for (const [pointer, formId] of this.partition(relationshipId).formPointers) {
      const stored = this.state.forms.get(formId);
      if (!pointer.startsWith(`${stepKey}#`) || stored?.form.status !== "open") continue;
      stored.form.status = "closed";
      delete stored.listing;
    }
  }

  async countResend(formId: string, expiresAt?: string) {
    const stored = this.state.forms.get(formId);
    if (stored?.form.status !== "open") return undefined;
    stored.resends = (stored.resends ?? 0) + 1;
    // As on the table, the open-forms listing keeps its place by the first expiry.
    if (expiresAt) stored.form.expiresAt = expiresAt;
    return { form: read(formRequestSchema, stored.form), resends: stored.resends };
  }

  async listParticipantForms(relationshipId: string, participantId: string) {
    const found: { form: FormRequest; answers?: Record<string, unknown> }[] = [];
    const pointers = [...this.partition(relationshipId).formPointers];
    for (const [pointer, formId] of ordered(pointers.map((entry) => [entry[0], entry]))) {
      const stored = this.state.forms.get(formId);
      if (!pointer.endsWith(`#${participantId}`) || stored?.form.participantId !== participantId)
        continue;
      const { answers } = stored;
      found.push({
        form: read(formRequestSchema, stored.form),
        ...(answers ? { answers: structuredClone(answers) } : {}),
      });
    }
    return found.sort((a, b) => a.form.createdAt.localeCompare(b.form.createdAt));
  }

  async savePlan(relationshipId: string, goals: Goal[], sessions: Session[]): Promise<void> {
    // A new plan replaces the sessions not yet held: later numbers are overwritten, the
    // ones it leaves out are kept as cancelled (their calendar events must be removed).
    const partition = this.partition(relationshipId);
    const first = Math.min(...sessions.map((session) => session.number));
    const planned = new Set(sessions.map((session) => session.number));
    for (const session of partition.sessions.values()) {
      if (session.number >= first && !planned.has(session.number) && !session.cancelled)
        session.cancelled = true;
    }
    for (const session of sessions) {
      const invite = partition.sessions.get(numbered(session.number))?.invite;
      partition.sessions.set(
        numbered(session.number),
        structuredClone(invite ? { ...session, invite } : session),
      );
    }
    if (goals.length > 0) partition.goals.clear();
    for (const goal of goals) partition.goals.set(goal.key, structuredClone(goal));
  }

  async listGoals(relationshipId: string): Promise<Goal[]> {
    return ordered(this.partition(relationshipId).goals).map((goal) => read(goalSchema, goal));
  }

  async listSessions(relationshipId: string, options: { includeCancelled?: boolean } = {}) {
    return ordered(this.partition(relationshipId).sessions)
      .filter((session) => options.includeCancelled || !session.cancelled)
      .map((session) => read(sessionSchema, session));
  }

  async updateSession(relationshipId: string, session: Session): Promise<void> {
    this.partition(relationshipId).sessions.set(numbered(session.number), structuredClone(session));
  }

  async putReflection(reflection: Reflection): Promise<void> {
    const key = `${numbered(reflection.session)}#${reflection.participantId}`;
    this.partition(reflection.relationshipId).reflections.set(key, structuredClone(reflection));
  }

  async listReflections(relationshipId: string): Promise<Reflection[]> {
    return ordered(this.partition(relationshipId).reflections).map((r) =>
      read(reflectionSchema, r),
    );
  }

  async putCheckpoint(checkpoint: Checkpoint): Promise<void> {
    const key = `${numbered(checkpoint.session)}#${checkpoint.participantId}`;
    this.partition(checkpoint.relationshipId).checkpoints.set(key, structuredClone(checkpoint));
  }

  async listCheckpoints(relationshipId: string): Promise<Checkpoint[]> {
    return ordered(this.partition(relationshipId).checkpoints).map((c) =>
      read(checkpointSchema, c),
    );
  }

  async putClosure(answers: ClosureAnswers): Promise<void> {
    const closures = this.partition(answers.relationshipId).closures;
    closures.set(answers.participantId, structuredClone(answers));
  }

  async listClosures(relationshipId: string): Promise<ClosureAnswers[]> {
    return [...this.partition(relationshipId).closures.values()].map((c) => structuredClone(c));
  }

  async openEscalation(escalation: Escalation, taskToken: string) {
    const stored = this.state.escalations.get(escalation.escalationId);
    if (stored) {
      stored.taskToken = taskToken;
      return { escalation: read(escalationSchema, stored.escalation), created: false };
    }
    const listing = `${escalation.openedAt}#${escalation.escalationId}`;
    const copy = structuredClone(escalation);
    this.state.escalations.set(escalation.escalationId, { escalation: copy, taskToken, listing });
    return { escalation: structuredClone(escalation), created: true };
  }

  async getEscalation(escalationId: string) {
    const stored = this.state.escalations.get(escalationId);
    return (
      stored && {
        escalation: read(escalationSchema, stored.escalation),
        taskToken: stored.taskToken,
      }
    );
  }

  async listEscalations(status?: Escalation["status"]): Promise<Escalation[]> {
    const statuses: Escalation["status"][] = status ? [status] : ["open", "decided"];
    return statuses.flatMap((s) => {
      const listed = [...this.state.escalations.values()].filter((e) => e.escalation.status === s);
      return ordered(listed.map((e) => [e.listing, e.escalation])).map((e) =>
        read(escalationSchema, e),
      );
    });
  }

  async decideEscalation(
    escalationId: string,
    decision: Parameters<WorkflowStore["decideEscalation"]>[1],
  ): Promise<string | undefined> {
    const stored = this.state.escalations.get(escalationId);
    if (stored?.escalation.status !== "open") return undefined;
    const given = Object.entries(decision).filter(([, value]) => value !== undefined);
    Object.assign(stored.escalation, Object.fromEntries(given), { status: "decided" });
    return stored.taskToken;
  }

  async issueCertificate(
    relationshipId: string,
    participantId: string,
    certificate: CertificateRecord,
  ) {
    const pointers = this.partition(relationshipId).certificatePointers;
    if (!pointers.has(participantId) && !this.state.certificates.has(certificate.certificateId)) {
      const record = certificateRecordSchema.parse(structuredClone(certificate));
      pointers.set(participantId, certificate.certificateId);
      this.state.certificates.set(certificate.certificateId, record);
      return { certificate: structuredClone(certificate), created: true };
    }
    // Issued before (a retry or a restart): the first certificate stands.
    const existing = await this.getCertificateOf(relationshipId, participantId);
    if (!existing) {
      throw new Error(`certificate ${certificate.certificateId} could not be stored or found`);
    }
    return { certificate: existing, created: false };
  }

  async getCertificate(certificateId: string): Promise<CertificateRecord | undefined> {
    const found = this.state.certificates.get(certificateId);
    return found && read(certificateRecordSchema, found);
  }

  async getCertificateOf(relationshipId: string, participantId: string) {
    const certificateId = this.partition(relationshipId).certificatePointers.get(participantId);
    return certificateId === undefined ? undefined : this.getCertificate(certificateId);
  }

  async putLinkRequest(request: LinkRequest): Promise<boolean> {
    if (this.state.linkRequests.has(request.requestId)) return false;
    this.state.linkRequests.set(request.requestId, structuredClone(request));
    return true;
  }

  async listLinkRequests(status: LinkRequest["status"]): Promise<LinkRequest[]> {
    return this.linkRequestsBy(status).map((request) => read(linkRequestSchema, request));
  }

  async handleLinkRequest(requestId: string, at: string, by: string): Promise<boolean> {
    const stored = this.state.linkRequests.get(requestId);
    if (stored?.status !== "open") return false;
    Object.assign(stored, { status: "handled", handledAt: at, handledBy: by });
    return true;
  }

  async eraseLinkRequests(participantId: string, email: string, pseudonym: string) {
    let count = 0;
    const address = normaliseEmail(email);
    for (const request of [...this.linkRequestsBy("open"), ...this.linkRequestsBy("handled")]) {
      const byAddress = request.email !== undefined && normaliseEmail(request.email) === address;
      if (request.participantId !== participantId && !byAddress) continue;
      delete request.email;
      delete request.note;
      if (request.participantId) request.participantId = pseudonym;
      count++;
    }
    return count;
  }

  /** The stored requests of a status, oldest first (the GSI1 listing). */
  private linkRequestsBy(status: LinkRequest["status"]): LinkRequest[] {
    const listed = [...this.state.linkRequests.values()].filter((r) => r.status === status);
    return ordered(listed.map((r) => [`${r.requestedAt}#${r.requestId}`, r]));
  }

  async pseudonymise(relationshipId: string, participantId: string, pseudonym: string, at: string) {
    return pseudonymiseHistory(this.state, relationshipId, participantId, pseudonym, at);
  }

  async addEvent(relationshipId: string, event: TimelineEvent): Promise<void> {
    // Kept once per (time, key), as the table's conditional put keeps it.
    const events = this.partition(relationshipId).events;
    const key = `${event.at}#${event.key}`;
    if (!events.has(key)) events.set(key, structuredClone(event));
  }

  async listEvents(relationshipId: string): Promise<TimelineEvent[]> {
    return ordered(this.partition(relationshipId).events).map((event) => structuredClone(event));
  }
}
