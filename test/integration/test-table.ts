import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, paginateScan } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { createTableIfMissing } from "../../infra/local/create-table.js";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import { DynamoDbMailDigests } from "../../shared/adapters/dynamodb/digest-items.js";
import { DynamoDbStore } from "../../shared/adapters/dynamodb/dynamodb-store.js";
import { DynamoDbWorkflowStore } from "../../shared/adapters/dynamodb/dynamodb-workflow-store.js";
import { DynamoDbRequestCounters } from "../../shared/adapters/dynamodb/request-counter-items.js";
import { StaticTokenAuth } from "../../shared/adapters/memory/static-token-auth.js";
import { DEFAULT_BUDGETS } from "../../shared/domain/limits/request-budgets.js";
import { systemClock } from "../../shared/ports/clock.js";
import { randomIds } from "../../shared/ports/ids.js";
import type { Application } from "../../shared/schemas/application.js";
import { applyConfirmed } from "../fixtures/confirmed-applicants.js";
import { RecordingMailer } from "../fixtures/recording-mailer.js";

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
  const startedCohorts: string[] = [];
  const mailer = new RecordingMailer();
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
    cohortWorkflow: {
      start: async (cohortId) => {
        startedCohorts.push(cohortId);
      },
      stop: async () => false,
      succeed: async () => false,
      fail: async () => false,
      definition: async () => ({ StartAt: "Start", States: { Start: { Type: "Succeed" } } }),
      history: async () => undefined,
    },
    // Kept, not sent: intake mails every applicant (files that test delivery use ses-local).
    mailer,
    signer: new HmacSigner(["integration-test-link-secret"]),
    clock: systemClock,
    ids: randomIds,
    auth: new StaticTokenAuth(COORDINATOR_TOKEN),
    // The real budgets: these files make a handful of requests from one address.
    counters: new DynamoDbRequestCounters(doc, tableName, async () => "integration-counter-key"),
    budgets: DEFAULT_BUDGETS,
    digests: new DynamoDbMailDigests(doc, tableName),
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
  /** Applies and confirms from the recorded mail, as the applicant would. */
  const applyConfirmedWith = (application: Application, with_: Deps = deps) =>
    applyConfirmed(with_, (email) => mailer.linksTo(email), application);
  return {
    client,
    doc,
    tableName,
    store,
    deps,
    scanAll,
    started,
    startedCohorts,
    mailer,
    applyConfirmed: applyConfirmedWith,
  };
}
