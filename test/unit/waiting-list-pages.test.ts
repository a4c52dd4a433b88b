import { describe, expect, it } from "vitest";
import { createHandler as createApplication } from "../../functions/api/create-application.js";
import { createHandler as joinWaitingList } from "../../functions/api/join-waiting-list.js";
import { createHandler as leaveWaitingList } from "../../functions/api/leave-waiting-list.js";
import { createHandler as showApplicationForm } from "../../functions/api/show-application-form.js";
import { createHandler as showLeave } from "../../functions/api/show-leave-waiting-list.js";
import { createHandler as submitApplicationForm } from "../../functions/api/submit-application-form.js";
import type { Deps } from "../../functions/compose.js";
import { toFormBody, validMentee } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { cohortFixture, memoryDeps } from "../fixtures/memory-deps.js";

const NOW = "2027-01-10T09:00:00.000Z";
const NEXT = "2027-03-01T08:00:00.000Z";
const FORM = "application/x-www-form-urlencoded";

/** The programme between two rounds: one over, the next opening on 1 March 2027. */
async function betweenIntakes(next: string | null = NEXT) {
  const setup = memoryDeps(NOW);
  await setup.store.createCohort(cohortFixture("coh_past", "2026-06-01T08:00:00.000Z"));
  if (next) await setup.store.createCohort(cohortFixture("coh_next", next));
  return setup;
}

const page = (deps: Deps, path: string, query: Record<string, string>) =>
  invoke(
    showApplicationForm(() => deps),
    httpEvent({ method: "GET", path, query }),
  );
const join = (deps: Deps, body: string, lang = "lv") =>
  invoke(
    joinWaitingList(() => deps),
    httpEvent({ path: "/waiting-list", body, contentType: FORM, query: { lang } }),
  );

describe("the application page between intakes", () => {
  it("shows the application form as today while no cohort exists", async () => {
    const { deps } = memoryDeps(NOW);
    const answer = await page(deps, "/apply", { role: "mentor", lang: "lv" });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain("<h1>Pieteikums mentoriem</h1>");
  });

  it("says when the next intake opens and offers the waiting list, in Latvian and English", async () => {
    const { deps } = await betweenIntakes();
    const lv = await page(deps, "/apply", { role: "mentor", lang: "lv" });
    expect(lv.statusCode).toBe(200);
    expect(lv.body).toContain("<h1>Pieteikšanās šobrīd ir slēgta</h1>");
    expect(lv.body).toContain("Nākamā pieteikšanās sāksies 2027. gada 1. martā.");
    expect(lv.body).toContain('action="/waiting-list?lang=lv"');
    expect(lv.body).toMatch(/value="mentor"[^>]*checked/);
    expect(lv.body).not.toContain('name="name"');
    const en = await page(deps, "/", { lang: "en" });
    expect(en.body).toContain("<h1>Applications are closed at the moment</h1>");
    expect(en.body).toContain("The next intake opens on 1 March 2027.");
  });

  it("says that no next intake is planned yet", async () => {
    const { deps } = await betweenIntakes(null);
    const answer = await page(deps, "/apply", { role: "mentee", lang: "lv" });
    expect(answer.body).toContain("Nākamās pieteikšanās laiks vēl nav noteikts.");
  });

  it("answers the JSON intake 409 intake_closed with the date, and keeps nothing", async () => {
    const { deps, store } = await betweenIntakes();
    const post = (body: unknown) =>
      invoke(
        createApplication(() => deps),
        httpEvent({ body: JSON.stringify(body), contentType: "application/json" }),
      );
    const answer = await post(validMentee());
    expect(answer.statusCode).toBe(409);
    expect(JSON.parse(answer.body)).toEqual({
      error: "intake_closed",
      message: expect.stringContaining("The next intake opens on 1 March 2027."),
      issues: [],
      nextIntakeOpensAt: NEXT,
    });
    // Bad input is still a 400 naming the field.
    const bad = await post({ ...validMentee(), email: "nope" });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).issues).toContainEqual(expect.objectContaining({ path: "email" }));
    expect(await store.listParticipants()).toEqual([]);
    const none = await betweenIntakes(null);
    const answered = await invoke(
      createApplication(() => none.deps),
      httpEvent({ body: JSON.stringify(validMentee()), contentType: "application/json" }),
    );
    expect(JSON.parse(answered.body)).toMatchObject({ nextIntakeOpensAt: null });
  });

  it("answers a posted application form 409 with the waiting list, the address carried over", async () => {
    const { deps, store } = await betweenIntakes();
    const mentee = validMentee();
    const answer = await invoke(
      submitApplicationForm(() => deps),
      httpEvent({ path: "/apply", body: toFormBody(mentee), contentType: FORM }),
    );
    expect(answer.statusCode).toBe(409);
    expect(answer.body).toContain("<h1>Pieteikšanās šobrīd ir slēgta</h1>");
    expect(answer.body).toContain(`value="${mentee.email}"`);
    expect(await store.listParticipants()).toEqual([]);
  });
});

describe("POST /waiting-list", () => {
  it("names the field in error and keeps nothing", async () => {
    const { deps, store, mailer } = await betweenIntakes();
    const answer = await join(deps, "email=nav-adrese&language=lv&role=mentee");
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('id="f-email-error"');
    expect(answer.body).toContain('value="nav-adrese"');
    const noRole = await join(deps, "email=a%40example.lv&language=xx", "en");
    expect(noRole.statusCode).toBe(400);
    expect(noRole.body).toContain('id="f-role-error"');
    expect(noRole.body).toContain('id="f-language-error"');
    expect(await store.listWaitingList()).toEqual([]);
    expect(mailer.sent).toEqual([]);
  });

  it("gives the same page whether or not the address was on the list", async () => {
    const { deps, store, mailer } = await betweenIntakes();
    const first = await join(deps, "email=Anna%40example.lv&language=lv&role=mentee");
    const second = await join(deps, "email=anna%40example.lv&language=en&role=mentor");
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("<h1>Paldies, jūs esat gaidītāju sarakstā</h1>");
    expect(second).toEqual(first);
    expect(await store.listWaitingList()).toMatchObject([
      { email: "Anna@example.lv", role: "mentee" },
    ]);
    // The leave link once on joining, and a repeat at most once a day.
    expect(mailer.sent).toHaveLength(2);
    expect(await join(deps, "email=anna%40example.lv&language=lv&role=mentee")).toEqual(first);
    expect(mailer.sent).toHaveLength(2);
  });

  it("sends on to the application form while an intake is open, keeping nothing", async () => {
    const { deps, store } = memoryDeps(NOW);
    await store.createCohort(cohortFixture("coh_open", "2027-01-01T08:00:00.000Z"));
    const answer = await join(deps, "email=a%40example.lv&language=lv&role=mentor", "en");
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe("/apply?role=mentor&lang=en");
    expect(await store.listWaitingList()).toEqual([]);
  });
});

describe("the leave link", () => {
  it("shows a button on GET, changing nothing; the POST leaves once", async () => {
    const { deps, store, mailer } = await betweenIntakes();
    await join(deps, "email=anna%40example.lv&language=en&role=mentee");
    const link = new URL(mailer.sent[0]?.links?.[0] ?? "");
    const token = decodeURIComponent(link.pathname.split("/").at(-1) ?? "");
    const at = (method: string, path = link.pathname) =>
      httpEvent({ method, path, body: "leave=yes", contentType: FORM });
    const call = (method: string, path?: string) =>
      invoke(
        (method === "GET" ? showLeave : leaveWaitingList)(() => deps),
        { ...at(method, path), pathParameters: { token: path ? "w_0.bad" : token } },
      );

    const shown = await call("GET");
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('<html lang="en"');
    expect(shown.body).toContain('<form method="post"');
    expect(await store.getWaitingListEntry("anna@example.lv")).toBeDefined();

    const left = await call("POST");
    expect(left.statusCode).toBe(200);
    expect(left.body).toContain("You have left the waiting list");
    expect(await store.getWaitingListEntry("anna@example.lv")).toBeUndefined();
    expect((await call("POST")).statusCode).toBe(410);
    expect((await call("GET")).statusCode).toBe(410);
    expect((await call("GET", "/waiting-list/leave/w_0.bad")).statusCode).toBe(404);
    expect((await call("POST", "/waiting-list/leave/w_0.bad")).statusCode).toBe(404);
  });
});
