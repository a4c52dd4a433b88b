import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { DuplicateApplicationError } from "../../domain/errors.js";
import type { MentorMove } from "../../ports/store.js";
import { applicantRoleSchema } from "../../schemas/application.js";
import { type Participant, participantSchema } from "../../schemas/participant.js";
import { keys } from "../../table/table-definition.js";
import {
  failedConditions,
  type Item,
  type TableClient,
  type TableWrite,
  withoutKeys,
} from "./table-client.js";

const fromParticipantItem = (item: Item) => participantSchema.parse(withoutKeys(item));

/** Takes `count` places of a mentor, only while they stay within `capacity`. */
export const takePlaces = (mentorId: string, count: number, capacity: number): TableWrite => ({
  Update: {
    Key: keys.participantProfile(mentorId),
    UpdateExpression: "SET activeMentees = activeMentees + :n",
    ConditionExpression: "activeMentees <= :most",
    ExpressionAttributeValues: { ":n": count, ":most": capacity - count },
  },
});

/** Frees `count` places of a mentor; the count never goes below zero. */
const freePlaces = (mentorId: string, count: number) => ({
  Key: keys.participantProfile(mentorId),
  UpdateExpression: "SET activeMentees = activeMentees - :n",
  ConditionExpression: "activeMentees >= :n",
  ExpressionAttributeValues: { ":n": count },
});

/** Participants: profile, application answers and e-mail lock; mentors' places. */
export class ParticipantItems {
  constructor(private readonly table: TableClient) {}

  async createParticipant(participant: Participant): Promise<void> {
    const { participantId, appliedAt } = participant;
    try {
      await this.table.transact([
        {
          // The e-mail lock makes "one application per e-mail" atomic: two concurrent
          // applications cannot both pass this condition.
          Put: {
            Item: {
              ...keys.emailLock(participant.email),
              itemType: "email",
              participantId,
              createdAt: appliedAt,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        {
          Put: {
            Item: {
              ...keys.participantProfile(participantId),
              ...keys.participantsByRole(participant.role, appliedAt, participantId),
              itemType: "participant",
              ...participant,
              // Mentors carry their count and capacity at the top level, so approving
              // a proposal can check "within capacity" in its condition expression.
              ...(participant.application.role === "mentor"
                ? {
                    activeMentees: participant.activeMentees ?? 0,
                    capacity: participant.application.capacity,
                  }
                : {}),
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        {
          Put: {
            Item: {
              ...keys.participantApplication(participantId, appliedAt),
              itemType: "application",
              participantId,
              appliedAt,
              consentVersion: participant.application.consentVersion,
              answers: participant.application,
            },
          },
        },
      ]);
    } catch (error) {
      if (failedConditions(error).includes(0)) throw new DuplicateApplicationError();
      throw error;
    }
  }

  async getParticipant(participantId: string): Promise<Participant | undefined> {
    const item = await this.table.get(keys.participantProfile(participantId), {
      consistent: false,
    });
    return item ? fromParticipantItem(item) : undefined;
  }

  async listParticipants(filter: { role?: Participant["role"] } = {}): Promise<Participant[]> {
    const roles = filter.role ? [filter.role] : applicantRoleSchema.options;
    const found: Participant[] = [];
    for (const role of roles) {
      const items = await this.table.queryIndex(keys.participantsByRole(role).gsi1pk);
      found.push(...items.map(fromParticipantItem));
    }
    return found.sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
  }

  async reassignMentor(move: MentorMove): Promise<boolean> {
    const count = move.menteeIds.length;
    try {
      await this.table.transact([
        takePlaces(move.toMentorId, count, move.toCapacity),
        { Update: freePlaces(move.fromMentorId, count) },
        ...move.menteeIds.map((menteeId) => ({
          Update: {
            Key: keys.participantProfile(menteeId),
            UpdateExpression: "SET placement.mentorId = :mentor",
            ConditionExpression: "attribute_exists(placement)",
            ExpressionAttributeValues: { ":mentor": move.toMentorId },
          },
        })),
      ]);
      return true;
    } catch (error) {
      // Any cancellation (a condition or a conflicting write) leaves the mentees as they were.
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
  }

  async releasePlaces(mentorId: string, count: number): Promise<void> {
    // False when already released (a retried close): nothing more to do.
    await this.table.updateIf(freePlaces(mentorId, count));
  }
}
