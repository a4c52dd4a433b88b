/**
 * `npm run bench -- <name>`: runs one benchmark (or all without a name). Results are
 * printed as Markdown tables; bench/README.md keeps the latest ones with their command.
 */
import { benchIntake } from "./bench-intake.js";
import { benchLifecycle } from "./bench-lifecycle.js";
import { benchMatching } from "./bench-matching.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const BENCHMARKS: Record<string, () => Promise<void>> = {
  intake: benchIntake,
  matching: benchMatching,
  lifecycle: benchLifecycle,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHMARKS).join(", ")}`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHMARKS)) {
  await BENCHMARKS[name]?.();
}
