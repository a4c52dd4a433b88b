import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DynamoDbMailDigests } from "../shared/adapters/dynamodb/digest-items.js";
import { DynamoDbRequestCounters } from "../shared/adapters/dynamodb/request-counter-items.js";
import { secretKey } from "../shared/adapters/secrets/secret-key.js";
import { type Budgets, budgetsFrom } from "../shared/domain/limits/request-budgets.js";
import type { MailDigests } from "../shared/ports/mail-digests.js";
import type { RequestCounters } from "../shared/ports/request-counters.js";

/** What the request limits and the coordinator's digests need (part of Deps). */
export interface LimitPorts {
  counters: RequestCounters;
  budgets: Budgets;
  digests: MailDigests;
}

/**
 * The counters' HMAC key: `REQUEST_COUNTER_KEY` locally (a file under .local/), the secret
 * `REQUEST_COUNTER_KEY_ARN` on AWS. Read on first use: a function that counts nothing never
 * needs it.
 */
function counterKeyFromEnv(): () => Promise<string> {
  const key = process.env.REQUEST_COUNTER_KEY;
  if (key) return async () => key;
  const arn = process.env.REQUEST_COUNTER_KEY_ARN;
  if (arn) return secretKey(new SecretsManagerClient({}), arn);
  return async () => {
    throw new Error("environment variable REQUEST_COUNTER_KEY_ARN is not set");
  };
}

/**
 * Budgets from the defaults and `REQUEST_LIMIT_*` (a malformed value stops composition:
 * a typo must not switch a limit off), counters and digest slots on the table.
 */
export function limitsFromEnv(client: DynamoDBDocumentClient, tableName: string): LimitPorts {
  let key: (() => Promise<string>) | undefined;
  return {
    counters: new DynamoDbRequestCounters(client, tableName, () => {
      key ??= counterKeyFromEnv();
      return key();
    }),
    budgets: budgetsFrom(process.env),
    digests: new DynamoDbMailDigests(client, tableName),
  };
}
