import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ensureConsoleBuilt } from "../../infra/local/build-console.js";
import { type RunningServer, startLocalServer } from "../../infra/local/spawn-local-system.js";
import { GENEROUS_REQUEST_LIMITS } from "../fixtures/request-limits.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    coordinatorToken: string;
  }
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
let server: RunningServer | undefined;

/** One local system for the e2e run, driven over HTTP only. */
export async function setup(project: TestProject) {
  // The console's browser tests need console/dist; build it here (not inside the server's
  // start-up time limit) when it is missing or older than its sources.
  await ensureConsoleBuilt({ log: (line) => console.log(line) });
  // The clock stands still; tests move it with POST /local/clock. The suite makes hundreds
  // of applications from 127.0.0.1 in one simulated hour, so the request limits are lifted
  // here; security-request-limits.test.ts starts its own system with the real ones.
  server = await startLocalServer({
    env: { LOCAL_CLOCK_SPEED: "0", ...GENEROUS_REQUEST_LIMITS },
  });
  project.provide("baseUrl", server.baseUrl);
  // The token the server made at its first start, read where `npm start` says it keeps it.
  project.provide(
    "coordinatorToken",
    readFileSync(join(server.localDir, "coordinator-token"), "utf8").trim(),
  );
}

export async function teardown() {
  await server?.stop("SIGTERM");
}
