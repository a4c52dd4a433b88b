import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SFNClient } from "@aws-sdk/client-sfn";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { CognitoClaimsAuth } from "../shared/adapters/cognito/cognito-claims-auth.js";
import { HmacSigner } from "../shared/adapters/crypto/hmac-signer.js";
import { DynamoDbOutbox } from "../shared/adapters/dynamodb/dynamodb-outbox.js";
import { DynamoDbStore } from "../shared/adapters/dynamodb/dynamodb-store.js";
import { DynamoDbWorkflowStore } from "../shared/adapters/dynamodb/dynamodb-workflow-store.js";
import { processClock } from "../shared/adapters/local/process-clock.js";
import { StaticTokenAuth } from "../shared/adapters/memory/static-token-auth.js";
import { SecretSigner } from "../shared/adapters/secrets/secret-signer.js";
import { SesMailer } from "../shared/adapters/ses/ses-mailer.js";
import { SfnWorkflow } from "../shared/adapters/sfn/sfn-workflow.js";
import { SuppressingMailer } from "../shared/domain/suppressing-mailer.js";
import type { WorkflowDeps } from "../shared/domain/workflow/workflow-deps.js";
import { languageSchema } from "../shared/i18n/localized.js";
import type { CoordinatorAuth } from "../shared/ports/coordinator-auth.js";
import { randomIds } from "../shared/ports/ids.js";
import type { Mailer } from "../shared/ports/mailer.js";
import type { Signer } from "../shared/ports/signer.js";
import type { Workflow } from "../shared/ports/workflow.js";
import { type LimitPorts, limitsFromEnv } from "./compose-limits.js";

/**
 * Everything a handler may need, built once per Lambda container (or local process): what
 * the workflow's use cases get, the request limits, and the coordinators' sign-in.
 */
export interface Deps extends WorkflowDeps, LimitPorts {
  auth: CoordinatorAuth;
}

function signerFromEnv(): Signer {
  if (process.env.FORM_LINK_SECRET) return new HmacSigner([process.env.FORM_LINK_SECRET]);
  return new SecretSigner(new SecretsManagerClient({}), required("FORM_LINK_SECRET_ARN"));
}

/** Without a state machine (a function that never starts one) any use is a clear error. */
const noWorkflow: Workflow = {
  start: async () => {
    throw new Error("STATE_MACHINE_ARN is not set");
  },
  stop: async () => false,
  succeed: async () => false,
  fail: async () => false,
  definition: async () => {
    throw new Error("STATE_MACHINE_ARN is not set");
  },
  history: async () => undefined,
};

/**
 * `COORDINATOR_AUTH=cognito` (set by CDK on the coordinator functions): API Gateway has
 * verified the Cognito JWT, the claims decide. Otherwise the one bearer token of
 * `COORDINATOR_TOKEN` (the local runtime, tests); with neither, nobody is a coordinator:
 * every console call is a 401 without a token and a 403 with one.
 */
function coordinatorAuthFromEnv(): CoordinatorAuth {
  if (process.env.COORDINATOR_AUTH === "cognito") return new CognitoClaimsAuth();
  return new StaticTokenAuth(process.env.COORDINATOR_TOKEN);
}

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};

/**
 * For the local runtime only: sees the table's client before any handler uses it, so the
 * local server can hold each function to its IAM table access (infra/local/guard-table-access.ts).
 * Nothing sets it on AWS, where IAM itself does that.
 */
export const clientHooks: { table?: (client: DynamoDBDocumentClient) => void } = {};

/**
 * The one composition module. SDK clients read their endpoint from the standard
 * variables (AWS_ENDPOINT_URL_DYNAMODB locally), so this code is the same on AWS.
 */
export function composeFromEnv(): Deps {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  clientHooks.table?.(client);
  const tableName = required("TABLE_NAME");
  const contactEmail = process.env.CONTACT_EMAIL ?? "mentori@example.lv";
  // Clients are made lazily: a function that never mails or resumes a task never needs them.
  let mailer: Mailer | undefined;
  let signer: Signer | undefined;
  const store = new DynamoDbStore(client, tableName);
  return {
    store,
    workflowStore: new DynamoDbWorkflowStore(client, tableName),
    workflow: process.env.STATE_MACHINE_ARN
      ? new SfnWorkflow(new SFNClient({}), process.env.STATE_MACHINE_ARN)
      : noWorkflow,
    cohortWorkflow: process.env.COHORT_STATE_MACHINE_ARN
      ? new SfnWorkflow(new SFNClient({}), process.env.COHORT_STATE_MACHINE_ARN)
      : noWorkflow,
    get mailer() {
      // Every sender goes through the suppression check: no mail to an undeliverable address.
      mailer ??= new SuppressingMailer(
        new SesMailer(new SESv2Client({ maxAttempts: 1 }), {
          from: process.env.MAIL_FROM ?? contactEmail,
          configurationSetName: process.env.SES_CONFIGURATION_SET,
          outbox: new DynamoDbOutbox(client, tableName),
          clock: processClock,
        }),
        store,
      );
      return mailer;
    },
    get signer() {
      signer ??= signerFromEnv();
      return signer;
    },
    clock: processClock,
    ids: randomIds,
    ...limitsFromEnv(client, tableName),
    auth: coordinatorAuthFromEnv(),
    config: {
      contactEmail,
      coordinatorEmail: process.env.COORDINATOR_EMAIL ?? contactEmail,
      // The coordinator's e-mails: Latvian unless COORDINATOR_LANGUAGE=en.
      coordinatorLanguage: languageSchema.catch("lv").parse(process.env.COORDINATOR_LANGUAGE),
      baseUrl: process.env.PUBLIC_BASE_URL ?? "http://localhost:3000",
    },
  };
}

let cached: Deps | undefined;
/** Lazily composed so importing a handler has no side effects (tests, synth). */
export const defaultDeps = (): Deps => {
  cached ??= composeFromEnv();
  return cached;
};
