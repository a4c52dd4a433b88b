import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, paginateScan } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { createTableIfMissing } from "../../infra/local/create-table.js";
import { DynamoDbStore } from "../../shared/adapters/dynamodb/dynamodb-store.js";
import { StaticTokenAuth } from "../../shared/adapters/memory/static-token-auth.js";
import { systemClock } from "../../shared/ports/clock.js";
import { randomIds } from "../../shared/ports/ids.js";

export const COORDINATOR_TOKEN = "test-coordinator-token";

/** A fresh table on the shared DynamoDB Local, with the real adapter and handler deps. */
export async function createTestTable() {
  const client = new DynamoDBClient({
    endpoint: inject("dynamoEndpoint"),
    region: "eu-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const tableName = `test-${randomUUID()}`;
  await createTableIfMissing(client, tableName);
  const store = new DynamoDbStore(doc, tableName);
  const deps: Deps = {
    store,
    clock: systemClock,
    ids: randomIds,
    auth: new StaticTokenAuth(COORDINATOR_TOKEN),
    config: { contactEmail: "koordinators@example.lv" },
  };
  const scanAll = async () => {
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateScan({ client: doc }, { TableName: tableName })) {
      items.push(...(page.Items ?? []));
    }
    return items;
  };
  return { client, doc, tableName, store, deps, scanAll };
}
