import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findFreePort } from "./find-free-port.js";

const root = resolve(import.meta.dirname, "../..");

export interface RunningServer {
  baseUrl: string;
  localDir: string;
  process: ChildProcess;
  output(): string;
  port: number;
  /** Sends the signal and waits for the whole tree to exit; returns the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * For tests and benchmarks: starts the local system exactly as `npm start` does (package.json "start"), as a child
 * process with its own port and data directory, and waits until it says where it listens.
 */
export async function startLocalServer(
  options: {
    localDir?: string;
    port?: number;
    env?: Record<string, string>;
    /** How long start-up may take; a loaded two-core machine needs well over a minute. */
    timeoutMs?: number;
  } = {},
): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? Number(process.env.LOCAL_START_TIMEOUT_MS ?? 180_000);
  const localDir = options.localDir ?? mkdtempSync(join(tmpdir(), "mentoring-e2e-"));
  const port = options.port ?? (await findFreePort());
  const child = spawn(process.execPath, ["--import", "tsx", "infra/local/start-local.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOCAL_DIR: localDir,
      LOG_REQUESTS: "0",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed test run.
      child.kill("SIGTERM");
      fail(new Error(`local server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening on http://localhost:${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`local server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl: `http://localhost:${port}`,
    localDir,
    process: child,
    output: () => output,
    port,
    async stop(signal = "SIGINT") {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
