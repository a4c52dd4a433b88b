import { startLocalServer } from "../infra/local/spawn-local-system.js";
import { validMentee, validMentor } from "../test/fixtures/applications.js";
import { GENEROUS_REQUEST_LIMITS } from "../test/fixtures/request-limits.js";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function load(
  label: string,
  total: number,
  concurrency: number,
  request: (i: number) => Promise<Response>,
  expected: number,
) {
  const latencies: number[] = [];
  let next = 0;
  let unexpected = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const response = await request(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== expected) unexpected++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: total,
    concurrency,
    perSecond: Math.round(total / seconds),
    p50: percentile(latencies, 50).toFixed(1),
    p95: percentile(latencies, 95).toFixed(1),
    p99: percentile(latencies, 99).toFixed(1),
    unexpected,
  };
}

/**
 * Intake over HTTP on the local system (DynamoDB Local on disk): accepted applications
 * (one transaction of three items and a confirmation e-mail each), refused invalid ones,
 * and the form page.
 */
export async function benchIntake() {
  // Thousands of applications from 127.0.0.1: the per-client limits would refuse them.
  const server = await startLocalServer({ env: GENEROUS_REQUEST_LIMITS });
  const url = `${server.baseUrl}/api/applications`;
  const post = (body: unknown) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  try {
    // Warm-up: JIT, SDK connection pool, DynamoDB Local's first writes.
    await load("warm-up", 200, 8, (i) => post(i % 2 ? validMentee() : validMentor()), 202);
    const rows = [
      await load(
        "accepted application (202)",
        2000,
        16,
        (i) => post(i % 2 ? validMentee() : validMentor()),
        202,
      ),
      await load(
        "invalid application (400)",
        2000,
        16,
        () => post({ ...validMentee(), email: "nope" }),
        400,
      ),
      await load(
        "form page GET /apply (200)",
        2000,
        16,
        () => fetch(`${server.baseUrl}/apply?role=mentee&lang=lv`),
        200,
      ),
    ];
    console.log("\nIntake on the local system (latency in ms)\n");
    console.log("| case | requests | concurrency | req/s | p50 | p95 | p99 | unexpected status |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of rows) {
      console.log(
        `| ${r.label} | ${r.requests} | ${r.concurrency} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.unexpected} |`,
      );
    }
  } finally {
    await server.stop("SIGINT");
  }
}
