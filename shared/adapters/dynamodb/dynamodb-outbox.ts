import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { MailOutbox } from "../../ports/mailer.js";
import { keys } from "../../table/table-definition.js";

/** Keeps every mail key once: a conditional write decides who sends (retries never resend). */
export class DynamoDbOutbox implements MailOutbox {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(key: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.mail(key),
            itemType: "mail",
            key,
            claimedAt: at.toISOString(),
            // Kept two years: long after any retry could come.
            expiresAt: Math.floor(at.getTime() / 1000) + 2 * 365 * 86400,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
      throw error;
    }
  }

  /**
   * Nothing to write: the claim is the record. SES keeps its own message log, and bounce
   * events name the recipient, so the message id is not worth a second write per mail.
   */
  async markSent(_key: string, _messageId: string): Promise<void> {}

  async release(key: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.mail(key) }));
  }
}
