import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { DuplicateApplicationError } from "../../domain/errors.js";
import type { MentorMove } from "../../ports/store.js";
import { applicantRoleSchema } from "../../schemas/application.js";
import { type Participant, participantSchema, type Rejoin } from "../../schemas/participant.js";
import { keys } from "../../table/table-definition.js";
import {
  failedConditions,
  type Item,
  type TableClient,
  type TableWrite,
  withoutKeys,
} from "./table-client.js";

const fromParticipantItem = (item: Item) => participantSchema.parse(withoutKeys(item));

/**
 * An unconfirmed application's items stay a day past the link's expiry (a confirmation
 * posted at the last moment still finds them), then DynamoDB's TTL deletes them.
 */
const KEPT_AFTER_CONFIRM_BY_SECONDS = 86_400;

/** The TTL of an unconfirmed participant's items; none once confirmed. */
const expiryOf = (participant: Participant): { expiresAt?: number } =>
  participant.confirmation === "unconfirmed" && participant.confirmBy
    ? {
        expiresAt:
          Math.floor(Date.parse(participant.confirmBy) / 1000) + KEPT_AFTER_CONFIRM_BY_SECONDS,
      }
    : {};

/** A transaction cancelled because another one wrote the same item (at `index`, or any). */
const conflicted = (error: unknown, index?: number): boolean =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some(
    (reason, i) => reason.Code === "TransactionConflict" && (index === undefined || i === index),
  );

/** The profile item: the record, its role index keys, and a mentor's places at the top level. */
export const profileItem = (participant: Participant): Item => ({
  ...keys.participantProfile(participant.participantId),
  ...keys.participantsByRole(participant.role, participant.appliedAt, participant.participantId),
  itemType: "participant",
  ...participant,
  // Mentors carry their count and capacity at the top level, so approving a proposal can
  // check "within capacity" in its condition expression.
  ...(participant.application.role === "mentor"
    ? { activeMentees: participant.activeMentees ?? 0, capacity: participant.application.capacity }
    : {}),
});

/** One application's answers as given, kept beside the profile (one item per application). */
export const applicationItem = (participant: Participant): Item => ({
  ...keys.participantApplication(participant.participantId, participant.appliedAt),
  itemType: "application",
  participantId: participant.participantId,
  appliedAt: participant.appliedAt,
  consentVersion: participant.application.consentVersion,
  answers: participant.application,
});

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

/** Participants: profile, application answers and e-mail lock, their confirmation; mentors' places. */
export class ParticipantItems {
  constructor(private readonly table: TableClient) {}

  async createParticipant(participant: Participant): Promise<void> {
    const { participantId, appliedAt } = participant;
    const expiry = expiryOf(participant);
    try {
      await this.table.transact([
        {
          // The e-mail lock makes "one application per e-mail" atomic: two concurrent
          // applications cannot both pass this condition. An unconfirmed lock whose link
          // has expired gives way at once, whenever the TTL gets to delete it.
          Put: {
            Item: {
              ...keys.emailLock(participant.email),
              itemType: "email",
              participantId,
              createdAt: appliedAt,
              confirmation: participant.confirmation,
              ...(participant.confirmation === "unconfirmed"
                ? { confirmBy: participant.confirmBy }
                : {}),
              ...expiry,
            },
            ConditionExpression:
              "attribute_not_exists(pk) OR (#confirmation = :unconfirmed AND #confirmBy <= :now)",
            ExpressionAttributeNames: {
              "#confirmation": "confirmation",
              "#confirmBy": "confirmBy",
            },
            ExpressionAttributeValues: { ":unconfirmed": "unconfirmed", ":now": appliedAt },
          },
        },
        {
          Put: {
            Item: { ...profileItem(participant), ...expiry },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        { Put: { Item: { ...applicationItem(participant), ...expiry } } },
      ]);
    } catch (error) {
      // Refused by the lock, or cancelled by a concurrent write to it (another application,
      // or the confirmation, of the same address): either way the address is taken.
      if (failedConditions(error).includes(0) || conflicted(error, 0))
        throw new DuplicateApplicationError();
      throw error;
    }
  }

  async confirmParticipant(participant: Participant, confirmedAt: string): Promise<boolean> {
    const { participantId } = participant;
    const names = { "#confirmation": "confirmation", "#confirmBy": "confirmBy" };
    // One step: the profile moves from unconfirmed to confirmed while its link is valid,
    // and its items, the answers and the address's lock (still this person's) stop expiring.
    const writes: TableWrite[] = [
      {
        Update: {
          Key: keys.participantProfile(participantId),
          UpdateExpression: "SET #confirmation = :confirmed, confirmedAt = :at REMOVE expiresAt",
          ConditionExpression: "#confirmation = :unconfirmed AND #confirmBy > :at",
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: {
            ":confirmed": "confirmed",
            ":unconfirmed": "unconfirmed",
            ":at": confirmedAt,
          },
        },
      },
      {
        Update: {
          Key: keys.participantApplication(participantId, participant.appliedAt),
          UpdateExpression: "REMOVE expiresAt",
          ConditionExpression: "attribute_exists(pk)",
        },
      },
      {
        Update: {
          Key: keys.emailLock(participant.email),
          UpdateExpression: "SET #confirmation = :confirmed REMOVE #confirmBy, expiresAt",
          ConditionExpression: "participantId = :id",
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ":confirmed": "confirmed", ":id": participantId },
        },
      },
    ];
    // Two clicks at once: DynamoDB may cancel one for the other's write; tried again, its
    // condition then finds the application confirmed.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.table.transactIf(writes);
      } catch (error) {
        if (attempt >= 4 || !conflicted(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
      }
    }
  }

  async requestRejoin(participantId: string, rejoin: Rejoin): Promise<boolean> {
    return this.table.transactIf([
      {
        Update: {
          Key: keys.participantProfile(participantId),
          UpdateExpression: "SET rejoin = :rejoin",
          // Records from before confirmation existed have none, and count as confirmed.
          ConditionExpression:
            "attribute_exists(pk) AND (attribute_not_exists(#confirmation) OR #confirmation = :confirmed)",
          ExpressionAttributeNames: { "#confirmation": "confirmation" },
          ExpressionAttributeValues: { ":rejoin": rejoin, ":confirmed": "confirmed" },
        },
      },
    ]);
  }

  async completeRejoin(next: Participant, confirmBy: string, at: string): Promise<boolean> {
    // One step: the profile moves to the new round (its role index keys with it) while the
    // waiting application is the one confirmed; the new application's answers are kept.
    return this.table.transactIf([
      {
        Put: {
          Item: profileItem(next),
          ConditionExpression: "rejoin.confirmBy = :confirmBy AND rejoin.confirmBy > :at",
          ExpressionAttributeValues: { ":confirmBy": confirmBy, ":at": at },
        },
      },
      { Put: { Item: applicationItem(next) } },
    ]);
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

  async recordDecline(participantId: string, otherId: string): Promise<void> {
    // False when the id is already listed (a retried answer) or the profile is gone.
    for (const [one, other] of [
      [participantId, otherId],
      [otherId, participantId],
    ] as const)
      await this.table.updateIf({
        Key: keys.participantProfile(one),
        UpdateExpression:
          "SET declinedWith = list_append(if_not_exists(declinedWith, :none), :other)",
        ConditionExpression:
          "attribute_exists(pk) AND (attribute_not_exists(declinedWith) OR NOT contains(declinedWith, :id))",
        ExpressionAttributeValues: { ":none": [], ":other": [other], ":id": other },
      });
  }

  async replaceDeclined(participantId: string, fromId: string, toId: string): Promise<void> {
    const item = await this.table.get(keys.participantProfile(participantId));
    const list = item?.declinedWith;
    if (!Array.isArray(list) || !list.includes(fromId)) return;
    await this.table.updateIf({
      Key: keys.participantProfile(participantId),
      UpdateExpression: "SET declinedWith = :list",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":list": list.map((id) => (id === fromId ? toId : id)) },
    });
  }

  async releasePlaces(mentorId: string, count: number): Promise<void> {
    // False when already released (a retried close): nothing more to do.
    await this.table.updateIf(freePlaces(mentorId, count));
  }
}
