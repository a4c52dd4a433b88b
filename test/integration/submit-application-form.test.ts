import { beforeAll, describe, expect, it } from "vitest";
import { createHandler } from "../../functions/api/submit-application-form.js";
import { APPLICATION_FORMS } from "../../shared/forms/application-form.js";
import { toFormBody, uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
let handler: ReturnType<typeof createHandler>;
beforeAll(async () => {
  table = await createTestTable();
  handler = createHandler(() => table.deps);
});

const postForm = (
  body: string,
  lang: "lv" | "en" = "lv",
  contentType = "application/x-www-form-urlencoded",
) => invoke(handler, httpEvent({ path: "/apply", body, contentType, query: { lang } }));

describe("POST /apply on DynamoDB Local", () => {
  it("keeps a valid mentor application unconfirmed and asks, in English, to check the mailbox", async () => {
    const application = validMentor();
    const answer = await postForm(toFormBody(application), "en");
    expect(answer.statusCode).toBe(202);
    expect(answer.headers["content-type"]).toMatch(/^text\/html/);
    expect(answer.body).toContain("<h1>Check your mailbox</h1>");
    expect(answer.body).toContain("confirm the application within 7 days");
    expect(answer.body).not.toMatch(/p_[0-9a-z]{20}/);
    const id = await table.store.findParticipantIdByEmail(application.email);
    expect(await table.store.getParticipant(id ?? "")).toMatchObject({
      application,
      confirmation: "unconfirmed",
    });
  });

  it("answers an ineligible application the same way, in Latvian; the outcome comes on confirming", async () => {
    const answer = await postForm(toFormBody(validMentee({ institutionType: "other" })));
    expect(answer.statusCode).toBe(202);
    expect(answer.body).toContain("<h1>Pārbaudiet savu e-pastu</h1>");
    expect(answer.body).toContain("7 dienu laikā");
    expect(answer.body).not.toContain("neatbilst");
  });

  it("takes every field labelled optional as optional: each may stay empty", async () => {
    for (const [role, form] of Object.entries(APPLICATION_FORMS)) {
      const optional = form.sections
        .flatMap((section) => section.fields)
        .filter((field) => field.kind !== "hidden" && !field.required && !field.requiredWhen);
      if (role === "mentee") expect(optional.map((field) => field.name)).toContain("jobRole");
      for (const field of optional) {
        const application = role === "mentee" ? validMentee() : validMentor();
        const body = new URLSearchParams(toFormBody({ ...application, email: uniqueEmail(role) }));
        body.delete(field.name);
        const answer = await postForm(body.toString());
        expect(answer.statusCode, `${role} without ${field.name}`).toBe(202);
      }
    }
  });

  it("keeps an application without a job role without one", async () => {
    const application = validMentee({ roleCategory: "collaboration", jobRole: undefined });
    const answer = await postForm(toFormBody(application));
    expect(answer.statusCode).toBe(202);
    const id = await table.store.findParticipantIdByEmail(application.email);
    expect((await table.store.getParticipant(id ?? ""))?.application).not.toHaveProperty("jobRole");
  });

  it("shows errors next to their fields, keeps what was typed and writes nothing", async () => {
    const before = (await table.scanAll()).length;
    const application = validMentee({ name: "Ē", email: "Ēriks@", needTopics: [] });
    const answer = await postForm(toFormBody(application));
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('<div class="summary" role="alert"');
    expect(answer.body).toMatch(/id="f-name"[^>]*value="Ē"|value="Ē"[^>]*id="f-name"/);
    expect(answer.body).toContain('id="f-email-error"');
    expect(answer.body).toContain('id="f-needTopics-error"');
    expect(answer.body).toContain(`>${application.goal}</textarea>`);
    expect((await table.scanAll()).length).toBe(before);
  });

  it("answers a repeated e-mail with the very same page and stores nothing more", async () => {
    const application = validMentee();
    const first = await postForm(toFormBody(application));
    // Besides the per-client request counters, which count every POST.
    const stored = async () =>
      (await table.scanAll()).filter((item) => item.itemType !== "request-counter");
    const before = await stored();
    const again = await postForm(
      toFormBody({ ...application, email: application.email.toUpperCase() }),
    );
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    expect(await stored()).toEqual(before);
  });

  it("answers a readable page for the wrong media type and a too large body", async () => {
    const wrongType = await postForm(toFormBody(validMentee()), "lv", "application/json");
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.body).toContain("<h1>Pieteikumu neizdevās nosūtīt</h1>");
    const large = await postForm(toFormBody(validMentee({ motivation: "ā".repeat(40_000) })), "en");
    expect(large.statusCode).toBe(413);
    expect(large.body).toContain("The application is too long.");
  });
});
