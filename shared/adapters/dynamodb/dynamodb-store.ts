import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { ConflictError, DuplicateApplicationError } from "../../domain/errors.js";
import { runIdOf } from "../../domain/matching/proposal-ids.js";
import type { Approval, Store, StoredRun } from "../../ports/store.js";
import { applicantRoleSchema } from "../../schemas/application.js";
import { type Erasure, erasureSchema } from "../../schemas/erasure.js";
import {
  type MailFeedback,
  mailFeedbackSchema,
  type Suppression,
  suppressionSchema,
} from "../../schemas/mail-event.js";
import {
  matchingRunSchema,
  type Proposal,
  proposalSchema,
  unplacedSchema,
} from "../../schemas/matching.js";
import { type Participant, participantSchema } from "../../schemas/participant.js";
import { keys, normaliseEmail, TABLE } from "../../table/table-definition.js";

const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "itemType", "capacity"] as const;

const withoutKeys = (item: Record<string, unknown>): Record<string, unknown> => {
  const copy = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy;
};

/** The Store on DynamoDB; the client comes from the composition module. */
export class DynamoDbStore implements Store {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createParticipant(participant: Participant): Promise<void> {
    const { participantId, appliedAt } = participant;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              // The e-mail lock makes "one application per e-mail" atomic: two concurrent
              // applications cannot both pass this condition.
              Put: {
                TableName: this.tableName,
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
                TableName: this.tableName,
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
                TableName: this.tableName,
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
          ],
        }),
      );
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed"
      ) {
        throw new DuplicateApplicationError();
      }
      throw error;
    }
  }

  async getParticipant(participantId: string): Promise<Participant | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.participantProfile(participantId) }),
    );
    return Item ? participantSchema.parse(withoutKeys(Item)) : undefined;
  }

  async listParticipants(filter: { role?: Participant["role"] } = {}): Promise<Participant[]> {
    const roles = filter.role ? [filter.role] : applicantRoleSchema.options;
    const found: Participant[] = [];
    for (const role of roles) {
      const pages = paginateQuery(
        { client: this.client },
        {
          TableName: this.tableName,
          IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
          KeyConditionExpression: "gsi1pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.participantsByRole(role).gsi1pk },
        },
      );
      for await (const page of pages) {
        for (const item of page.Items ?? []) found.push(participantSchema.parse(withoutKeys(item)));
      }
    }
    return found.sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
  }

  async saveMatchingRun(stored: StoredRun): Promise<void> {
    const { run, proposals, unplaced } = stored;
    // The proposals and the unplaced first, the run last: a run that can be read is whole.
    await writeAll(this.client, this.tableName, [
      ...proposals.map((proposal) => ({
        ...keys.proposal(run.runId, proposal.proposalId),
        itemType: "proposal",
        ...proposal,
      })),
      ...unplaced.map((item) => ({
        ...keys.unplaced(run.runId, item.menteeId),
        itemType: "unplaced",
        ...item,
      })),
    ]);
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.matchingRun(run.runId),
          ...keys.matchingRuns(run.createdAt, run.runId),
          itemType: "matching-run",
          ...run,
        },
      }),
    );
  }

  async getMatchingRun(runId: string): Promise<StoredRun | undefined> {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": keys.matchingRun(runId).pk },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    const meta = items.find((item) => item.sk === "META");
    if (!meta) return undefined;
    return {
      run: matchingRunSchema.parse(withoutKeys(meta)),
      proposals: items
        .filter((item) => String(item.sk).startsWith("PROPOSAL#"))
        .map((item) => proposalSchema.parse(withoutKeys(item))),
      unplaced: items
        .filter((item) => String(item.sk).startsWith("UNPLACED#"))
        .map((item) => unplacedSchema.parse(withoutKeys(item))),
    };
  }

  async getProposal(proposalId: string): Promise<Proposal | undefined> {
    const runId = runIdOf(proposalId);
    if (!runId) return undefined;
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.proposal(runId, proposalId),
        ConsistentRead: true,
      }),
    );
    return Item ? proposalSchema.parse(withoutKeys(Item)) : undefined;
  }

  async approveProposal(proposal: Proposal, approval: Approval): Promise<Proposal> {
    const placement = {
      proposalId: proposal.proposalId,
      relationshipId: approval.relationshipId,
      mentorId: proposal.mentorId,
    };
    const count = proposal.menteeIds.length;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: keys.proposal(proposal.runId, proposal.proposalId),
                UpdateExpression:
                  "SET #status = :approved, relationshipId = :rel, approvedAt = :at, approvedBy = :by",
                ConditionExpression: "#status = :proposed AND mentorId = :mentor",
                ExpressionAttributeNames: { "#status": "status" },
                ExpressionAttributeValues: {
                  ":approved": "approved",
                  ":proposed": "proposed",
                  ":rel": approval.relationshipId,
                  ":at": approval.approvedAt,
                  ":by": approval.approvedBy,
                  ":mentor": proposal.mentorId,
                },
              },
            },
            ...proposal.menteeIds.map((menteeId) => ({
              Update: {
                TableName: this.tableName,
                Key: keys.participantProfile(menteeId),
                UpdateExpression: "SET placement = :placement",
                ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(placement)",
                ExpressionAttributeValues: { ":placement": placement },
              },
            })),
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.relationship(approval.relationshipId),
                  ...keys.relationships(approval.relationship.createdAt, approval.relationshipId),
                  itemType: "relationship",
                  ...approval.relationship,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.participantProfile(proposal.mentorId),
                UpdateExpression: "SET activeMentees = activeMentees + :n",
                ConditionExpression: "activeMentees <= :most",
                ExpressionAttributeValues: {
                  ":n": count,
                  ":most": approval.mentorCapacity - count,
                },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw conflictFor(error.CancellationReasons, count);
      }
      throw error;
    }
    return {
      ...proposal,
      status: "approved",
      relationshipId: approval.relationshipId,
      approvedAt: approval.approvedAt,
      approvedBy: approval.approvedBy,
    };
  }

  async reassignMentor(move: {
    menteeIds: string[];
    fromMentorId: string;
    toMentorId: string;
    toCapacity: number;
  }): Promise<boolean> {
    const count = move.menteeIds.length;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: keys.participantProfile(move.toMentorId),
                UpdateExpression: "SET activeMentees = activeMentees + :n",
                ConditionExpression: "activeMentees <= :most",
                ExpressionAttributeValues: { ":n": count, ":most": move.toCapacity - count },
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.participantProfile(move.fromMentorId),
                UpdateExpression: "SET activeMentees = activeMentees - :n",
                ConditionExpression: "activeMentees >= :n",
                ExpressionAttributeValues: { ":n": count },
              },
            },
            ...move.menteeIds.map((menteeId) => ({
              Update: {
                TableName: this.tableName,
                Key: keys.participantProfile(menteeId),
                UpdateExpression: "SET placement.mentorId = :mentor",
                ConditionExpression: "attribute_exists(placement)",
                ExpressionAttributeValues: { ":mentor": move.toMentorId },
              },
            })),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
  }

  async releasePlaces(mentorId: string, count: number): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.participantProfile(mentorId),
          UpdateExpression: "SET activeMentees = activeMentees - :n",
          ConditionExpression: "activeMentees >= :n",
          ExpressionAttributeValues: { ":n": count },
        }),
      );
    } catch (error) {
      // Already released (a retried close): the count never goes below zero.
      if (!(error instanceof Error && error.name === "ConditionalCheckFailedException"))
        throw error;
    }
  }

  async updateProposal(proposal: Proposal, expectedMentorId: string): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.proposal(proposal.runId, proposal.proposalId),
            itemType: "proposal",
            ...proposal,
          },
          ConditionExpression: "#status = :proposed AND mentorId = :mentor",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":proposed": "proposed", ":mentor": expectedMentorId },
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
        throw new ConflictError(
          "proposal_changed",
          "the proposal was changed or approved meanwhile",
        );
      }
      throw error;
    }
  }

  async findParticipantIdByEmail(email: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.emailLock(email),
        ConsistentRead: true,
      }),
    );
    return typeof Item?.participantId === "string" ? Item.participantId : undefined;
  }

  async recordMailFeedback(
    feedback: MailFeedback,
  ): Promise<{ feedback: MailFeedback; created: boolean }> {
    const key = keys.mailFeedback(feedback.email, feedback.feedbackId);
    const created = await this.putOnce({
      ...key,
      itemType: "mail-feedback",
      ...feedback,
      // Kept two years, like the mail outbox: long after any redelivery could come.
      expiresAt: Math.floor(Date.parse(feedback.receivedAt) / 1000) + 2 * 365 * 86400,
    });
    if (created) return { feedback, created };
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return { feedback: mailFeedbackSchema.parse(withoutKeys(Item ?? {})), created };
  }

  async suppressAddress(
    suppression: Suppression,
  ): Promise<{ suppression: Suppression; created: boolean }> {
    const record = { ...suppression, email: normaliseEmail(suppression.email) };
    const created = await this.putOnce({
      ...keys.mailSuppression(record.email),
      itemType: "mail-suppression",
      ...record,
    });
    if (created) return { suppression: record, created };
    const existing = await this.getSuppression(suppression.email);
    if (!existing) throw new Error("the suppression vanished between its write and its read");
    return { suppression: existing, created };
  }

  async getSuppression(email: string): Promise<Suppression | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.mailSuppression(email),
        ConsistentRead: true,
      }),
    );
    return Item ? suppressionSchema.parse(withoutKeys(Item)) : undefined;
  }

  async eraseParticipant(participant: Participant, erasure: Erasure): Promise<boolean> {
    const { participantId } = participant;
    const own = await this.queryKeys(keys.participantProfile(participantId).pk);
    const address = (await this.queryKeys(keys.emailLock(participant.email).pk)).filter(
      // The lock goes only when it is this person's; reports about the address go with them.
      (item) => item.sk !== "EMAIL" || item.participantId === participantId,
    );
    const key = (item: Record<string, unknown>) => ({ pk: item.pk, sk: item.sk });
    const profileKey = keys.participantProfile(participantId);
    const others = [...own, ...address].filter(
      (item) => !(item.pk === profileKey.pk && item.sk === profileKey.sk),
    );
    // A transaction takes 100 items: anything beyond goes first (re-running finds the rest).
    for (const item of others.slice(98)) {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: key(item) }));
    }
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: profileKey,
                ConditionExpression: "attribute_exists(pk)",
              },
            },
            ...others.slice(0, 98).map((item) => ({
              Delete: { TableName: this.tableName, Key: key(item) },
            })),
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.erasure(erasure.pseudonym),
                  ...keys.erasures(erasure.erasedAt, erasure.pseudonym),
                  itemType: "erasure",
                  ...erasureSchema.parse(erasure),
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed"
      ) {
        return false;
      }
      throw error;
    }
  }

  async getErasure(pseudonym: string): Promise<Erasure | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.erasure(pseudonym),
        ConsistentRead: true,
      }),
    );
    return Item ? erasureSchema.parse(withoutKeys(Item)) : undefined;
  }

  async listErasures(): Promise<Erasure[]> {
    const found: Erasure[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": keys.erasures().gsi1pk },
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) found.push(erasureSchema.parse(withoutKeys(item)));
    }
    return found;
  }

  private async queryKeys(pk: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": pk },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }

  /** Puts the item unless one with its keys exists; false when it did. */
  private async putOnce(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
      throw error;
    }
  }
}

/** BatchWriteItem takes 25 items; unprocessed ones are retried with a growing pause. */
async function writeAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
) {
  for (let i = 0; i < items.length; i += 25) {
    let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error("DynamoDB kept items unprocessed");
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const result = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

const conflictFor = (
  reasons: { Code?: string }[] | undefined,
  menteeCount: number,
): ConflictError => {
  const failed = (reasons ?? []).findIndex((reason) => reason.Code === "ConditionalCheckFailed");
  if (failed === 0)
    return new ConflictError("proposal_not_open", "the proposal is not open for approval");
  if (failed > 0 && failed <= menteeCount) {
    return new ConflictError("mentee_already_placed", "a mentee of the proposal is already placed");
  }
  return new ConflictError("mentor_full", "the mentor has no room left for these mentees");
};
