import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DynamoDbStore } from "../shared/adapters/dynamodb/dynamodb-store.js";
import { type Clock, systemClock } from "../shared/ports/clock.js";
import { type Ids, randomIds } from "../shared/ports/ids.js";
import type { Store } from "../shared/ports/store.js";

/** Everything a handler may need, built once per Lambda container (or local process). */
export interface Deps {
  store: Store;
  clock: Clock;
  ids: Ids;
  config: { contactEmail: string };
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
    config: { contactEmail: process.env.CONTACT_EMAIL ?? "mentori@example.lv" },
  };
}

let cached: Deps | undefined;
/** Lazily composed so importing a handler has no side effects (tests, synth). */
export const defaultDeps = (): Deps => {
  cached ??= composeFromEnv();
  return cached;
};
