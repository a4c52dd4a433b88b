import { request } from "node:http";
import { describe, expect, inject, it } from "vitest";

const base = new URL(inject("baseUrl"));
const token = inject("coordinatorToken");

/** A raw request, so that the Host header can be what a rebinding page would send. */
function call(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: base.port, method, path, headers },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const host = `localhost:${base.port}`;
const bearer = `Bearer ${token}`;
const clockNow = async () =>
  JSON.parse((await call("GET", "/local/clock", { host, authorization: bearer })).body).now;

describe("the local system's own routes, as a web page on the developer's machine would try them", () => {
  it("answer only with the coordinator token", async () => {
    for (const path of ["/local/mail", "/local/clock"]) {
      expect((await call("GET", path, { host })).status).toBe(401);
      expect((await call("GET", path, { host, authorization: "Bearer wrong" })).status).toBe(401);
      expect((await call("GET", path, { host, authorization: bearer })).status).toBe(200);
    }
  });

  it("refuse a Host that is not this machine's (DNS rebinding), even with the token", async () => {
    for (const evil of ["evil.example", `evil.example:${base.port}`, "127.0.0.1.nip.io"]) {
      const answer = await call("GET", "/local/mail", { host: evil, authorization: bearer });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain("@");
    }
    const local = await call("GET", "/local/clock", {
      host: `127.0.0.1:${base.port}`,
      authorization: bearer,
    });
    expect(local.status).toBe(200);
  });

  it("change nothing without JSON (a plain HTML form cannot send it)", async () => {
    const before = await clockNow();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) {
      const answer = await call(
        "POST",
        "/local/clock",
        { host, authorization: bearer, "content-type": type },
        JSON.stringify({ advance: "P30D" }),
      );
      expect(answer.status).toBe(415);
    }
    const noToken = await call(
      "POST",
      "/local/clock",
      { host, "content-type": "application/json" },
      JSON.stringify({ advance: "P30D" }),
    );
    expect(noToken.status).toBe(401);
    expect(await clockNow()).toBe(before);
  });
});
