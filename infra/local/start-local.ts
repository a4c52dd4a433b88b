/**
 * `npm start`: the whole system on one machine. DynamoDB Local keeps its data under
 * .local/ (LOCAL_DIR), the table is created when missing, and one HTTP server routes the
 * API Gateway routes to the same handler modules Lambda runs. Ctrl-C stops everything.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ROUTES } from "../routes.js";
import { createTableIfMissing } from "./create-table.js";
import { createLocalServer } from "./serve-http.js";
import {
  type DynamoDbLocal,
  JavaMissingError,
  startDynamoDbLocal,
} from "./start-dynamodb-local.js";

// Lambda runs Node 22; on a Node 20 machine the SDK's upgrade notice is only noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const localDir = resolve(root, process.env.LOCAL_DIR ?? ".local");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const tableName = process.env.TABLE_NAME ?? "mentoring-local";
const quiet = process.env.LOG_REQUESTS === "0";

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  }
  const dbPath = resolve(localDir, "dynamodb");
  mkdirSync(dbPath, { recursive: true });
  const coordinatorToken = readOrCreateToken(resolve(localDir, "coordinator-token"));

  let dynamo: DynamoDbLocal | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await dynamo?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  dynamo = await startDynamoDbLocal({ dbPath });
  dynamo.process.once("exit", (code) => {
    if (stopping) return;
    console.error(`DynamoDB Local stopped unexpectedly (exit code ${code}).`);
    void stop(1);
  });

  // Same variables a Lambda reads on AWS; the SDK takes the endpoint from them.
  Object.assign(process.env, {
    AWS_REGION: "eu-north-1",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    TABLE_NAME: tableName,
    COORDINATOR_TOKEN: coordinatorToken,
  });
  const client = new DynamoDBClient({});
  const created = await createTableIfMissing(client, tableName);
  client.destroy();

  const server = await createLocalServer({
    routes: ROUTES,
    root,
    log: quiet ? undefined : (line) => console.log(line),
  });
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ready());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const base = `http://localhost:${actualPort}`;
  console.log(
    [
      "",
      `Mentoring programme listening on ${base}`,
      `  application form (lv): ${base}/apply?lang=lv`,
      `  application form (en): ${base}/apply?lang=en`,
      `  JSON intake:           POST ${base}/api/applications`,
      `  coordinator token:     ${coordinatorToken} (in ${resolve(localDir, "coordinator-token")})`,
      `  DynamoDB Local:        ${dynamo.endpoint} (table ${tableName}${created ? ", created now" : ""}, data in ${dbPath})`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}

/** The local coordinator token: made at the first start, kept for the next ones. */
function readOrCreateToken(path: string): string {
  if (existsSync(path)) {
    const token = readFileSync(path, "utf8").trim();
    if (token) return token;
  }
  const token = randomBytes(24).toString("base64url");
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return token;
}

main().catch((error: unknown) => {
  if (error instanceof JavaMissingError) console.error(error.message);
  else console.error("Could not start:", error);
  process.exit(1);
});
