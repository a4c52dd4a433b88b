import type { ApplicantRole } from "../schemas/application.js";
import type { Participant } from "../schemas/participant.js";

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
}
