import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createHandler } from "../../functions/api/create-application.js";
import { budgetsFrom } from "../../shared/domain/limits/request-budgets.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { GENEROUS_REQUEST_LIMITS } from "../fixtures/request-limits.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
let handler: ReturnType<typeof createHandler>;
beforeAll(async () => {
  table = await createTestTable();
  handler = createHandler(() => table.deps);
});

const post = (body: string | Buffer, contentType = "application/json", headers = {}) =>
  invoke(handler, httpEvent({ body, contentType, headers }));

/** The answer's JSON body, once its status is the one expected. */
const bodyOf = (answer: { statusCode: number; body: string }, status: number) => {
  expect(answer.statusCode).toBe(status);
  return JSON.parse(answer.body);
};

describe("POST /api/applications on DynamoDB Local", () => {
  it("answers 202 'check your mailbox' and keeps the application unconfirmed, its link mailed", async () => {
    const application = validMentee();
    const body = bodyOf(await post(JSON.stringify(application)), 202);
    expect(body).toEqual({
      status: "check_mailbox",
      message: { lv: expect.stringMatching(/e-pastu|vēstuli/), en: expect.any(String) },
    });
    expect(body).not.toHaveProperty("participantId");
    const participantId = await table.store.findParticipantIdByEmail(application.email);
    expect(await table.store.getParticipant(participantId ?? "")).toMatchObject({
      email: application.email,
      status: "eligible",
      confirmation: "unconfirmed",
    });
    const [mail] = table.mailer.to(application.email);
    expect(mail?.links?.[0]).toMatch(new RegExp(`/confirm/${participantId}\\.`));
  });

  it("keeps an ineligible application with every reason in Latvian and English", async () => {
    const application = validMentor({ capacity: 8, supportedRoleCategories: [] });
    const answer = await post(JSON.stringify(application), "application/json; charset=utf-8");
    expect(bodyOf(answer, 202).status).toBe("check_mailbox");
    const participantId = await table.store.findParticipantIdByEmail(application.email);
    const stored = await table.store.getParticipant(participantId ?? "");
    expect(stored?.status).toBe("ineligible");
    expect(stored?.reasons.map((r) => r.code).sort()).toEqual([
      "capacity_out_of_range",
      "no_role_category_supported",
    ]);
    for (const reason of stored?.reasons ?? []) {
      expect(reason.message.lv).toMatch(/[āčēģīķļņšūž]/);
      expect(reason.message.en.length).toBeGreaterThan(10);
    }
  });

  it("answers 400 with the field paths of invalid input, in the language asked for", async () => {
    const { goal: _goal, ...withoutGoal } = validMentee();
    const answer = await post(
      JSON.stringify({ ...withoutGoal, email: "not-an-email", capacity: 3 }),
      "application/json",
      { "accept-language": "lv-LV,lv;q=0.9" },
    );
    const body = bodyOf(answer, 400);
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "capacity",
      "email",
      "goal",
    ]);
    expect(body.issues.find((i: { path: string }) => i.path === "goal").message).toBe(
      "Šis lauks ir obligāts.",
    );
  });

  it("answers a repeated e-mail exactly as a new one, and tells the address's owner instead", async () => {
    const application = validMentee();
    const first = await post(JSON.stringify(application));
    const again = await post(
      JSON.stringify({ ...application, email: application.email.toUpperCase() }),
    );
    expect(again.statusCode).toBe(202);
    expect(again.body).toBe(first.body);
    expect(table.mailer.to(application.email).map((mail) => mail.subject)).toEqual([
      "Jūsu pieteikums mentoru programmai gaida apstiprinājumu",
      "Ar jūsu e-pasta adresi vēlreiz iesniegts pieteikums",
    ]);
  });

  it("answers 413 over 64 KB, 415 to another media type, 400 to malformed JSON", async () => {
    const large = JSON.stringify(validMentee({ motivation: "x".repeat(70_000) }));
    expect((await post(large)).statusCode).toBe(413);
    expect((await post(JSON.stringify(validMentee()), "text/plain")).statusCode).toBe(415);
    expect(
      (await post(JSON.stringify(validMentee()), "application/json; charset=latin1")).statusCode,
    ).toBe(415);
    const malformed = await post('{"role": "mentee",');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.parse(malformed.body).error).toBe("malformed_body");
  });
});

describe("property: invalid input never gets a 5xx and never writes", () => {
  it("1,000 generated invalid requests all get 4xx and leave a fresh table empty", async () => {
    const fresh = await createTestTable();
    // A thousand requests from one address: the client's budget is not what this is about.
    const budgets = budgetsFrom(GENEROUS_REQUEST_LIMITS);
    const freshHandler = createHandler(() => ({ ...fresh.deps, budgets }));

    const fieldValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    );
    const base = fc.oneof(
      fc.constant(validMentee()).map((a) => ({ ...a }) as Record<string, unknown>),
      fc.constant(validMentor()).map((a) => ({ ...a }) as Record<string, unknown>),
    );
    const mutated = fc
      .tuple(
        base,
        fc.nat(),
        fieldValue,
        fc.oneof(fc.constant("set"), fc.constant("delete"), fc.constant("extra")),
      )
      .map(([application, index, value, how]) => {
        const keys = Object.keys(application);
        const key = keys[index % keys.length] ?? "name";
        const copy = { ...application };
        if (how === "delete") delete copy[key];
        else if (how === "extra") copy[`x_${key}`] = value;
        else copy[key] = value;
        return copy;
      })
      .filter((candidate) => !applicationSchema.safeParse(candidate).success);

    type Request = { body: string | Buffer; contentType: string };
    const json = (value: unknown): Request => ({
      body: JSON.stringify(value),
      contentType: "application/json",
    });
    const request: fc.Arbitrary<Request> = fc.oneof(
      { weight: 5, arbitrary: mutated.map(json) },
      {
        weight: 2,
        arbitrary: fc
          .jsonValue()
          .filter((v) => !applicationSchema.safeParse(v).success)
          .map(json),
      },
      {
        weight: 2,
        arbitrary: fc
          .string({ unit: "binary" })
          .map((body) => ({ body, contentType: "application/json" })),
      },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({
          body: Buffer.from(bytes),
          contentType: "application/json",
        })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "",
            "application/json; charset=utf-16",
          )
          .map((contentType) => ({ body: JSON.stringify(validMentee()), contentType })),
      },
    );

    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ body, contentType }) => {
        const answer = await invoke(freshHandler, httpEvent({ body, contentType }));
        statuses.set(answer.statusCode, (statuses.get(answer.statusCode) ?? 0) + 1);
        expect(answer.statusCode).toBeGreaterThanOrEqual(400);
        expect(answer.statusCode).toBeLessThan(500);
        expect(() => JSON.parse(answer.body)).not.toThrow();
      }),
      { numRuns: 1000, seed: 20261127 },
    );
    // Oversized bodies, too, on top of the generated ones.
    for (let i = 0; i < 5; i++) {
      const answer = await invoke(
        freshHandler,
        httpEvent({
          body: JSON.stringify({ ...validMentee(), pad: "ā".repeat(33_000 + i) }),
          contentType: "application/json",
        }),
      );
      expect(answer.statusCode).toBe(413);
    }
    // Only the request counters: every request counts against its client, a refused one too.
    const written = await fresh.scanAll();
    expect(written.filter((item) => item.itemType !== "request-counter")).toEqual([]);
    // The generator really reached the different refusals, not just one of them.
    expect(statuses.get(400)).toBeGreaterThan(500);
    expect(statuses.get(415)).toBeGreaterThan(10);
  });
});
