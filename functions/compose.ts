import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DynamoDbStore } from "../shared/adapters/dynamodb/dynamodb-store.js";
import { StaticTokenAuth } from "../shared/adapters/memory/static-token-auth.js";
import { SecretTokenAuth } from "../shared/adapters/secrets/secret-token-auth.js";
import { type Clock, systemClock } from "../shared/ports/clock.js";
import type { CoordinatorAuth } from "../shared/ports/coordinator-auth.js";
import { type Ids, randomIds } from "../shared/ports/ids.js";
import type { Store } from "../shared/ports/store.js";

/** Everything a handler may need, built once per Lambda container (or local process). */
export interface Deps {
  store: Store;
  clock: Clock;
  ids: Ids;
  auth: CoordinatorAuth;
  config: { contactEmail: string };
}

/** Nobody is a coordinator when no token source is configured: every console call is a 403. */
const noCoordinators: CoordinatorAuth = { verify: async () => undefined };

function coordinatorAuthFromEnv(): CoordinatorAuth {
  if (process.env.COORDINATOR_TOKEN) return new StaticTokenAuth(process.env.COORDINATOR_TOKEN);
  if (process.env.COORDINATOR_TOKEN_SECRET_ARN) {
    return new SecretTokenAuth(
      new SecretsManagerClient({}),
      process.env.COORDINATOR_TOKEN_SECRET_ARN,
    );
  }
  return noCoordinators;
}

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};

/**
 * The one composition module. SDK clients read their endpoint from the standard
 * variables (AWS_ENDPOINT_URL_DYNAMODB locally), so this code is the same on AWS.
 */
export function composeFromEnv(): Deps {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    store: new DynamoDbStore(client, required("TABLE_NAME")),
    clock: systemClock,
    ids: randomIds,
    auth: coordinatorAuthFromEnv(),
    config: { contactEmail: process.env.CONTACT_EMAIL ?? "mentori@example.lv" },
  };
}

let cached: Deps | undefined;
/** Lazily composed so importing a handler has no side effects (tests, synth). */
export const defaultDeps = (): Deps => {
  cached ??= composeFromEnv();
  return cached;
};
