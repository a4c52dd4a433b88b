import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createHandler as submitFormHandler } from "../functions/forms/submit-form.js";
import { startDynamoDbLocal } from "../infra/local/start-dynamodb-local.js";
import { type LocalMail, listLocalMail, startSesLocal } from "../infra/local/start-ses-local.js";
import { synthesizeWorkflow } from "../infra/local/synthesize-workflow.js";
import { createMatchingRun } from "../shared/domain/create-matching-run.js";
import { approveProposal } from "../shared/domain/decide-proposal.js";
import { decideEscalation } from "../shared/domain/workflow/decide-escalation.js";
import { validMentee, validMentor } from "../test/fixtures/applications.js";
import { applyConfirmed } from "../test/fixtures/confirmed-applicants.js";
import { postedPlan, rigaLocal } from "../test/fixtures/form-answers.js";
import { httpEvent } from "../test/fixtures/http-events.js";
import { localMailbox, startLocalProgramme } from "../test/fixtures/local-programme.js";
import { seeded } from "../test/fixtures/random-pool.js";

const DAY = 86_400_000;
const RELATIONSHIPS = Number(process.env.BENCH_RELATIONSHIPS ?? 200);
const SESSIONS = 12;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export const breakdown = new Map<string, number>();
/** Every DynamoDB call in this process reports its consumed capacity, summed here. */
function measureCapacity() {
  const totals = { units: 0, calls: 0 };
  for (const type of [DynamoDBClient, DynamoDBDocumentClient])
    patch(type as unknown as { prototype: DynamoDBClient });
  return totals;
  function patch(type: { prototype: DynamoDBClient }) {
    const send = type.prototype.send;
    type.prototype.send = async function (this: DynamoDBClient, command: never, ...rest: never[]) {
      const input = (command as { input: Record<string, unknown> }).input;
      if (input && !("ReturnConsumedCapacity" in input)) input.ReturnConsumedCapacity = "TOTAL";
      const output = (await (send as (...args: unknown[]) => Promise<unknown>).call(
        this,
        command,
        ...rest,
      )) as {
        ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
      };
      totals.calls++;
      const kind = `${(command as { constructor: { name: string } }).constructor.name} ${String((input as { KeyConditionExpression?: string }).KeyConditionExpression ?? "").slice(0, 40)} ${JSON.stringify((input as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues?.[":prefix"] ?? "")}`;
      breakdown.set(kind, (breakdown.get(kind) ?? 0) + 1);
      const consumed = output?.ConsumedCapacity;
      for (const item of Array.isArray(consumed) ? consumed : consumed ? [consumed] : [])
        totals.units += item.CapacityUnits ?? 0;
      return output;
    } as typeof send;
  }
}

/**
 * A cohort of relationships over six months on the local system: participants answer
 * forms after 0 to 3 days, some never; a few rate a session low; the coordinator decides
 * each escalation the next day. Measures what the targets name.
 */
export async function benchLifecycle() {
  const root = resolve(import.meta.dirname, "..");
  const rnd = seeded(20261127);
  const capacity = measureCapacity();
  const [dynamo, ses, workflowDefinition] = await Promise.all([
    startDynamoDbLocal(),
    startSesLocal(),
    Promise.resolve().then(() => synthesizeWorkflow(root)),
  ]);
  const { clock, workflow, defaultDeps } = await startLocalProgramme({
    dynamoEndpoint: dynamo.endpoint,
    sesEndpoint: ses.endpoint,
    tableName: `bench-${randomUUID()}`,
    workflow: workflowDefinition,
    startAt: new Date("2027-02-01T07:00:00Z"),
    settings: {
      FORM_LINK_SECRET: "bench-form-link-secret-0123456789",
      PUBLIC_BASE_URL: "http://forms.local",
      COORDINATOR_EMAIL: "koordinators@example.lv",
    },
  });
  const deps = defaultDeps();
  const submit = submitFormHandler(defaultDeps);
  const runtime = workflow.runtime;
  const settle = async () => {
    while (!runtime.isIdle()) await new Promise((r) => setTimeout(r, 2));
  };

  try {
    // The cohort: one mentee and one mentor per relationship, matched and approved.
    const started = performance.now();
    const ids: string[] = [];
    // Each applies and confirms from the mailbox; the confirmations are not the lifecycle's mail.
    const mailbox = localMailbox(ses.endpoint);
    for (let i = 0; i < RELATIONSHIPS; i++) {
      const mentee = await applyConfirmed(
        deps,
        mailbox,
        validMentee({ institutionName: `Iestāde ${i}`, preferredFormats: ["individual"] }),
      );
      const mentor = await applyConfirmed(
        deps,
        mailbox,
        validMentor({ organisation: `Uzņēmums ${i}`, formats: ["individual"], capacity: 1 }),
      );
      ids.push(mentee.participantId, mentor.participantId);
      await fetch(`${ses.endpoint}/clear-store`, { method: "POST" });
    }
    const run = await createMatchingRun(deps, { minimumScore: 0 }, "bench");
    const relationships: string[] = [];
    for (const proposal of run.proposals) {
      relationships.push(
        (await approveProposal(deps, proposal.proposalId, "bench")).relationshipId as string,
      );
    }
    await settle();
    const seededMs = performance.now() - started;

    // Simulated people: each form is answered after 0-3 days, 2% never; 3% rate a session low.
    const due: { day: number; link: string; kind: string }[] = [];
    const latencies: number[] = [];
    let mails = 0;
    let answered = 0;
    let escalationsDecided = 0;
    const simulationStarted = performance.now();
    for (let day = 0; day < 400; day++) {
      const fresh: LocalMail[] = await listLocalMail(ses.endpoint);
      await fetch(`${ses.endpoint}/clear-store`, { method: "POST" });
      mails += fresh.length;
      for (const mail of fresh) {
        const link = mail.links.find((l) => l.includes("/f/"));
        if (!link || rnd.next() < 0.02) continue;
        due.push({
          day: day + rnd.int(0, 3),
          link: link.split("/f/")[1] ?? "",
          kind: mail.subject,
        });
      }
      for (const item of due.filter((d) => d.day === day)) {
        const fields = answerFor(item.kind, clock.now(), rnd.next());
        const form = await deps.workflowStore.getForm(item.link.split(".")[0] ?? "");
        const target = form?.form.relationshipId;
        const before = target ? runtime.describe(target).history.length : 0;
        const t0 = performance.now();
        const event = httpEvent({
          method: "POST",
          path: `/f/${item.link}`,
          body: new URLSearchParams(fields).toString(),
          contentType: "application/x-www-form-urlencoded",
        });
        event.pathParameters = { link: item.link };
        const response = (await submit(event, {} as never)) as { statusCode: number };
        if (response.statusCode === 200) {
          answered++;
          // POST -> next state: until the execution records its next transition.
          if (target) {
            while (
              runtime.describe(target).history.length <= before &&
              performance.now() - t0 < 2000
            ) {
              await new Promise((r) => setImmediate(r));
            }
            latencies.push(performance.now() - t0);
          }
        }
      }
      for (const escalation of await deps.workflowStore.listEscalations("open")) {
        if (Date.parse(escalation.openedAt) < clock.now().getTime() - DAY / 2) {
          await decideEscalation(
            deps,
            escalation.escalationId,
            { decision: "continue" },
            "bench",
          ).catch(() => undefined);
          escalationsDecided++;
        }
      }
      await settle();
      if (runtime.list().every((e) => e.status !== "RUNNING")) break;
      clock.advance(DAY);
      await settle();
    }
    const simulationMs = performance.now() - simulationStarted;

    const executions = runtime.list();
    const transitions = executions.map(
      (e) => e.history.filter((h) => h.type === "StateEntered").length,
    );
    const events = executions.map((e) => e.history.length);
    const stuck = executions.filter((e) => e.status === "RUNNING").length;
    const failed = executions.filter((e) => e.status === "FAILED").length;
    const closed = (await deps.workflowStore.listRelationships()).filter(
      (r) => r.phase === "closed",
    ).length;
    for (const e of executions.filter((x) => x.status !== "SUCCEEDED").slice(0, 3)) {
      const r = await deps.workflowStore.getRelationship(e.name);
      console.log(
        "not finished:",
        e.name,
        e.status,
        e.currentState,
        e.error ?? "",
        r?.phase,
        r?.cycle,
        r?.sessionCount,
        r?.turns,
        r?.health,
        e.cause ?? "",
      );
    }
    let reflections = 0;
    for (const id of relationships)
      reflections += (await deps.workflowStore.listReflections(id)).length;

    console.log(
      `\nLifecycle: ${RELATIONSHIPS} relationships x ${SESSIONS} sessions on the local system\n`,
    );
    console.log("| measure | value | target |");
    console.log("| --- | ---: | ---: |");
    const row = (name: string, value: string, target = "") =>
      console.log(`| ${name} | ${value} | ${target} |`);
    row(
      "cohort wall time (simulation of the months), s",
      (simulationMs / 1000).toFixed(1),
      "<= 60",
    );
    row("applications, matching, approvals, s", (seededMs / 1000).toFixed(1));
    row(
      "state transitions per relationship, median / max",
      `${percentile(transitions, 50)} / ${Math.max(...transitions)}`,
      "<= 200",
    );
    row(
      "history events per relationship, median / max",
      `${percentile(events, 50)} / ${Math.max(...events)}`,
      "<= 1000",
    );
    row(
      "DynamoDB capacity units per relationship (mean)",
      (capacity.units / RELATIONSHIPS).toFixed(1),
      "<= 150",
    );
    row("DynamoDB calls per relationship (mean)", (capacity.calls / RELATIONSHIPS).toFixed(1));
    row("e-mails per relationship (mean)", (mails / RELATIONSHIPS).toFixed(1));
    row(
      "form POST -> next state, p50 / p95 ms",
      `${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 95).toFixed(1)}`,
      "p95 <= 200",
    );
    row("answers recorded / reflections kept", `${answered} / ${reflections}`);
    row("escalations decided", String(escalationsDecided));
    row("relationships closed", `${closed} of ${RELATIONSHIPS}`);
    row("stuck (still running) / failed", `${stuck} / ${failed}`, "0 / 0");
    console.log(
      "\nDynamoDB calls per relationship, by kind (the benchmark's own reads included)\n",
    );
    console.log("| calls | kind |");
    console.log("| ---: | --- |");
    for (const [kind, count] of [...breakdown].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
      console.log(`| ${(count / RELATIONSHIPS).toFixed(1)} | ${kind.trim().replace(/\|/g, "/")} |`);
    }
  } finally {
    await workflow.stop();
    await ses.stop();
    await dynamo.stop();
  }
}

function answerFor(subject: string, now: Date, chance: number): Record<string, string> {
  if (/match|pāris/i.test(subject)) return { decision: chance < 0.02 ? "decline" : "accept" };
  if (/plan/i.test(subject)) return postedPlan(rigaLocal(now, 7), SESSIONS);
  if (/Progress|Progresa/.test(subject))
    return { progress_g1: String(Math.round(chance * 100)), planChangeNeeded: "no" };
  if (/Clos|noslēgums/.test(subject))
    return { goalsReached: "Daudz", learnings: "Daudz", keepInTouch: "yes" };
  const low = chance < 0.03;
  return { held: "yes", valueRating: low ? "3" : "8", ideasRating: "8", safetyRating: "9" };
}
