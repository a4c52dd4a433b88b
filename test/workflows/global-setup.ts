import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { type DynamoDbLocal, startDynamoDbLocal } from "../../infra/local/start-dynamodb-local.js";
import { type SesLocal, startSesLocal } from "../../infra/local/start-ses-local.js";
import { synthesizeWorkflow } from "../../infra/local/synthesize-workflow.js";

declare module "vitest" {
  export interface ProvidedContext {
    workflowDynamoEndpoint: string;
    sesEndpoint: string;
    workflowFile: string;
  }
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
let dynamo: DynamoDbLocal | undefined;
let ses: SesLocal | undefined;

/**
 * One DynamoDB Local and one local SES for the run, and the state machine synthesized once
 * from the CDK app: every test file runs that ASL in its own local runtime and table.
 */
export async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "../..");
  const [startedDynamo, startedSes, workflow] = await Promise.all([
    startDynamoDbLocal(),
    startSesLocal(),
    Promise.resolve().then(() => synthesizeWorkflow(root)),
  ]);
  dynamo = startedDynamo;
  ses = startedSes;
  const file = join(mkdtempSync(join(tmpdir(), "workflow-")), "relationship.asl.json");
  writeFileSync(
    file,
    JSON.stringify({
      definition: workflow.definition,
      cohortDefinition: workflow.cohortDefinition,
      functions: [...workflow.functions],
    }),
  );
  project.provide("workflowDynamoEndpoint", dynamo.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  project.provide("workflowFile", file);
}

export async function teardown() {
  await ses?.stop();
  await dynamo?.stop();
}
