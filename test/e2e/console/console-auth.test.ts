import { describe, expect, inject, it } from "vitest";
import { ROUTES } from "../../../infra/routes.js";

/**
 * Every coordinator route of the route table, over HTTP on the local server: no token is a
 * 401 with a Bearer challenge, a token that is not the coordinator's a 403, both as the
 * plain JSON error (nothing of the data in it), before any path parameter or body is read.
 */

const base = inject("baseUrl");
const token = inject("coordinatorToken");
const consoleRoutes = ROUTES.filter((route) => route.coordinator);

const concrete = (path: string) => path.replace(/\{\w+\}/g, "x-unknown");

async function call(method: string, path: string, authorization?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(`${base}${concrete(path)}`, {
    method,
    headers,
    body: method === "GET" ? undefined : JSON.stringify({ decision: "continue", note: "x" }),
  });
  return {
    status: response.status,
    challenge: response.headers.get("www-authenticate"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("console API authorisation", () => {
  it("covers every console route of the route table", () => {
    expect(consoleRoutes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        "GET /api/console/participants",
        "POST /api/console/matching-runs",
        "GET /api/console/relationships",
        "GET /api/console/relationships/{relationshipId}",
        "GET /api/console/escalations",
        "POST /api/console/escalations/{escalationId}/decision",
        "POST /api/console/proposals/{proposalId}/approve",
      ]),
    );
    // Every route under /api/console/ is a coordinator route.
    const unguarded = ROUTES.filter(
      (route) => route.path.startsWith("/api/console/") && !route.coordinator,
    );
    expect(unguarded).toEqual([]);
  });

  it.each(consoleRoutes.map((route) => [route.method, route.path] as const))(
    "%s %s refuses a missing, a malformed and a wrong token",
    async (method, path) => {
      const missing = await call(method, path);
      expect(missing.status).toBe(401);
      expect(missing.body.error).toBe("unauthorized");
      expect(missing.challenge).toBe("Bearer");
      expect(Object.keys(missing.body).sort()).toEqual(["error", "issues", "message"]);

      const notBearer = await call(method, path, `Basic ${Buffer.from("a:b").toString("base64")}`);
      expect(notBearer.status).toBe(401);

      const empty = await call(method, path, "Bearer ");
      expect(empty.status).toBe(401);

      const wrong = await call(method, path, `Bearer ${token}x`);
      expect(wrong.status).toBe(403);
      expect(wrong.body.error).toBe("forbidden");
      expect(Object.keys(wrong.body).sort()).toEqual(["error", "issues", "message"]);

      const prefix = await call(method, path, `Bearer ${token.slice(0, -1)}`);
      expect(prefix.status).toBe(403);
    },
  );
});
