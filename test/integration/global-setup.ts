import type { TestProject } from "vitest/node";
import { type DynamoDbLocal, startDynamoDbLocal } from "../../infra/local/start-dynamodb-local.js";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

// The setup process is not a test worker, so vitest's `env` does not reach it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

let dynamo: DynamoDbLocal | undefined;

/** One DynamoDB Local (in memory) for the whole integration run; each file makes its own table. */
export async function setup(project: TestProject) {
  dynamo = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}
