import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startLocalServer } from "../../infra/local/spawn-local-system.js";
import {
  BUDGET_NAMES,
  type BudgetName,
  budgetVariable,
  DEFAULT_BUDGETS,
} from "../../shared/domain/limits/request-budgets.js";
import { toFormBody, uniqueEmail, validMentee } from "../fixtures/applications.js";
import { type Mail, programmeClient } from "./programme-client.js";

/**
 * The request limits over HTTP on a local system of this file's own, started with the real
 * budgets (the suite's shared system lifts them: global-setup.ts). Clients are told apart by
 * CloudFront's viewer address header, as on AWS; the mailbox is the SES stand-in's.
 */
let server: RunningServer;
let client: ReturnType<typeof programmeClient>;
const COORDINATOR = "koordinators@example.lv";
/** A budget's allowance per hour (its shortest window). */
const perHour = (name: BudgetName) => {
  const [hour] = DEFAULT_BUDGETS[name];
  if (hour?.seconds !== 3600) throw new Error(`${name}: the test expects an hourly window first`);
  return hour.limit;
};

beforeAll(async () => {
  const realBudgets = Object.fromEntries(BUDGET_NAMES.map((name) => [budgetVariable(name), ""]));
  server = await startLocalServer({ env: { LOCAL_CLOCK_SPEED: "0", ...realBudgets } });
  const token = readFileSync(join(server.localDir, "coordinator-token"), "utf8").trim();
  client = programmeClient(server.baseUrl, token);
}, 240_000);

afterAll(async () => {
  await server?.stop("SIGTERM");
});

const post = (
  path: string,
  body: string,
  options: { json?: boolean; viewer?: string; headers?: Record<string, string> } = {},
) =>
  fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    headers: {
      "content-type": options.json ? "application/json" : "application/x-www-form-urlencoded",
      ...(options.viewer ? { "cloudfront-viewer-address": `${options.viewer}:40123` } : {}),
      ...options.headers,
    },
    body,
    redirect: "manual",
  });

const askForLink = (link: string, email: string, viewer: string, headers = {}) =>
  post("/link-requests?lang=en", new URLSearchParams({ link, email }).toString(), {
    viewer,
    headers,
  });

/** A 429 that says when to come back, within the hour. */
const expectRefused = (response: Response) => {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(3600);
};

const coordinatorMail = async () =>
  (await client.mailTo(COORDINATOR)) as (Mail & { text: string })[];
const digestsOf = (mails: Mail[]) => mails.filter((m) => /neatpazītām saitēm/.test(m.subject));
const openRequests = async () =>
  (await client.console<{ items: { email?: string }[] }>("/api/console/link-requests?status=open"))
    .body.items;

describe("per-client budgets of the public POST routes", () => {
  it("applications (JSON and form): one past the client's hourly budget is a 429 with Retry-After and keeps nothing", async () => {
    const viewer = "198.51.100.1";
    for (let i = 0; i < perHour("applications"); i++) {
      const invalid = await post("/api/applications", "{}", { json: true, viewer });
      expect(invalid.status).toBe(400);
    }
    const refusedEmail = uniqueEmail("limits-json");
    const json = await post(
      "/api/applications?lang=en",
      JSON.stringify(validMentee({ email: refusedEmail })),
      { json: true, viewer },
    );
    expectRefused(json);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await json.json()).toMatchObject({ error: "too_many_requests" });

    // The HTML form spends the same budget.
    const formEmail = uniqueEmail("limits-form");
    const form = await post("/apply?lang=lv", toFormBody(validMentee({ email: formEmail })), {
      viewer,
    });
    expectRefused(form);
    const page = await form.text();
    expect(page).toContain('<html lang="lv">');
    expect(page).toContain("Pārāk daudz pieprasījumu");
    expect(page).toContain("Jūsu iesniegums netika saglabāts.");

    // x-forwarded-for does not make a new client.
    const forged = await post("/api/applications", "{}", {
      json: true,
      viewer,
      headers: { "x-forwarded-for": "192.0.2.99" },
    });
    expect(forged.status).toBe(429);
    // Another client still gets through.
    const other = await post("/api/applications", "{}", { json: true, viewer: "198.51.100.2" });
    expect(other.status).toBe(400);

    // Nothing was kept of the refused ones: no participant, no e-mail to them.
    const participants = await client.console<unknown>("/api/console/participants");
    expect(JSON.stringify(participants.body)).not.toContain(refusedEmail);
    expect(JSON.stringify(participants.body)).not.toContain(formEmail);
    expect(await client.mailTo(refusedEmail)).toEqual([]);
    expect(await client.mailTo(formEmail)).toEqual([]);
  });

  it("form answers: one past the client's hourly budget is refused and the form stays open", async () => {
    const { mentee } = await client.startRelationship("E2E limits");
    const link = client.formLink(
      await client.waitForMail(mentee.email, /please confirm|apstipriniet/),
    );
    const path = new URL(link).pathname;
    const viewer = "198.51.100.3";
    for (let i = 0; i < perHour("formAnswers"); i++) {
      const unknown = await post("/f/f_madeupformid0.AAAAAAAAAAAAAAAAAAAAAAAA", "decision=accept", {
        viewer,
      });
      expect(unknown.status).toBe(404);
    }
    const refused = await post(`${path}?lang=en`, "decision=accept", { viewer });
    expectRefused(refused);
    expect(await refused.text()).toContain("Too many requests");

    // The refused answer was not recorded: the form is still open, and its person can answer.
    expect((await fetch(link)).status).toBe(200);
    const answered = await post(path, "decision=accept", { viewer: "198.51.100.4" });
    expect(answered.status).toBe(200);
  });
});

describe("requests for a new link from made-up links and addresses", () => {
  it("40 from one client: the hour's budget kept, the rest refused, no e-mail; later one digest counts them", async () => {
    const before = await coordinatorMail();
    const stamp = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await askForLink(
        `f_madeup${i}link.AAAAAAAAAAAAAAAAAAAAAAAA`,
        `one.client.${stamp}.${i}@example.lv`,
        "198.51.100.5",
        // A forged forwarding header changes nothing.
        { "x-forwarded-for": `10.0.0.${i}` },
      );
      statuses.push(response.status);
      if (response.status === 429) expectRefused(response);
    }
    const allowed = perHour("linkRequests");
    expect(statuses).toEqual([...Array(allowed).fill(200), ...Array(40 - allowed).fill(429)]);
    expect((await coordinatorMail()).length - before.length).toBeLessThanOrEqual(1);
    const kept = (await openRequests()).filter((r) => r.email?.startsWith(`one.client.${stamp}.`));
    expect(kept).toHaveLength(allowed);

    await client.advance("PT1H10M");
    const digest = (await client.waitForMail(
      COORDINATOR,
      new RegExp(`neatpazītām saitēm: ${allowed}$`),
    )) as Mail & { text: string };
    expect(digest.text).toContain(`Lūgumu skaits: ${allowed}.`);
    expect(digest.links).toEqual([`${server.baseUrl}/console/link-requests`]);
    expect(digest.text).not.toContain("f_madeup");
    expect(digest.text).not.toContain(`one.client.${stamp}`);
    expect(digestsOf(await coordinatorMail())).toHaveLength(digestsOf(before).length + 1);
  });

  it("40 from 40 clients: all kept, still no e-mail until the one digest that counts 40", async () => {
    const before = await coordinatorMail();
    const stamp = Date.now();
    for (let i = 1; i <= 40; i++) {
      const response = await askForLink(
        `f_spread${i}link.AAAAAAAAAAAAAAAAAAAAAAAA`,
        `many.clients.${stamp}.${i}@example.lv`,
        `203.0.113.${i}`,
      );
      expect(response.status).toBe(200);
    }
    expect((await coordinatorMail()).length - before.length).toBeLessThanOrEqual(1);
    await client.advance("PT1H10M");
    const digest = await client.waitForMail(COORDINATOR, /neatpazītām saitēm: 40$/);
    expect(digest.subject).toBe("Jaunas saites lūgumi no neatpazītām saitēm: 40");
    expect((await coordinatorMail()).length - before.length).toBe(1);
  });

  it("one e-mail address can be asked for only a few times an hour, from any client", async () => {
    const email = uniqueEmail("asked-for");
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++)
      statuses.push(
        (await askForLink(`f_same${i}address.AAAAAAAAAAAAAAAAAAAAAAAA`, email, `192.0.2.${i}`))
          .status,
      );
    const allowed = perHour("linkRequestAddress");
    expect(statuses).toEqual([...Array(allowed).fill(200), ...Array(5 - allowed).fill(429)]);
    expect((await openRequests()).filter((r) => r.email === email)).toHaveLength(allowed);
  });
});
