import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { HttpEvent } from "../../functions/http/http-event.js";
import { mapError } from "../../functions/http/map-error.js";
import { BODY_LIMIT_BYTES, parseBody } from "../../functions/http/parse-body.js";
import {
  type DomainError,
  DuplicateApplicationError,
  MalformedBodyError,
  NotFoundError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from "../../shared/domain/errors.js";
import { toFormBody, validMentor } from "../fixtures/applications.js";

const KIB_64 = 64 * 1024;

/** A hand-built API Gateway HTTP API (v2) event. */
function event(options: {
  body?: string;
  headers?: Record<string, string>;
  isBase64Encoded?: boolean;
}): HttpEvent {
  return {
    version: "2.0",
    routeKey: "POST /api/applications",
    rawPath: "/api/applications",
    rawQueryString: "",
    headers: options.headers ?? { "content-type": "application/json" },
    isBase64Encoded: options.isBase64Encoded ?? false,
    ...(options.body === undefined ? {} : { body: options.body }),
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "localhost",
      domainPrefix: "localhost",
      http: {
        method: "POST",
        path: "/api/applications",
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent: "vitest",
      },
      requestId: "request-1",
      routeKey: "POST /api/applications",
      stage: "$default",
      time: "02/Nov/2026:09:30:00 +0000",
      timeEpoch: 1_793_611_800_000,
    },
  };
}

/** The smallest handler that shows what parseBody hands on. */
const handlerFor = (kind: "json" | "form", limit?: number) => {
  let seen: HttpEvent | undefined;
  const handler = middy<HttpEvent, unknown>()
    .use(parseBody(kind, limit === undefined ? {} : { limitBytes: limit }))
    .handler(async (e) => {
      seen = e;
      return e.parsedBody;
    });
  return {
    run: (e: HttpEvent) => handler(e, {} as Context),
    seen: () => seen,
  };
};

const json = (body: string, headers: Record<string, string> = {}) =>
  event({ body, headers: { "content-type": "application/json", ...headers } });

describe("parseBody json", () => {
  it("parses a JSON body and keeps the decoded text", async () => {
    const { run, seen } = handlerFor("json");
    const body = JSON.stringify({ name: "Jānis Ozoliņš", n: 3 });
    await expect(run(json(body))).resolves.toEqual({ name: "Jānis Ozoliņš", n: 3 });
    expect(seen()?.bodyText).toBe(body);
  });

  it.each([
    "application/json; charset=utf-8",
    "application/json;charset=UTF-8",
    'Application/JSON; charset="utf-8"',
  ])("accepts content-type %s", async (contentType) => {
    const { run } = handlerFor("json");
    await expect(
      run(event({ body: "[1,2]", headers: { "Content-Type": contentType } })),
    ).resolves.toEqual([1, 2]);
  });

  it.each([
    "application/json; charset=iso-8859-1",
    "application/json; charset=utf-16",
    "text/plain",
    "text/plain; charset=utf-8",
    "application/x-www-form-urlencoded",
    "application/jsonp",
  ])("refuses content-type %s with UnsupportedMediaTypeError", async (contentType) => {
    const { run, seen } = handlerFor("json");
    await expect(
      run(event({ body: "{}", headers: { "content-type": contentType } })),
    ).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    expect(seen()).toBeUndefined();
  });

  it("refuses a body without a content-type", async () => {
    const { run } = handlerFor("json");
    await expect(run(event({ body: "{}", headers: {} }))).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
  });

  it("accepts exactly 64 KiB and refuses 64 KiB + 1 byte", async () => {
    const { run } = handlerFor("json");
    const atLimit = JSON.stringify("x".repeat(KIB_64 - 2));
    expect(Buffer.byteLength(atLimit)).toBe(KIB_64);
    await expect(run(json(atLimit))).resolves.toHaveLength(KIB_64 - 2);

    const overLimit = JSON.stringify("x".repeat(KIB_64 - 1));
    expect(Buffer.byteLength(overLimit)).toBe(KIB_64 + 1);
    const error = await run(json(overLimit)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as PayloadTooLargeError).limitBytes).toBe(KIB_64);
    expect(BODY_LIMIT_BYTES).toBe(KIB_64);
  });

  it("counts bytes, not characters", async () => {
    const { run } = handlerFor("json");
    // 40 000 characters, but 80 002 bytes in UTF-8.
    const body = JSON.stringify("ā".repeat(40_000));
    expect(body.length).toBeLessThan(KIB_64);
    await expect(run(json(body))).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("refuses a declared content-length over the limit before reading", async () => {
    const { run } = handlerFor("json");
    await expect(run(json("{}", { "Content-Length": String(KIB_64 + 1) }))).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
    await expect(run(json("{}", { "content-length": String(KIB_64) }))).resolves.toEqual({});
  });

  it("judges size before media type (413 before 415)", async () => {
    const { run } = handlerFor("json");
    const big = event({ body: "x".repeat(KIB_64 + 1), headers: { "content-type": "text/plain" } });
    await expect(run(big)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("honours a smaller limit", async () => {
    const { run } = handlerFor("json", 10);
    await expect(run(json('"0123456789"'))).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(run(json('"0123456"'))).resolves.toBe("0123456");
  });

  it("decodes a base64-encoded body", async () => {
    const { run, seen } = handlerFor("json");
    const text = JSON.stringify({ name: "Līga Bērziņa" });
    const body = Buffer.from(text, "utf8").toString("base64");
    await expect(
      run(event({ body, isBase64Encoded: true, headers: { "content-type": "application/json" } })),
    ).resolves.toEqual({ name: "Līga Bērziņa" });
    expect(seen()?.bodyText).toBe(text);
  });

  it("measures a base64 body by its decoded size", async () => {
    const { run } = handlerFor("json");
    const decoded = Buffer.from(JSON.stringify("y".repeat(KIB_64 - 1)));
    await expect(
      run(
        event({
          body: decoded.toString("base64"),
          isBase64Encoded: true,
          headers: { "content-type": "application/json" },
        }),
      ),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it.each([
    ["truncated JSON", '{"name": "x"'],
    ["single quotes", "{'name': 'x'}"],
    ["an empty body", ""],
  ])("refuses %s with MalformedBodyError", async (_name, body) => {
    const { run } = handlerFor("json");
    await expect(run(json(body))).rejects.toBeInstanceOf(MalformedBodyError);
  });

  it("refuses a missing body with MalformedBodyError", async () => {
    const { run } = handlerFor("json");
    await expect(
      run(event({ headers: { "content-type": "application/json" } })),
    ).rejects.toBeInstanceOf(MalformedBodyError);
  });

  it("refuses bytes that are not UTF-8 with MalformedBodyError", async () => {
    const { run } = handlerFor("json");
    for (const bytes of [
      [0x22, 0xff, 0x22], // 0xff never occurs in UTF-8
      [0x22, 0xc4, 0x22], // a lead byte without its continuation
      [0x22, 0xe9, 0x22], // "é" in ISO-8859-1
    ]) {
      const body = Buffer.from(bytes).toString("base64");
      const error = await run(
        event({ body, isBase64Encoded: true, headers: { "content-type": "application/json" } }),
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MalformedBodyError);
      expect((error as Error).message).toMatch(/UTF-8/);
    }
  });
});

describe("parseBody form", () => {
  const form = (body: string, contentType = "application/x-www-form-urlencoded") =>
    event({ body, headers: { "content-type": contentType } });

  it("collects repeated names into lists", async () => {
    const { run } = handlerFor("form");
    await expect(run(form("a=1&b=x&a=2&a=3"))).resolves.toEqual({
      a: ["1", "2", "3"],
      b: ["x"],
    });
  });

  it("decodes percent-encoding and plus signs", async () => {
    const { run } = handlerFor("form");
    await expect(
      run(form("name=J%C4%81nis+Ozoli%C5%86%C5%A1&email=a%40b.lv&empty=")),
    ).resolves.toEqual({ name: ["Jānis Ozoliņš"], email: ["a@b.lv"], empty: [""] });
  });

  it("reads a posted application form", async () => {
    const { run } = handlerFor("form");
    const mentor = validMentor();
    const fields = (await run(
      form(toFormBody(mentor), "application/x-www-form-urlencoded; charset=utf-8"),
    )) as Record<string, string[]>;
    expect(fields.formats).toEqual(mentor.formats);
    expect(fields.languages).toEqual(mentor.languages);
    expect(fields.capacity).toEqual([String(mentor.capacity)]);
    expect(fields.name).toEqual([mentor.name]);
  });

  it("an empty form body is no fields", async () => {
    const { run } = handlerFor("form");
    await expect(run(form(""))).resolves.toEqual({});
  });

  it("refuses JSON where a form is expected", async () => {
    const { run } = handlerFor("form");
    await expect(run(form('{"a":1}', "application/json"))).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
  });

  it("refuses a form body that is not UTF-8", async () => {
    const { run } = handlerFor("form");
    const body = Buffer.from([0x61, 0x3d, 0xe9]).toString("base64");
    await expect(
      run(
        event({
          body,
          isBase64Encoded: true,
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
      ),
    ).rejects.toBeInstanceOf(MalformedBodyError);
  });
});

describe("mapError", () => {
  const cases: [string, DomainError, number][] = [
    [
      "ValidationError",
      new ValidationError([{ path: "email", message: "bad", code: "invalid_format" }]),
      400,
    ],
    ["MalformedBodyError", new MalformedBodyError("not JSON"), 400],
    ["DuplicateApplicationError", new DuplicateApplicationError(), 409],
    ["PayloadTooLargeError", new PayloadTooLargeError(KIB_64), 413],
    ["UnsupportedMediaTypeError", new UnsupportedMediaTypeError(["application/json"]), 415],
    ["NotFoundError", new NotFoundError("no such form"), 404],
  ];
  for (const [name, error, status] of cases) {
    it(`${name} becomes ${status} with its code`, () => {
      const problem = mapError(error);
      expect(problem.status).toBe(status);
      expect(problem.body.error).toBe(error.code);
      expect(problem.body.message).toBe(error.message);
      expect(Array.isArray(problem.body.issues)).toBe(true);
    });
  }

  it("the error codes are distinct", () => {
    const codes = cases.map(([, error]) => error.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("a validation error carries its issues; other errors carry none", () => {
    const issues = [
      { path: "email", message: "Enter a valid e-mail address.", code: "invalid_format" },
      { path: "extra", message: "Unknown field.", code: "unrecognized_keys" },
    ];
    expect(mapError(new ValidationError(issues)).body.issues).toEqual(issues);
    expect(mapError(new DuplicateApplicationError()).body.issues).toEqual([]);
  });

  it("an unknown error is a 500 that does not leak its message", () => {
    const secret = "connect ECONNREFUSED 10.0.0.7:8000 password=hunter2";
    const problem = mapError(new Error(secret));
    expect(problem.status).toBe(500);
    expect(problem.body.error).toBe("internal_error");
    expect(problem.body.issues).toEqual([]);
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    expect(JSON.stringify(problem)).not.toContain("ECONNREFUSED");
  });

  it("a thrown non-Error is a 500 too", () => {
    for (const thrown of ["secret string", undefined, null, { message: "secret object" }]) {
      const problem = mapError(thrown);
      expect(problem.status).toBe(500);
      expect(JSON.stringify(problem)).not.toContain("secret");
    }
  });

  it("an error that only looks like a domain error is still a 500", () => {
    const impostor = Object.assign(new Error("internal detail"), { code: "already_applied" });
    const problem = mapError(impostor);
    expect(problem.status).toBe(500);
    expect(problem.body.message).not.toContain("internal detail");
  });
});
