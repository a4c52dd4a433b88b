import { createHmac } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { CountedRequest, RequestCounters } from "../../ports/request-counters.js";
import { keys } from "../../table/table-definition.js";
import { TableClient } from "./table-client.js";

/**
 * Request counters on the table: one item per (budget, window, subject), counted with an
 * atomic ADD, so concurrent Lambdas each get their own number. The subject (a client
 * address, an e-mail address) is kept only as an HMAC under a key that is not in the table,
 * and the item expires through the table's TTL soon after its window.
 */
export class DynamoDbRequestCounters implements RequestCounters {
  private readonly table: TableClient;

  constructor(
    client: DynamoDBDocumentClient,
    tableName: string,
    /** The HMAC key; read when first needed (Secrets Manager on AWS, a file locally). */
    private readonly hashKey: () => Promise<string>,
  ) {
    this.table = new TableClient(client, tableName);
  }

  async count(request: CountedRequest): Promise<number> {
    const subject = createHmac("sha256", await this.hashKey())
      .update(`${request.budget}\n${request.subject}`)
      .digest("base64url")
      .slice(0, 32);
    const window = `${request.windowSeconds}#${request.windowStart.toISOString()}`;
    const attributes = await this.table.update({
      Key: keys.requestCounter(`${request.budget}#${window}#${subject}`),
      UpdateExpression: "ADD #count :one SET expiresAt = :expiresAt, itemType = :itemType",
      ExpressionAttributeNames: { "#count": "count" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":expiresAt": Math.ceil(request.expiresAt.getTime() / 1000),
        ":itemType": "request-counter",
      },
      ReturnValues: "UPDATED_NEW",
    });
    return Number(attributes?.count);
  }
}
