/**
 * Builds the coordinator console (console/, Vite) into console/dist when it is missing or
 * its sources changed since the last build. The inputs' hash is kept in the output, so a
 * fresh clone, a pull or an edit rebuilds and an unchanged tree starts at once. The build
 * goes to a temporary folder first and replaces dist/ in one rename, so a server that is
 * reading dist/ meanwhile never sees half a build.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const CONSOLE_DIR = resolve(root, "console");
export const CONSOLE_DIST = resolve(CONSOLE_DIR, "dist");
const HASH_FILE = "build-hash.txt";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

/** What the build depends on: the console's sources, its config and the installed versions. */
export function consoleInputsHash(): string {
  const hash = createHash("sha256");
  const inputs = [
    ...filesUnder(join(CONSOLE_DIR, "src")),
    join(CONSOLE_DIR, "index.html"),
    join(CONSOLE_DIR, "vite.config.ts"),
    join(root, "package-lock.json"),
  ];
  for (const file of inputs) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function consoleIsFresh(): boolean {
  const stamp = join(CONSOLE_DIST, HASH_FILE);
  return (
    existsSync(join(CONSOLE_DIST, "index.html")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8").trim() === consoleInputsHash()
  );
}

function runVite(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        resolve(root, "node_modules/vite/bin/vite.js"),
        "build",
        "--config",
        join(CONSOLE_DIR, "vite.config.ts"),
        "--outDir",
        outDir,
        "--emptyOutDir",
        "--logLevel",
        "warn",
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("error", fail);
    child.once("exit", (code) =>
      code === 0 ? done() : fail(new Error(`console build failed (exit ${code}):\n${output}`)),
    );
  });
}

/** Builds the console unless console/dist matches the sources; answers whether it built. */
export async function ensureConsoleBuilt(
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<boolean> {
  if (!options.force && consoleIsFresh()) return false;
  const hash = consoleInputsHash();
  const started = performance.now();
  options.log?.("Building the coordinator console (console/ -> console/dist)...");
  // Beside node_modules (ignored by git and Biome), on the same disk for the rename.
  const temporary = resolve(
    root,
    "node_modules/.cache",
    `console-dist-${process.pid}-${Date.now()}`,
  );
  try {
    await runVite(temporary);
    writeFileSync(join(temporary, HASH_FILE), `${hash}\n`);
    rmSync(CONSOLE_DIST, { recursive: true, force: true });
    renameSync(temporary, CONSOLE_DIST);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  options.log?.(`Console built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

// `npm run build:console` builds when stale; `-- --force` always.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  ensureConsoleBuilt({ force: process.argv.includes("--force"), log: console.log }).catch(
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
