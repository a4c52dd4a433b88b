import { DuplicateApplicationError } from "../../domain/errors.js";
import type { Store } from "../../ports/store.js";
import type { Participant } from "../../schemas/participant.js";
import { normaliseEmail } from "../../table/table-definition.js";

/** In-memory Store for unit tests of use cases; same invariants as the DynamoDB adapter. */
export class MemoryStore implements Store {
  private readonly participants = new Map<string, Participant>();
  private readonly emails = new Set<string>();

  async createParticipant(participant: Participant): Promise<void> {
    const email = normaliseEmail(participant.email);
    if (this.emails.has(email)) throw new DuplicateApplicationError();
    this.emails.add(email);
    this.participants.set(participant.participantId, structuredClone(participant));
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
}
