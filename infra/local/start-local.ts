/**
 * `npm start`: the whole system on one machine. DynamoDB Local keeps its data under
 * .local/ (LOCAL_DIR), the table is created when missing, the relationship workflow runs
 * the synthesized state machine on a clock that can run faster than real time, mail goes
 * to a local SES, and one HTTP server routes the API Gateway routes to the same handler
 * modules Lambda runs. Ctrl-C stops everything.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DynamoDbStore } from "../../shared/adapters/dynamodb/dynamodb-store.js";
import { DynamoDbWorkflowStore } from "../../shared/adapters/dynamodb/dynamodb-workflow-store.js";
import { LocalClock } from "../../shared/adapters/local/local-clock.js";
import { useProcessClock } from "../../shared/adapters/local/process-clock.js";
import { cohortExecutionName } from "../../shared/domain/cohorts/workflow/restart-cohort-workflow.js";
import { executionName } from "../../shared/domain/workflow/restart-workflow.js";
import { ROUTES } from "../routes.js";
import { SCHEDULES } from "../schedules.js";
import { CONSOLE_DIST, ensureConsoleBuilt } from "./build-console.js";
import { createTableIfMissing } from "./create-table.js";
import { runLocalSchedules } from "./run-local-schedules.js";
import { consoleFiles } from "./serve-console.js";
import { createLocalServer } from "./serve-http.js";
import { localRoutes } from "./serve-local-routes.js";
import {
  type DynamoDbLocal,
  JavaMissingError,
  startDynamoDbLocal,
} from "./start-dynamodb-local.js";
import {
  LOCAL_COHORT_STATE_MACHINE_ARN,
  LOCAL_STATE_MACHINE_ARN,
  type LocalWorkflow,
  startLocalWorkflow,
} from "./start-local-workflow.js";
import { type SesLocal, startSesLocal } from "./start-ses-local.js";
import { synthesizeWorkflow } from "./synthesize-workflow.js";

// Lambda runs Node 22; on a Node 20 machine the SDK's upgrade notice is only noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const localDir = resolve(root, process.env.LOCAL_DIR ?? ".local");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const tableName = process.env.TABLE_NAME ?? "mentoring-local";
const speed = Number(process.env.LOCAL_CLOCK_SPEED ?? 1);
const quiet = process.env.LOG_REQUESTS === "0";

/** A secret made at the first start and kept for the next ones (`created` the first time). */
function readOrCreate(path: string, make: () => string): { value: string; created: boolean } {
  if (existsSync(path)) {
    const value = readFileSync(path, "utf8").trim();
    if (value) return { value, created: false };
  }
  const value = make();
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}

/** The simulated time continues where it stopped: downtime does not age relationships. */
function loadClock(path: string): LocalClock {
  if (existsSync(path)) {
    try {
      const clock = LocalClock.fromSnapshot(JSON.parse(readFileSync(path, "utf8")));
      if (process.env.LOCAL_CLOCK_SPEED) clock.setSpeed(speed);
      return clock;
    } catch {
      // A damaged file starts a fresh clock.
    }
  }
  return new LocalClock({ speed });
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  if (!Number.isFinite(speed) || speed < 0)
    throw new Error(
      `LOCAL_CLOCK_SPEED must be a number >= 0, got ${process.env.LOCAL_CLOCK_SPEED}`,
    );
  const dbPath = resolve(localDir, "dynamodb");
  mkdirSync(dbPath, { recursive: true });
  const tokenFile = resolve(localDir, "coordinator-token");
  const token = readOrCreate(tokenFile, () => randomBytes(24).toString("base64url"));
  const coordinatorToken = token.value;
  const formLinkSecret = readOrCreate(resolve(localDir, "form-link-secret"), () =>
    randomBytes(32).toString("base64url"),
  ).value;
  const clockFile = resolve(localDir, "clock.json");
  const clock = loadClock(clockFile);
  useProcessClock(clock);
  const saveClock = () => writeFileSync(clockFile, JSON.stringify(clock.snapshot()));

  let dynamo: DynamoDbLocal | undefined;
  let ses: SesLocal | undefined;
  let workflow: LocalWorkflow | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    saveClock();
    await workflow?.stop();
    await ses?.stop();
    await dynamo?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  // The three stand-ins start side by side; synthesizing the CDK app takes the longest.
  // The console is (re)built meanwhile when its sources changed since the last build.
  const [startedDynamo, startedSes, synthesized] = await Promise.all([
    startDynamoDbLocal({ dbPath }),
    startSesLocal(),
    Promise.resolve().then(() => synthesizeWorkflow(root)),
    ensureConsoleBuilt({ log: (line) => console.error(line) }),
  ]);
  dynamo = startedDynamo;
  ses = startedSes;
  dynamo.process.once("exit", (code) => {
    if (stopping) return;
    console.error(`DynamoDB Local stopped unexpectedly (exit code ${code}).`);
    void stop(1);
  });

  const base = `http://localhost:${port}`;
  // Same variables a Lambda reads on AWS; the SDK takes the endpoints from them.
  Object.assign(process.env, {
    AWS_REGION: "eu-north-1",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SESV2: ses.endpoint,
    TABLE_NAME: tableName,
    COORDINATOR_TOKEN: coordinatorToken,
    FORM_LINK_SECRET: formLinkSecret,
    // The request counters' HMAC key: addresses are never kept in clear in the table.
    REQUEST_COUNTER_KEY: readOrCreate(resolve(localDir, "request-counter-key"), () =>
      randomBytes(32).toString("base64url"),
    ).value,
    STATE_MACHINE_ARN: LOCAL_STATE_MACHINE_ARN,
    COHORT_STATE_MACHINE_ARN: LOCAL_COHORT_STATE_MACHINE_ARN,
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? base,
    MAIL_FROM: process.env.MAIL_FROM ?? "mentori@example.lv",
    COORDINATOR_EMAIL: process.env.COORDINATOR_EMAIL ?? "koordinators@example.lv",
  });
  const client = new DynamoDBClient({});
  const created = await createTableIfMissing(client, tableName);

  workflow = await startLocalWorkflow({
    workflow: synthesized,
    clock,
    root,
    log: (line) => console.error(line),
  });
  process.env.AWS_ENDPOINT_URL_SFN = workflow.endpoint;

  const server = await createLocalServer({
    routes: ROUTES,
    root,
    log: quiet ? undefined : (line) => console.log(line),
    local: localRoutes({
      clock,
      sesEndpoint: ses.endpoint,
      token: coordinatorToken,
      // Started on another address (HOST), pages reach it by that name too.
      extraHosts: ["0.0.0.0", "::"].includes(host) ? [] : [host],
    }),
    files: consoleFiles(CONSOLE_DIST),
  });
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ready());
  });
  setInterval(saveClock, 2000).unref();
  // The hourly digests (EventBridge schedules on AWS) on the local clock.
  await runLocalSchedules({ schedules: SCHEDULES, clock, root, log: (l) => console.error(l) });
  // A moved clock is saved at once: a killed process must not forget a jump of weeks.
  clock.onChange(saveClock);

  // Every relationship that is not closed continues where the table says it is; a closed
  // one whose certificate step did not finish runs that step again.
  const store = new DynamoDbWorkflowStore(DynamoDBDocumentClient.from(client), tableName);
  const running = (await store.listRelationships()).filter(
    (r) => r.phase !== "closed" || !r.certificatesAt,
  );
  for (const relationship of running) {
    workflow.runtime.startExecution(executionName(relationship), {
      relationshipId: relationship.relationshipId,
    });
  }

  // Every cohort still under way continues at the stage the table records.
  const cohorts = (
    await new DynamoDbStore(DynamoDBDocumentClient.from(client), tableName).listCohorts()
  ).filter((c) => c.stage !== "closed" && c.stage !== "cancelled");
  for (const cohort of cohorts)
    workflow.cohortRuntime.startExecution(cohortExecutionName(cohort), {
      cohortId: cohort.cohortId,
    });

  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://localhost:${actualPort}`;
  console.log(
    [
      "",
      `Mentoring programme listening on ${url}`,
      `  application form (lv): ${url}/apply?lang=lv`,
      `  application form (en): ${url}/apply?lang=en`,
      `  JSON intake:           POST ${url}/api/applications`,
      `  coordinator console:   ${url}/console/`,
      // Shown once, when it is made; later only where it is kept (terminals keep scrollback).
      token.created
        ? `  coordinator token:     ${coordinatorToken} (kept in ${tokenFile}; shown only now)`
        : `  coordinator token:     in ${tokenFile}`,
      `  mailbox:               ${url}/local/mail`,
      `  clock:                 ${url}/local/clock (now ${clock.now().toISOString()}, speed ${clock.speed})`,
      `  DynamoDB Local:        ${dynamo.endpoint} (table ${tableName}${created ? ", created now" : ""}, data in ${dbPath})`,
      `  relationships resumed: ${running.length}`,
      `  cohorts resumed:       ${cohorts.length}`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  if (error instanceof JavaMissingError) console.error(error.message);
  else console.error("Could not start:", error);
  process.exit(1);
});
