import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { MailOutbox } from "../../ports/mailer.js";
import { keys } from "../../table/table-definition.js";
import { TableClient } from "./table-client.js";

/** Keeps every mail key once: a conditional write decides who sends (retries never resend). */
export class DynamoDbOutbox implements MailOutbox {
  private readonly table: TableClient;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = new TableClient(client, tableName);
  }

  async claim(key: string, at: Date): Promise<boolean> {
    return this.table.putIfAbsent({
      ...keys.mail(key),
      itemType: "mail",
      key,
      claimedAt: at.toISOString(),
      // Kept two years: long after any retry could come.
      expiresAt: Math.floor(at.getTime() / 1000) + 2 * 365 * 86400,
    });
  }

  /**
   * Nothing to write: the claim is the record. SES keeps its own message log, and bounce
   * events name the recipient, so the message id is not worth a second write per mail.
   */
  async markSent(_key: string, _messageId: string): Promise<void> {}

  async release(key: string): Promise<void> {
    await this.table.delete(keys.mail(key));
  }
}
