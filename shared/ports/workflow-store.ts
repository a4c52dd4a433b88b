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
  /** Forms a workflow still waits for (not answered, not closed), soonest expiry first. */
  listOpenForms(): Promise<FormRequest[]>;
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
  /** The closing answers of the relationship, one per participant who gave them. */
  listClosures(relationshipId: string): Promise<ClosureAnswers[]>;

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

  /**
   * Resending a form: an open form counts one more resend (and gets `expiresAt` when given,
   * for a new signed link) in one conditional write. Undefined when the form is not open.
   */
  countResend(
    formId: string,
    expiresAt?: string,
  ): Promise<{ form: FormRequest; resends: number } | undefined>;
  /** Open -> handled, once (who and when kept); false when the request was not open. */
  handleLinkRequest(requestId: string, at: string, by: string): Promise<boolean>;

  /** The forms a participant was asked for in a relationship, each with its own answers. */
  listParticipantForms(
    relationshipId: string,
    participantId: string,
  ): Promise<{ form: FormRequest; answers?: Record<string, unknown> }[]>;
  /** The certificate issued to (relationship, participant), if one was. */
  getCertificateOf(
    relationshipId: string,
    participantId: string,
  ): Promise<CertificateRecord | undefined>;
  /**
   * Erasure in one relationship's history (re-running it changes nothing more): the
   * participant's id becomes `pseudonym` everywhere (the relationship, forms, reflections,
   * checkpoints, events, certificate pointer, escalations' evidence), their name and
   * address leave the relationship's copy, and their own free text goes: form answers,
   * reflection and checkpoint text, closing answers, and a mentor's plan goals. Ratings,
   * dates, phases, choices and reason codes stay. Their certificate is revoked and its
   * holder name removed. Answers how many certificates it revoked.
   */
  pseudonymise(
    relationshipId: string,
    participantId: string,
    pseudonym: string,
    at: string,
  ): Promise<{ certificatesRevoked: number }>;
  /** Link requests by the participant or from the address lose who asked; answers how many. */
  eraseLinkRequests(participantId: string, email: string, pseudonym: string): Promise<number>;

  addEvent(relationshipId: string, event: TimelineEvent): Promise<void>;
  listEvents(relationshipId: string): Promise<TimelineEvent[]>;
}
