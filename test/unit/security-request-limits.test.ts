import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { ROUTES } from "../../infra/routes.js";
import { MemoryRequestCounters } from "../../shared/adapters/memory/memory-limits.js";
import { TooManyRequestsError } from "../../shared/domain/errors.js";
import {
  BUDGET_NAMES,
  type Budgets,
  budgetsFrom,
  DEFAULT_BUDGETS,
  parseBudget,
} from "../../shared/domain/limits/request-budgets.js";
import { spendBudget } from "../../shared/domain/limits/spend-budget.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";

const root = resolve(import.meta.dirname, "../..");

describe("a request budget", () => {
  it("is `<limit>/<n><s|m|h|d>` windows, shortest first; anything else is refused", () => {
    expect(parseBudget("400/1d, 100/1h")).toEqual([
      { limit: 100, seconds: 3600 },
      { limit: 400, seconds: 86400 },
    ]);
    expect(parseBudget("5/30m")).toEqual([{ limit: 5, seconds: 1800 }]);
    for (const wrong of ["", "100", "0/1h", "100/0h", "100/1w", "-1/1h", "1.5/1h", "off"])
      expect(() => parseBudget(wrong), wrong).toThrow(/must look like/);
  });

  it("comes from the defaults unless its REQUEST_LIMIT_* variable says otherwise", () => {
    expect(budgetsFrom({})).toEqual(DEFAULT_BUDGETS);
    const budgets = budgetsFrom({ REQUEST_LIMIT_LINK_REQUEST_ADDRESS: "2/1h" });
    expect(budgets.linkRequestAddress).toEqual([{ limit: 2, seconds: 3600 }]);
    expect(budgets.applications).toEqual(DEFAULT_BUDGETS.applications);
    expect(() => budgetsFrom({ REQUEST_LIMIT_APPLICATIONS: "many" })).toThrow();
  });

  it("lets a shared office NAT through: dozens of applicants a day from one address", () => {
    const [hour, day] = DEFAULT_BUDGETS.applications;
    expect(hour?.limit).toBeGreaterThanOrEqual(60);
    expect(day?.limit).toBeGreaterThanOrEqual(200);
  });
});

describe("spending a budget", () => {
  const clockAt = (iso: string) => {
    let now = new Date(iso);
    return { now: () => now, set: (at: string) => (now = new Date(at)) };
  };
  const budgets: Budgets = {
    ...DEFAULT_BUDGETS,
    linkRequests: [
      { limit: 3, seconds: 3600 },
      { limit: 4, seconds: 86400 },
    ],
  };

  it("allows the limit in a fixed window, then refuses with the seconds until the window ends", async () => {
    const clock = clockAt("2027-01-04T10:59:00Z");
    const deps = { counters: new MemoryRequestCounters(), budgets, clock };
    for (let i = 0; i < 3; i++) await spendBudget(deps, "linkRequests", "198.51.100.1");
    const refused = await spendBudget(deps, "linkRequests", "198.51.100.1").catch((e) => e);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect(refused.retryAfterSeconds).toBe(60);
    // Another client has its own budget.
    await spendBudget(deps, "linkRequests", "198.51.100.2");
    // A new hour is a new window, but the day's budget still counts: 4 a day.
    clock.set("2027-01-04T11:00:00Z");
    await spendBudget(deps, "linkRequests", "198.51.100.1");
    const daily = await spendBudget(deps, "linkRequests", "198.51.100.1").catch((e) => e);
    expect(daily).toBeInstanceOf(TooManyRequestsError);
    expect(daily.retryAfterSeconds).toBe(13 * 3600);
  });
});

/** Every port records what it is asked; the counters say the budget is long spent. */
function spentDeps() {
  const calls: string[] = [];
  const port = (name: string) =>
    new Proxy({} as Record<string, unknown>, {
      get: (_, key) =>
        typeof key === "string" && key !== "then"
          ? async () => {
              calls.push(`${name}.${key}`);
              return undefined;
            }
          : undefined,
    });
  const deps = {
    store: port("store"),
    workflowStore: port("workflowStore"),
    workflow: port("workflow"),
    mailer: port("mailer"),
    signer: port("signer"),
    digests: port("digests"),
    counters: { count: async () => 1_000_000 },
    budgets: DEFAULT_BUDGETS,
    clock: { now: () => new Date("2027-01-04T10:30:00Z") },
    ids: port("ids"),
    auth: port("auth"),
    config: {
      contactEmail: "mentori@example.lv",
      coordinatorEmail: "koordinators@example.lv",
      baseUrl: "http://localhost:3000",
    },
  } as unknown as Deps;
  return { deps, calls };
}

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

describe("every public POST route of the route table", () => {
  const publicPosts = ROUTES.filter((route) => route.method === "POST" && !route.coordinator);

  it("includes the application, form and link request routes", () => {
    expect(publicPosts.map((route) => route.path)).toEqual(
      expect.arrayContaining(["/apply", "/api/applications", "/f/{link}", "/link-requests"]),
    );
    expect(BUDGET_NAMES.length).toBeGreaterThan(0);
  });

  // A route added later is covered here without a line of this test: its handler must
  // spend a budget before it reads anything.
  it.each(publicPosts.map((route) => [`${route.method} ${route.path}`, route] as const))(
    "%s answers 429 with Retry-After once the client's budget is spent, touching nothing",
    async (_, route) => {
      const module = (await import(pathToFileURL(resolve(root, route.entry)).href)) as {
        createHandler: (deps: () => Deps) => Handler;
      };
      const { deps, calls } = spentDeps();
      const json = route.path.startsWith("/api/");
      const path = route.path.replace(/\{\w+\}/g, "f_abcdefghijkl.signature");
      const event = httpEvent({
        method: "POST",
        path,
        query: { lang: "en" },
        contentType: json ? "application/json" : "application/x-www-form-urlencoded",
        body: json ? "{}" : "email=a%40example.lv",
      });
      event.routeKey = `${route.method} ${route.path}`;
      const answer = await invoke(
        module.createHandler(() => deps),
        event,
      );
      expect(answer.statusCode).toBe(429);
      const retryAfter = Number(answer.headers["retry-after"]);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(calls).toEqual([]);
      if (json) {
        expect(answer.headers["content-type"]).toMatch(/^application\/json/);
        expect(JSON.parse(answer.body)).toMatchObject({ error: "too_many_requests" });
      } else {
        expect(answer.headers["content-type"]).toMatch(/^text\/html/);
        expect(answer.body).toContain("Too many requests");
        expect(answer.body).toContain("was not saved");
        expect(answer.body).toContain(`in about ${Math.ceil(retryAfter / 60)} min.`);
      }
    },
  );

  it("says it in Latvian too", async () => {
    const { createHandler } = await import("../../functions/forms/request-new-link.js");
    const { deps } = spentDeps();
    const event = httpEvent({
      method: "POST",
      path: "/link-requests",
      query: { lang: "lv" },
      contentType: "application/x-www-form-urlencoded",
      body: "link=x",
    });
    const answer = await invoke(
      createHandler(() => deps),
      event,
    );
    expect(answer.statusCode).toBe(429);
    expect(answer.body).toContain('<html lang="lv">');
    expect(answer.body).toContain("Pārāk daudz pieprasījumu");
    expect(answer.body).toContain("Jūsu iesniegums netika saglabāts.");
  });
});
