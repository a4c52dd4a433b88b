import type { CertificateRecord } from "../certificates/certificate-record.js";
import type { LinkRequest } from "../schemas/link-request.js";
import type {
  Checkpoint,
  Escalation,
  FormRequest,
  Goal,
  Reflection,
  Relationship,
  Session,
} from "../schemas/workflow.js";

/** Something that happened to a relationship; the console's timeline. */
export interface TimelineEvent {
  at: string;
  /** Stable per happening, so a retried step writes its event once. */
  key: string;
  type: string;
  /** Who did it: a participant id, "coordinator:<id>" or "workflow". */
  actor: string;
  /** Ids and figures only, never free text of reflections. */
  detail: Record<string, unknown>;
}

export interface ClosureAnswers {
  relationshipId: string;
  participantId: string;
  answers: Record<string, unknown>;
  submittedAt: string;
}

/** Persistence of running relationships; each method keeps its own invariant atomic. */
export interface WorkflowStore {
  getRelationship(relationshipId: string): Promise<Relationship | undefined>;
  listRelationships(): Promise<Relationship[]>;
  /** Sets the given fields (and updatedAt). */
  updateRelationship(relationshipId: string, patch: Partial<Relationship>): Promise<void>;

  /**
   * The form of (relationship, step, participant): created once, later asks re-use it and
   * only store the new task token. `created` says whether this call made it.
   */
  ensureForm(
    form: FormRequest,
    taskToken: string,
  ): Promise<{ form: FormRequest; created: boolean }>;
  getForm(formId: string): Promise<{ form: FormRequest; taskToken: string } | undefined>;
  /**
   * Open -> submitted, once, keeping the answers and what the task is resumed with; returns
   * the task token, or undefined when the form was not open (answered, closed) any more.
   */
  submitForm(
    formId: string,
    at: string,
    output: Record<string, unknown>,
    answers: Record<string, unknown>,
  ): Promise<string | undefined>;
  /** Counts a reminder once per number: false when reminder `n` was already counted. */
  countReminder(formId: string, n: number): Promise<boolean>;
  /** Closes still-open forms of a step (its answers are no longer needed). */
  closeForms(relationshipId: string, stepKey: string): Promise<void>;

  /**
   * Stores a plan's goals and sessions. Sessions from the first new number on that the new
   * plan leaves out are marked cancelled; a session keeps its last invite, so calendar
   * updates count on. A non-empty goal list replaces all goals.
   */
  savePlan(relationshipId: string, goals: Goal[], sessions: Session[]): Promise<void>;
  listGoals(relationshipId: string): Promise<Goal[]>;
  /** The planned sessions in order; cancelled ones only when asked for. */
  listSessions(
    relationshipId: string,
    options?: { includeCancelled?: boolean },
  ): Promise<Session[]>;
  updateSession(relationshipId: string, session: Session): Promise<void>;

  putReflection(reflection: Reflection): Promise<void>;
  listReflections(relationshipId: string): Promise<Reflection[]>;
  putCheckpoint(checkpoint: Checkpoint): Promise<void>;
  listCheckpoints(relationshipId: string): Promise<Checkpoint[]>;
  putClosure(answers: ClosureAnswers): Promise<void>;

  /** Creates the escalation unless one with this id exists; stores the waiting task's token. */
  openEscalation(
    escalation: Escalation,
    taskToken: string,
  ): Promise<{ escalation: Escalation; created: boolean }>;
  getEscalation(
    escalationId: string,
  ): Promise<{ escalation: Escalation; taskToken: string } | undefined>;
  listEscalations(status?: Escalation["status"]): Promise<Escalation[]>;
  /** Open -> decided, once; returns the token of the waiting task, or undefined. */
  decideEscalation(
    escalationId: string,
    decision: Pick<Escalation, "decision" | "note" | "pauseUntil" | "decidedBy" | "decidedAt">,
  ): Promise<string | undefined>;

  /**
   * The certificate of (relationship, participant), issued once: the first call stores
   * `certificate` (a conditional write), every later one returns the stored certificate
   * unchanged, so a retried or restarted step never makes a second one. `created` says
   * whether this call stored it.
   */
  issueCertificate(
    relationshipId: string,
    participantId: string,
    certificate: CertificateRecord,
  ): Promise<{ certificate: CertificateRecord; created: boolean }>;
  /** A certificate by its id (the public verification page). */
  getCertificate(certificateId: string): Promise<CertificateRecord | undefined>;

  /** Keeps a request for a new link once per request id; false when it was already there. */
  putLinkRequest(request: LinkRequest): Promise<boolean>;
  listLinkRequests(status: LinkRequest["status"]): Promise<LinkRequest[]>;

  addEvent(relationshipId: string, event: TimelineEvent): Promise<void>;
  listEvents(relationshipId: string): Promise<TimelineEvent[]>;
}
