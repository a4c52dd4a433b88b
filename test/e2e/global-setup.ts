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
  const token = readFileSync(join(server.localDir, "coordinator-token"), "utf8").trim();
  project.provide("coordinatorToken", token);
  await openSuiteCohort(server.baseUrl, token);
}

/** The suite's round, created once, whose intake stays open for every file's applications. */
export const SUITE_COHORT = { lv: "Testu kārta", en: "Test round" };

/**
 * Applications join the cohort whose intake is open and go to the waiting list otherwise,
 * so the suite opens one intake for two simulated years (the files move the clock by months
 * at most); cohorts.test.ts places its own cohorts after it.
 */
async function openSuiteCohort(baseUrl: string, token: string) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const clock = (await (await fetch(`${baseUrl}/local/clock`, { headers })).json()) as {
    now: string;
  };
  const now = Date.parse(clock.now);
  const at = (days: number) => new Date(now + days * 86_400_000).toISOString();
  const response = await fetch(`${baseUrl}/api/console/cohorts`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      name: SUITE_COHORT,
      intakeOpensAt: new Date(now - 3_600_000).toISOString(),
      intakeClosesAt: at(730),
      seminar: { at: at(732), minutes: 90, place: "Tiešsaistē" },
      matchingBy: at(735),
      kickoffAt: at(740),
      endsAt: at(1000),
      formats: ["individual", "group"],
      targets: { mentees: 0, mentors: 0 },
    }),
  });
  if (response.status !== 201)
    throw new Error(`the suite's cohort was refused: ${response.status} ${await response.text()}`);
}

export async function teardown() {
  await server?.stop("SIGTERM");
}
