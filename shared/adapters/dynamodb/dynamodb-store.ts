import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { DuplicateApplicationError } from "../../domain/errors.js";
import type { Store } from "../../ports/store.js";
import { applicantRoleSchema } from "../../schemas/application.js";
import { type Participant, participantSchema } from "../../schemas/participant.js";
import { keys, TABLE } from "../../table/table-definition.js";

const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "kind"] as const;

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
                  kind: "email",
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
                  kind: "participant",
                  ...participant,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.participantApplication(participantId, appliedAt),
                  kind: "application",
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
}
