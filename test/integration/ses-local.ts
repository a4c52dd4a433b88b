import { SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll } from "vitest";
import {
  type LocalMail,
  listLocalMail,
  type SesLocal,
  startSesLocal,
} from "../../infra/local/start-ses-local.js";
import { DynamoDbOutbox } from "../../shared/adapters/dynamodb/dynamodb-outbox.js";
import { SesMailer } from "../../shared/adapters/ses/ses-mailer.js";
import type { createTestTable } from "./test-table.js";

/**
 * aws-ses-v2-local for the tests of one file, started before them and stopped after them,
 * with an SES client of it (credentials as on the local system).
 */
export function useSesLocal() {
  let local: SesLocal | undefined;
  const ses = {
    endpoint: "",
    client: undefined as unknown as SESv2Client,
    /** The mail that reached `email` so far. */
    async mailTo(email: string): Promise<LocalMail[]> {
      return (await listLocalMail(ses.endpoint)).filter((mail) => mail.to.includes(email));
    },
    /** The real mailer on this SES, its idempotency keys in the table's outbox. */
    mailerFor(table: Awaited<ReturnType<typeof createTestTable>>) {
      return new SesMailer(ses.client, {
        from: "mentori@example.lv",
        outbox: new DynamoDbOutbox(table.doc, table.tableName),
      });
    },
  };
  beforeAll(async () => {
    local = await startSesLocal();
    ses.endpoint = local.endpoint;
    ses.client = new SESv2Client({
      endpoint: local.endpoint,
      region: "eu-north-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
  });
  afterAll(async () => {
    ses.client?.destroy();
    await local?.stop();
  });
  return ses;
}
