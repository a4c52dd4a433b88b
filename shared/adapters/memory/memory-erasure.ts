import type { CertificateRecord } from "../../certificates/certificate-record.js";
import type { ClosureAnswers, TimelineEvent } from "../../ports/workflow-store.js";
import { escalationWithoutWords, eventWithoutWords, swapId } from "../../schemas/erasure.js";
import type { LinkRequest } from "../../schemas/link-request.js";
import {
  type Checkpoint,
  type Escalation,
  type FormRequest,
  type Goal,
  REFLECTION_TEXT_FIELDS,
  type Reflection,
  type Relationship,
  type Session,
} from "../../schemas/workflow.js";
import { ERASED_NAME } from "../dynamodb/certificate-items.js";

/** A form as the table keeps it: the request, the waiting task and what came back. */
export interface StoredForm {
  form: FormRequest;
  /** "" when no task waits for it. */
  taskToken: string;
  answers?: Record<string, unknown>;
  resends?: number;
  /** Its place in the open-forms listing (`<expiresAt at creation>#<formId>`), while listed. */
  listing?: string;
}

/**
 * A relationship's partition, each map keyed as the sort key orders it: sessions and
 * answers by zero-padded number, events by `<at>#<key>`, form pointers by
 * `<stepKey>#<participantId>`, certificate pointers by participant.
 */
export interface RelationshipPartition {
  sessions: Map<string, Session>;
  goals: Map<string, Goal>;
  reflections: Map<string, Reflection>;
  checkpoints: Map<string, Checkpoint>;
  closures: Map<string, ClosureAnswers>;
  events: Map<string, TimelineEvent>;
  formPointers: Map<string, string>;
  certificatePointers: Map<string, string>;
}

export interface MemoryWorkflowState {
  relationships: Map<string, Relationship>;
  partitions: Map<string, RelationshipPartition>;
  forms: Map<string, StoredForm>;
  /** Each with its listing key, `<openedAt>#<escalationId>`, fixed at creation. */
  escalations: Map<string, { escalation: Escalation; taskToken: string; listing: string }>;
  certificates: Map<string, CertificateRecord>;
  linkRequests: Map<string, LinkRequest>;
}

export const emptyWorkflowState = (): MemoryWorkflowState => ({
  relationships: new Map(),
  partitions: new Map(),
  forms: new Map(),
  escalations: new Map(),
  certificates: new Map(),
  linkRequests: new Map(),
});

/** The relationship's partition, empty until something is written to it. */
export function partitionOf(state: MemoryWorkflowState, relationshipId: string) {
  let partition = state.partitions.get(relationshipId);
  if (!partition) {
    partition = {
      sessions: new Map(),
      goals: new Map(),
      reflections: new Map(),
      checkpoints: new Map(),
      closures: new Map(),
      events: new Map(),
      formPointers: new Map(),
      certificatePointers: new Map(),
    };
    state.partitions.set(relationshipId, partition);
  }
  return partition;
}

/** Revoked, with the holder's name replaced; false when it was revoked (or gone) already. */
export function revokeForErasure(state: MemoryWorkflowState, certificateId: string, at: string) {
  const certificate = state.certificates.get(certificateId);
  if (certificate?.status !== "valid") return false;
  Object.assign(certificate, { status: "revoked", revokedAt: at, name: ERASED_NAME });
  return true;
}

/** WorkflowStore.pseudonymise on the in-memory state, as HistoryErasure does it on the table. */
export function pseudonymiseHistory(
  state: MemoryWorkflowState,
  relationshipId: string,
  participantId: string,
  pseudonym: string,
  at: string,
): { certificatesRevoked: number } {
  const swap = <T>(value: T): T => swapId(value, participantId, pseudonym);
  const names = (value: unknown) => JSON.stringify(value).includes(participantId);
  /** Edits each item (null deletes it); an item that names the participant moves to the pseudonym. */
  const rewrite = <V>(
    map: Map<string, V>,
    edit: (value: V, key: string) => V | null = (v) => v,
  ) => {
    for (const [key, value] of [...map]) {
      const edited = edit(value, key);
      if (edited === null) {
        map.delete(key);
        continue;
      }
      if (edited === value && !key.includes(participantId) && !names(value)) continue;
      map.delete(key);
      map.set(swap(key), swap(edited));
    }
  };

  const meta = state.relationships.get(relationshipId);
  const wasMentor = meta?.mentorId === participantId;
  if (meta && names(meta)) {
    const people = { ...meta.people };
    delete people[participantId];
    const candidates = meta.candidates.filter((id) => id !== participantId);
    state.relationships.set(relationshipId, swap({ ...meta, people, candidates }));
  }
  let certificatesRevoked = 0;
  const partition = state.partitions.get(relationshipId);
  if (partition) {
    const own = (item: { participantId: string }) => item.participantId === participantId;
    rewrite(partition.reflections, (reflection) => {
      if (!own(reflection)) return reflection;
      const kept = { ...reflection };
      for (const field of REFLECTION_TEXT_FIELDS) delete kept[field];
      return kept;
    });
    rewrite(partition.checkpoints, (checkpoint) => {
      if (!own(checkpoint)) return checkpoint;
      const { keyInsight: _text, ...kept } = checkpoint;
      return kept;
    });
    // Closing answers are free text only.
    rewrite(partition.closures, (closure) => (own(closure) ? null : closure));
    rewrite(partition.formPointers, (formId, key) => {
      const stored = key.endsWith(`#${participantId}`) ? state.forms.get(formId) : undefined;
      if (stored) {
        // The form names the pseudonym and loses its answers; nothing waits any more.
        stored.form.participantId = pseudonym;
        stored.taskToken = "";
        delete stored.answers;
      }
      return formId;
    });
    rewrite(partition.certificatePointers, (certificateId, key) => {
      if (key === participantId && revokeForErasure(state, certificateId, at))
        certificatesRevoked++;
      return certificateId;
    });
    // The plan is the mentor's own answer: its words go, the goal's key stays.
    rewrite(partition.goals, (goal) => {
      if (!wasMentor) return goal;
      const { situation, opportunities, actions, ...rest } = goal;
      const wordy = goal.title !== "" || situation || opportunities || actions;
      return wordy ? { ...rest, title: "", measure: "" } : goal;
    });
    rewrite(partition.sessions);
    rewrite(partition.events, (event) => eventWithoutWords(event, participantId));
  }
  // Escalations of the relationship: the evidence names people by id only, and the
  // coordinator's note goes (free text that may speak of the person).
  for (const [id, stored] of state.escalations) {
    if (stored.escalation.relationshipId !== relationshipId) continue;
    const { note: _note, ...rest } = stored.escalation;
    const escalation = escalationWithoutWords(rest, participantId);
    state.escalations.set(id, swap({ ...stored, escalation }));
  }
  return { certificatesRevoked };
}
