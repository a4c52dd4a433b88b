import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { uniqueEmail, validMentee } from "../../fixtures/applications.js";
import { SUITE_COHORT } from "../global-setup.js";
import { programmeClient } from "../programme-client.js";
import { consoleBrowser } from "./console-browser.js";

/**
 * Cohorts in the console, in Chromium against the local server: a coordinator creates one
 * through the form (a seminar after the kick-off is refused next to the seminar's field,
 * before anything is sent), finds it in the list, opens it, moves a date and is told in
 * words that a date cannot move into the past; a cohort whose intake has opened refuses to
 * move that date (409, in words); the participants and relationships lists filter by
 * cohort. axe-core finds 0 violations on every state.
 *
 * The suite shares one server: its global setup opens one intake for the whole run (the
 * suite's cohort, whose intake this file uses); this file's far cohort is placed a year or
 * more after the server's clock and after every other cohort's intake, so no two overlap.
 */

const token = inject("coordinatorToken");
const client = programmeClient(inject("baseUrl"), token);
const ui = consoleBrowser({ screenshotPrefix: "cohorts-", signedInWith: token });
const { checkPage, openFromNavigation, pageErrors } = ui;
let page: Page;

const DAY = 86_400_000;
const suffix = Date.now().toString(36).slice(-5);
const far = { lv: `Tālā kārta ${suffix}`, en: `Far cohort ${suffix}` };
/** The cohort whose intake is open: the suite's (global-setup.ts). */
const short = SUITE_COHORT;
let farId = "";
let shortId = "";
const shortMentee = validMentee({ email: uniqueEmail("karta") });

interface CohortBody {
  cohortId: string;
  current: boolean;
  stage: string;
  name: { lv: string; en: string };
  intakeOpensAt: string;
  intakeClosesAt: string;
  seminar: { at: string };
  endsAt: string;
  counts: { applicants: { mentees: number } };
}

async function call<T>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${client.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}
const cohorts = async () =>
  (await call<{ items: CohortBody[] }>("GET", "/api/console/cohorts")).body.items;

const riga = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Riga",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
/** A time as Riga's "YYYY-MM-DD HH:mm". */
const rigaText = (ms: number) => riga.format(new Date(ms)).replace(",", "");
/** Riga's date of a time as the date picker takes it: "2028/03/10". */
const pickerDate = (ms: number) => rigaText(ms).slice(0, 10).replaceAll("-", "/");

/** Types into a masked input (date or time) after emptying it. */
async function retype(input: Locator, text: string) {
  await input.click();
  await input.press("Control+A");
  await input.press("Backspace");
  await input.pressSequentially(text);
}
/** One date-time field of the form: its date ("… datums") and its time ("… laiks"). */
async function setDateTime(scope: Page | Locator, label: string, ms: number, time = "10:00") {
  await retype(
    scope.getByRole("textbox", { name: `${label} datums`, exact: true }),
    pickerDate(ms),
  );
  await retype(scope.getByRole("textbox", { name: `${label} laiks`, exact: true }), time);
}

/** The first day of the far cohort's intake: after the server's year and every intake. */
async function farStart(): Promise<number> {
  const now = Date.parse((await client.clock()).now);
  const latest = Math.max(0, ...(await cohorts()).map((c) => Date.parse(c.intakeClosesAt)));
  const weeks = Math.floor(Math.random() * 26);
  return Math.max(now + 365 * DAY, latest + 7 * DAY) + weeks * 7 * DAY;
}

beforeAll(() => {
  page = ui.page;
});

describe("cohorts in the console", () => {
  it("creates a cohort through the form, lists it, opens it and moves a date", async () => {
    const start = await farStart();
    await page.goto(`${client.base}/console/`);
    await openFromNavigation("Kārtas");
    await page.getByRole("heading", { name: "Programmas kārtas", level: 1 }).waitFor();
    await checkPage("list");

    await page.getByTestId("new-cohort").click();
    await page.getByRole("heading", { name: "Jauna kārta", level: 1 }).waitFor();
    await page.getByLabel("Nosaukums latviski").fill(far.lv);
    await page.getByLabel("Nosaukums angliski").fill(far.en);
    await setDateTime(page, "Pieteikšanās sākas", start);
    await setDateTime(page, "Pieteikšanās beidzas", start + 14 * DAY, "23:30");
    // The seminar after the kick-off: refused on the seminar's field, nothing sent.
    await setDateTime(page, "Informatīvā semināra sākums", start + 35 * DAY, "14:30");
    await setDateTime(page, "Savietošana jāpabeidz līdz", start + 21 * DAY);
    await setDateTime(page, "Pirmā tikšanās", start + 28 * DAY, "09:00");
    await setDateTime(page, "Plānotās beigas", start + 180 * DAY, "18:00");
    await page.getByLabel("Semināra ilgums minūtēs").fill("90");
    await page.getByLabel("Semināra vieta vai tiešsaistes saite").fill("Smilšu iela 1, Rīga");
    await page.getByRole("button", { name: /Piedāvātie formāti/ }).click();
    await page.getByRole("option", { name: /Individuālais mentorings/ }).click();
    await page.getByRole("option", { name: /Grupas mentorings/ }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("Mērķis: mentorējamo skaits").fill("20");
    await page.getByLabel("Mērķis: mentoru skaits").fill("8");
    await page.getByTestId("create-cohort").click();
    await expect
      .poll(() => page.locator("#cohort-seminar-at-date-error").textContent())
      .toContain("Semināram jānotiek pirms pirmās tikšanās.");
    await page.getByText("Pārbaudiet atzīmētos laukus.", { exact: true }).waitFor();
    expect(await page.locator("#cohort-kickoffAt-date-error").count()).toBe(0);
    expect((await cohorts()).some((c) => c.name.lv === far.lv)).toBe(false);
    await checkPage("form-errors");

    await setDateTime(page, "Informatīvā semināra sākums", start + 7 * DAY, "14:30");
    await page.locator("#cohort-seminar-at-date-error").waitFor({ state: "detached" });
    await page.getByTestId("create-cohort").click();
    await page.getByRole("heading", { name: far.lv, level: 1 }).waitFor();
    await page.getByText(`Kārta „${far.lv}” izveidota.`).first().waitFor();
    const created = (await cohorts()).find((c) => c.name.lv === far.lv);
    if (!created) throw new Error("the cohort was not created");
    farId = created.cohortId;
    // Riga's wall-clock times as typed, whatever the offset of that day.
    expect(rigaText(Date.parse(created.seminar.at))).toBe(
      `${pickerDate(start + 7 * DAY).replaceAll("/", "-")} 14:30`,
    );
    expect(created.stage).toBe("planned");
    expect(page.url()).toContain(`/console/cohorts/${farId}`);
    await page.locator('[data-field="stage"]').getByText("Plānota").waitFor();
    const counts = page.getByTestId("cohort-counts");
    await counts.getByText("0 / 20 mentorējamo").first().waitFor();
    await counts.getByText("0 / 8 mentori").first().waitFor();
    await checkPage("detail");
    // In English: the English name, the counts' English forms.
    await page.getByRole("button", { name: /switch to English/i }).click();
    await page.getByRole("heading", { name: far.en, level: 1 }).waitFor();
    await counts.getByText("0 / 20 mentees").first().waitFor();
    await page.locator('[data-field="stage"]').getByText("Planned").waitFor();
    await checkPage("detail-english");
    await page.getByRole("button", { name: /pārslēgt uz latviešu/i }).click();
    await page.getByRole("heading", { name: far.lv, level: 1 }).waitFor();

    // The list: its stage, dates and counts against the targets.
    await page
      .getByRole("navigation", { name: "Navigācijas ceļš" })
      .getByRole("link", { name: "Kārtas", exact: true })
      .click();
    const row = page.getByRole("row").filter({ hasText: far.lv });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Plānota.*0 \/ 20 mentorējamo.*0 \/ 8 mentori/);
    await checkPage("list-with-cohort");

    // Edit dates: the end moves; a date moved into the past is refused on its field.
    await row.getByRole("link", { name: far.lv }).click();
    await page.getByTestId("edit-dates").click();
    const dialog = page.getByRole("dialog");
    await setDateTime(dialog, "Plānotās beigas", start + 190 * DAY, "18:00");
    await checkPage("edit-dates");
    await dialog.getByRole("button", { name: "Saglabāt datumus" }).click();
    await page.getByText("Datumi saglabāti.").waitFor();
    const moved = (await call<CohortBody>("GET", `/api/console/cohorts/${farId}`)).body;
    expect(rigaText(Date.parse(moved.endsAt))).toBe(
      `${pickerDate(start + 190 * DAY).replaceAll("/", "-")} 18:00`,
    );
    await page.getByTestId("edit-dates").click();
    const now = Date.parse((await client.clock()).now);
    await setDateTime(dialog, "Pieteikšanās sākas", now - 2 * DAY);
    await dialog.getByRole("button", { name: "Saglabāt datumus" }).click();
    await expect
      .poll(() => dialog.locator("#edit-intakeOpensAt-date-error").textContent())
      .toContain("Šis laiks jau pagājis");
    await checkPage("date-in-past");
    await dialog.getByRole("button", { name: "Atcelt" }).click();
    expect(pageErrors).toEqual([]);
  });

  it("answers a 400 naming the field and a 409 for an overlapping intake", async () => {
    const start = await farStart();
    const iso = (days: number) => new Date(start + days * DAY).toISOString();
    const body = {
      name: { lv: `Pārklāšanās ${suffix}`, en: `Overlap ${suffix}` },
      intakeOpensAt: iso(0),
      intakeClosesAt: iso(14),
      seminar: { at: iso(40), minutes: 60, place: "Tiešsaistē" },
      matchingBy: iso(21),
      kickoffAt: iso(28),
      endsAt: iso(120),
      formats: ["individual"],
      targets: { mentees: 5, mentors: 2 },
    };
    const bad = await call<{ error: string; issues: { path: string; code: string }[] }>(
      "POST",
      "/api/console/cohorts",
      body,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toContainEqual(
      expect.objectContaining({ path: "seminar.at", code: "not_before_kickoffAt" }),
    );
    const far = (await cohorts()).find((c) => c.cohortId === farId);
    if (!far) throw new Error("the far cohort is missing");
    const overlapping = await call<{ error: string }>("POST", "/api/console/cohorts", {
      ...body,
      intakeOpensAt: far.intakeOpensAt,
      intakeClosesAt: far.intakeClosesAt,
      seminar: { ...body.seminar, at: far.seminar.at },
      matchingBy: new Date(Date.parse(far.intakeClosesAt) + DAY).toISOString(),
      kickoffAt: new Date(Date.parse(far.intakeClosesAt) + 2 * DAY).toISOString(),
      endsAt: far.endsAt,
    });
    expect(overlapping).toMatchObject({ status: 409, body: { error: "intake_overlaps" } });
  });

  it("refuses in words to move a date whose stage has begun", async () => {
    const now = Date.parse((await client.clock()).now);
    const open = (await cohorts()).find(
      (c) => Date.parse(c.intakeOpensAt) <= now && now < Date.parse(c.intakeClosesAt),
    );
    // The suite's cohort is the one whose intake is open.
    expect(open?.name).toEqual(short);
    shortId = open?.cohortId ?? "";
    try {
      // An application made while the intake is open joins the cohort.
      await client.apply(shortMentee);
      await page.goto(`${client.base}/console/cohorts/${shortId}`);
      await page.getByRole("heading", { name: short.lv, level: 1 }).waitFor();
      await page.locator('[data-field="stage"]').getByText("Pieteikšanās atvērta").waitFor();
      await page
        .getByTestId("cohort-counts")
        .getByText(/^\d+ \/ 0 mentorējamo$/)
        .first()
        .waitFor();
      await page.getByTestId("edit-dates").click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Šis laiks jau pagājis.").waitFor();
      await setDateTime(dialog, "Pieteikšanās sākas", now - 2 * DAY);
      await dialog.getByRole("button", { name: "Saglabāt datumus" }).click();
      await dialog
        .getByText("Šo datumu vairs nevar mainīt: tā posms jau ir sācies")
        .first()
        .waitFor();
      await checkPage("stage-started");
      await dialog.getByRole("button", { name: "Atcelt" }).click();
      const participants = await call<{ items: { email: string; cohortId?: string }[] }>(
        "GET",
        `/api/console/participants?cohort=${shortId}`,
      );
      expect(participants.body.items.map((p) => p.email)).toContain(shortMentee.email);
    } finally {
      await page.keyboard.press("Escape");
    }
    expect(pageErrors).toEqual([]);
  });

  it("filters the participants and relationships lists by cohort", async () => {
    await page.goto(`${client.base}/console/participants`);
    const filter = page.getByRole("button", { name: /Filtrēt pēc kārtas/ });
    await expect.poll(() => filter.textContent()).toContain("Visas kārtas");
    const search = page.getByRole("searchbox", { name: "Meklēt pēc vārda vai e-pasta" });
    expect(shortId).not.toBe("");
    await search.fill(shortMentee.email);
    await page.getByRole("row").filter({ hasText: shortMentee.email }).waitFor();
    await filter.click();
    await page.getByRole("option", { name: short.lv }).click();
    await page.getByRole("row").filter({ hasText: shortMentee.email }).waitFor();
    await checkPage("participants-by-cohort");
    await filter.click();
    await page.getByRole("option", { name: far.lv }).click();
    await expect.poll(() => filter.textContent()).toContain(far.lv);
    await page.getByText(/Nekas neatbilst filtriem\.|Pieteikumu vēl nav\./).waitFor();
    await checkPage("participants-far-cohort");

    await page.goto(`${client.base}/console/relationships?cohort=${farId}`);
    const relationshipsFilter = page.getByRole("button", { name: /Filtrēt pēc kārtas/ });
    await expect.poll(() => relationshipsFilter.textContent()).toContain(far.lv);
    await page.getByText(/Nekas neatbilst filtriem\.|Attiecību vēl nav\./).waitFor();
    await checkPage("relationships-far-cohort");
    expect(pageErrors).toEqual([]);
  });

  it("shows the overview and the figures of one cohort", async () => {
    await page.goto(`${client.base}/console/`);
    await page.getByRole("heading", { name: "Programmas pārskats" }).waitFor();
    const chooser = page.getByRole("button", { name: /Filtrēt pēc kārtas/ });
    await chooser.click();
    await page.getByRole("option", { name: far.lv }).click();
    // The far cohort has nobody yet: no relationships, and the counts link to its lists.
    const total = page.locator('[data-figure^="/relationships?cohort="]');
    await expect.poll(() => total.textContent()).toContain("0");
    expect(await total.getAttribute("data-figure")).toBe(
      `/relationships?cohort=${encodeURIComponent(farId)}`,
    );
    await checkPage("overview-far-cohort");

    await page.goto(`${client.base}/console/figures`);
    await page.getByRole("heading", { name: "Programmas rādītāji", level: 1 }).waitFor();
    const asked = page.waitForRequest((request) =>
      request.url().includes(`/api/console/figures?cohort=${encodeURIComponent(farId)}`),
    );
    await page.getByRole("button", { name: /Filtrēt pēc kārtas/ }).click();
    await page.getByRole("option", { name: far.lv }).click();
    await asked;
    await page.getByRole("table", { name: "Mentorējamie pēc iestādes veida" }).waitFor();
    await checkPage("figures-far-cohort");
    expect(pageErrors).toEqual([]);
  });

  it("runs matching on one cohort's pool", async () => {
    await page.goto(`${client.base}/console/matching`);
    await page.getByRole("heading", { name: "Savietošana", level: 1 }).waitFor();
    await page.getByRole("button", { name: /Kuru pieteikumus savietot/ }).click();
    await page.getByRole("option", { name: far.lv }).click();
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === "POST" &&
        response.url().endsWith("/api/console/matching-runs"),
    );
    await page.getByRole("button", { name: "Palaist savietošanu" }).click();
    const response = await answered;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toEqual({ cohortId: farId });
    const runs = await call<{ items: { cohortId?: string; menteesInPool: number }[] }>(
      "GET",
      "/api/console/matching-runs",
    );
    // The far cohort has nobody yet: its run matched an empty pool.
    expect(runs.body.items[0]).toMatchObject({ cohortId: farId, menteesInPool: 0 });
    await checkPage("matching-cohort-pool");
    expect(pageErrors).toEqual([]);
  });
});
