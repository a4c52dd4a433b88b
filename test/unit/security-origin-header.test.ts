import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { createHandler as showGuide } from "../../functions/forms/show-guide.js";
import {
  ORIGIN_HEADER,
  ORIGIN_SECRET_ENV,
  originMatches,
} from "../../functions/http/check-origin.js";
import { ROUTES } from "../../infra/routes.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";

const SECRET = "origin-secret-0123456789abcdef";

/** Deps whose every touch is recorded: a refused request must not touch any. */
function watchedDeps() {
  const touched: string[] = [];
  const deps = new Proxy({} as Deps, {
    get: (_, key) => {
      if (key === "then") return undefined;
      touched.push(String(key));
      throw new Error(`the handler ran: it read deps.${String(key)}`);
    },
  });
  return { deps: () => deps, touched };
}

type Handler = Parameters<typeof invoke>[0];
type Module = { createHandler: (deps: () => Deps) => Handler };
/** A route's handler module (its entry is relative to the repository root). */
const load = async (entry: string) =>
  (await import(pathToFileURL(resolve(import.meta.dirname, "../..", entry)).href)) as Module;

/** The path of a route with its parameters filled in. */
const concrete = (path: string) => path.replace(/\{\w+\}/g, "x");

beforeEach(() => {
  vi.stubEnv(ORIGIN_SECRET_ENV, SECRET);
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("a request that did not come through CloudFront", () => {
  const cases = ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const);

  it.each(cases)(
    "%s without the origin header is a 403, and the handler never runs",
    async (_, route) => {
      const { createHandler } = await load(route.entry);
      const { deps, touched } = watchedDeps();
      const answer = await invoke(
        createHandler(deps),
        httpEvent({
          method: route.method,
          path: concrete(route.path),
          contentType: "application/x-www-form-urlencoded",
          body: "a=b",
          headers: { authorization: "Bearer anything" },
        }),
      );
      expect(answer.statusCode).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "forbidden" });
      expect(touched).toEqual([]);
    },
  );

  it.each(cases)("%s with a wrong origin header is a 403 too", async (_, route) => {
    const { createHandler } = await load(route.entry);
    const { deps, touched } = watchedDeps();
    for (const wrong of ["", SECRET.slice(0, -1), `${SECRET}x`, SECRET.toUpperCase()]) {
      const answer = await invoke(
        createHandler(deps),
        httpEvent({
          method: route.method,
          path: concrete(route.path),
          headers: { [ORIGIN_HEADER]: wrong },
        }),
      );
      expect(answer.statusCode, JSON.stringify(wrong)).toBe(403);
    }
    expect(touched).toEqual([]);
  });
});

describe("a request through CloudFront", () => {
  const guide = (headers: Record<string, string>) =>
    invoke(
      showGuide(() => ({ config: { contactEmail: "mentori@example.lv" } }) as Deps),
      httpEvent({ method: "GET", path: "/guide/unknown", headers }),
    );

  it("passes with the header's value, in any letter case of the header's name", async () => {
    expect((await guide({ [ORIGIN_HEADER]: SECRET })).statusCode).toBe(404);
    expect((await guide({ "X-Origin-Verify": SECRET })).statusCode).toBe(404);
  });

  it("is not checked where no value is configured (the local system)", async () => {
    vi.stubEnv(ORIGIN_SECRET_ENV, "");
    expect((await guide({})).statusCode).toBe(404);
  });
});

describe("originMatches", () => {
  it("accepts only the exact value, whatever the lengths", () => {
    expect(originMatches(SECRET, SECRET)).toBe(true);
    expect(originMatches(undefined, SECRET)).toBe(false);
    expect(originMatches("", SECRET)).toBe(false);
    expect(originMatches(`${SECRET}${SECRET}`, SECRET)).toBe(false);
    expect(originMatches(SECRET.replace(/.$/, "0"), SECRET)).toBe(false);
  });
});
