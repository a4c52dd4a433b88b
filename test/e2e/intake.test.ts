import { describe, expect, inject, it } from "vitest";
import { toFormBody, validMentee, validMentor } from "../fixtures/applications.js";
import { CONFIRMATION_MAIL, htmlPage, programmeClient } from "./programme-client.js";

const base = inject("baseUrl");
const client = programmeClient(base, inject("coordinatorToken"));
const postJson = (body: unknown, contentType = "application/json") =>
  fetch(`${base}/api/applications`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** What POST /api/applications answers. */
interface ApplicationAnswer {
  error: string;
  issues: { path: string }[];
}

describe("the application form pages", () => {
  it("serves the Latvian mentee form with its fields and correct diacritics", async () => {
    const page = await htmlPage(await fetch(`${base}/apply?role=mentee&lang=lv`), "lv");
    expect(page).toContain("<h1>Pieteikums mentorējamajiem</h1>");
    expect(page).toContain("Pašvaldības iestāde vai aģentūra (izglītības pārvalde, bāriņtiesa");
    expect(page).toContain("Uz pieprasījumu balstīts mentorings");
    for (const name of [
      "name",
      "email",
      "institutionType",
      "roleCategory",
      "needTopics",
      "availability",
      "consentToDataProcessing",
    ]) {
      expect(page).toContain(`name="${name}"`);
    }
    expect(page).toContain('href="/apply?role=mentee&amp;lang=en"');
  });

  it("serves the English mentor form", async () => {
    const page = await (await fetch(`${base}/apply?role=mentor&lang=en`)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<h1>Application for mentors</h1>");
    expect(page).toMatch(/<input type="number"[^>]*name="capacity"[^>]*min="1" max="6"/);
  });

  it("offers both roles on the start page and refuses an unknown role with a readable 400", async () => {
    const start = await fetch(`${base}/`);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('href="/apply?role=mentor&amp;lang=lv"');
    const unknown = await fetch(`${base}/apply?role=boss&lang=en`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("There is no such application form.");
  });

  it("accepts a form post and asks to check the mailbox; the link's page thanks the applicant", async () => {
    const application = validMentee();
    const response = await fetch(`${base}/apply?lang=lv`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: toFormBody(application),
    });
    expect(response.status).toBe(202);
    expect(await response.text()).toContain("<h1>Pārbaudiet savu e-pastu</h1>");
    const link = client.confirmationLink(
      await client.waitForMail(application.email, CONFIRMATION_MAIL),
    );
    const confirmed = await client.confirm(link);
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain("<h1>Paldies, pieteikums saņemts</h1>");
    expect(confirmed.html).toContain("Pieteikums ir apstiprināts.");
  });
});

describe("POST /api/applications over HTTP", () => {
  it("answers 202 'check your mailbox'; the confirmed application is eligible", async () => {
    const application = validMentor();
    const response = await postJson(application);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      status: "check_mailbox",
      message: { lv: expect.any(String), en: expect.stringContaining("confirm") },
    });
    const mail = await client.waitForMail(application.email, CONFIRMATION_MAIL);
    const confirmed = await client.confirm(client.confirmationLink(mail));
    expect(confirmed.html).toContain(
      "What happens next: the coordinator reviews the applications and by ",
    );
  });

  it("tells the ineligible reasons on the confirmation page", async () => {
    const application = validMentee({
      institutionType: "other",
      roleCategory: "none",
      jobRole: undefined,
    });
    const link = await client.applyUnconfirmed(application);
    const confirmed = await client.confirm(link);
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain("neatbilst nosacījumiem");
    expect(confirmed.html).toContain("Jūsu norādītā organizācija neietilpst šajās grupās.");
  });

  it("answers 400 with field paths to invalid input", async () => {
    const response = await postJson({ ...validMentee(), preferredFormats: ["weekly"], extra: 1 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ApplicationAnswer;
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      "extra",
      "preferredFormats.0",
    ]);
  });

  it("answers a second application from the same e-mail as the first (no 409)", async () => {
    const application = validMentee();
    const first = await postJson(application);
    const again = await postJson(validMentor({ email: application.email.toUpperCase() }));
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(await first.text());
  });

  it("answers 413 over 64 KB, 415 to a wrong content type and 400 to malformed JSON", async () => {
    expect((await postJson({ ...validMentee(), motivation: "a".repeat(66_000) })).status).toBe(413);
    expect((await postJson(validMentee(), "text/plain")).status).toBe(415);
    const malformed = await postJson("{not json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toBe("malformed_body");
  });

  it("answers 404 to an unknown route and 405 to a wrong method", async () => {
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/api/applications`)).status).toBe(405);
  });
});
