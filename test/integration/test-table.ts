import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DynamoDBDocumentClient, paginateScan } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { createTableIfMissing } from "../../infra/local/create-table.js";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import { DynamoDbStore } from "../../shared/adapters/dynamodb/dynamodb-store.js";
import { DynamoDbWorkflowStore } from "../../shared/adapters/dynamodb/dynamodb-workflow-store.js";
import { MemoryOutbox } from "../../shared/adapters/memory/memory-outbox.js";
import { StaticTokenAuth } from "../../shared/adapters/memory/static-token-auth.js";
import { SesMailer } from "../../shared/adapters/ses/ses-mailer.js";
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
  // Starts are recorded, not run: these files test storage and routes; the workflow
  // itself runs in test/workflows against the local runtime.
  const started: string[] = [];
  const deps: Deps = {
    store,
    workflowStore: new DynamoDbWorkflowStore(doc, tableName),
    workflow: {
      start: async (relationshipId) => {
        started.push(relationshipId);
      },
      stop: async () => false,
      succeed: async () => false,
      fail: async () => false,
      definition: async () => ({ StartAt: "Start", States: { Start: { Type: "Succeed" } } }),
      history: async () => undefined,
    },
    mailer: new SesMailer(
      new SESv2Client({ endpoint: "http://127.0.0.1:9", region: "eu-north-1" }),
      {
        from: "mentori@example.lv",
        outbox: new MemoryOutbox(),
      },
    ),
    signer: new HmacSigner(["integration-test-link-secret"]),
    clock: systemClock,
    ids: randomIds,
    auth: new StaticTokenAuth(COORDINATOR_TOKEN),
    config: {
      contactEmail: "koordinators@example.lv",
      coordinatorEmail: "koordinators@example.lv",
      baseUrl: "http://localhost:3000",
    },
  };
  const scanAll = async () => {
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateScan({ client: doc }, { TableName: tableName })) {
      items.push(...(page.Items ?? []));
    }
    return items;
  };
  return { client, doc, tableName, store, deps, scanAll, started };
}
