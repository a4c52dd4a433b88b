import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Response,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { uniqueEmail } from "../../fixtures/applications.js";
import {
  CONFIRMATION_MAIL,
  type Mail,
  planFields,
  programmeClient,
  REFLECTION,
} from "../programme-client.js";

/**
 * Every participant page in a real browser (Debian's Chromium through playwright-core),
 * checked with axe-core: no violations, and `<html lang>` in the page's language. Every form
 * is seen in Latvian and in English, the forms' error states with the keyboard, and the
 * participants' e-mails go through axe too. Each page is kept as a full-page screenshot
 * under test-results/screenshots/ (axe's findings under test-results/axe/); the consent form
 * and the consent e-mail in Latvian also go to docs/ for the README.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WIDTH = 1000;
const SCREENSHOTS = join("test-results", "screenshots");
const AXE_REPORTS = join("test-results", "axe");
const DOCS = "docs";
/** A loaded 2-core machine can be slow to start Chromium and to move the workflow on. */
const LAUNCH_TIMEOUT = 120_000;
const MAIL_TIMEOUT = 60_000;

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const base = client.base;

type Language = "lv" | "en";
const other = (language: Language): Language => (language === "lv" ? "en" : "lv");

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string | undefined }[];
}

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let shot = 0;
/** Form links this test opened, to check none in the mailbox was left out. */
const opened = new Set<string>();

function formatViolations(page: string, violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact ?? "?"}] ${v.id} on ${page}: ${v.help} (${v.helpUrl})\n${v.nodes
          .map(
            (node) =>
              `    at ${node.target.join(" ")}\n      ${node.html}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
          )
          .join("\n")}`,
    )
    .join("\n");
}

/** axe-core in the page (the pages' CSP is bypassed for this script only). */
async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: typeof axe }).axe.run;
    const results = await run({ resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((node) => ({
        target: node.target.map(String),
        html: node.html,
        failureSummary: node.failureSummary,
      })),
    }));
  });
}

const screenshot = async (page: Page, name: string) => {
  shot += 1;
  await page.screenshot({
    path: join(SCREENSHOTS, `${String(shot).padStart(2, "0")}-${name}.png`),
    fullPage: true,
  });
};

/**
 * The checks every page gets: its language, a screenshot, and axe with 0 violations. A
 * violation is a soft failure, so one run lists the violations of every page.
 */
async function checkPage(page: Page, name: string, language: Language) {
  await page.waitForLoadState("load");
  expect(await page.getAttribute("html", "lang"), `<html lang> of ${name}`).toBe(language);
  await screenshot(page, name);
  const violations = await runAxe(page);
  mkdirSync(AXE_REPORTS, { recursive: true });
  writeFileSync(join(AXE_REPORTS, `${name}.json`), JSON.stringify(violations, null, 2));
  expect
    .soft(
      violations.map((v) => v.id),
      `axe violations on ${name} (${page.url()}):\n${formatViolations(name, violations)}`,
    )
    .toEqual([]);
}

async function newPage(): Promise<Page> {
  if (!context) throw new Error("the browser did not start");
  return context.newPage();
}

async function open(page: Page, url: string, status: number): Promise<Page> {
  if (url.includes("/f/")) opened.add(url.split("?")[0] ?? url);
  const response = await page.goto(url);
  expect(response?.status(), `GET ${url}`).toBe(status);
  return page;
}

/** The same URL with `?lang=` set. */
const inLanguage = (url: string, language: Language) => {
  const parsed = new URL(url);
  parsed.searchParams.set("lang", language);
  return parsed.toString();
};

/** An element by its id, as an attribute selector (ids need no CSS escaping this way). */
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** Submits the page's only form with its button, as a person would; returns the answer. */
async function submit(page: Page): Promise<Response> {
  const answer = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.request().isNavigationRequest(),
  );
  await page.locator('form button[type="submit"]').click();
  const response = await answer;
  await page.waitForLoadState("load");
  return response;
}

/** Turns off the browser's own validation, so the server's error page shows. */
async function withoutBrowserValidation(page: Page) {
  await page.locator("form").evaluate((form) => {
    (form as unknown as { noValidate: boolean }).noValidate = true;
  });
}

/** The error messages of a page the server sent back, to explain a failed answer. */
const problemsIn = (html: string) =>
  [...html.matchAll(/<p class="error-message"[^>]*>(.*?)<\/p>/g)]
    .map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""))
    .join("; ") || html.slice(0, 500);

/** Fills the fields the page's form has: a radio or checkbox by value, else the field. */
async function fillIn(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const choice = page.locator(
      `form input[name="${name}"][value="${value}"]:not([type="hidden"])`,
    );
    const field = page.locator(`form [name="${name}"]:not([type="hidden"])`);
    if ((await choice.count()) === 1) await choice.check();
    else if ((await field.count()) === 1) await field.fill(value);
  }
}

const focusedId = async (page: Page): Promise<string> =>
  String(await page.evaluate("document.activeElement ? document.activeElement.id : ''"));

const focusedIsSummary = async (page: Page): Promise<boolean> =>
  Boolean(
    await page.evaluate(
      "Boolean(document.activeElement && document.activeElement.classList.contains('summary'))",
    ),
  );

/**
 * Sends the page's form empty (the browser's own checks off) and checks the error page the
 * server answers: a summary that has the focus when the page opens, one link per error, each
 * to its field; Tab reaches the first link and Enter moves the focus to the first field in
 * error, which says it is invalid and is described by its message. Then axe, as everywhere.
 */
async function checkErrorState(page: Page, name: string, language: Language) {
  await withoutBrowserValidation(page);
  const response = await submit(page);
  expect(response.status(), `${name}: an empty answer is refused`).toBe(400);
  const links = await page
    .locator(".summary a")
    .evaluateAll((anchors) =>
      anchors.map(
        (a) =>
          (a as unknown as { getAttribute(n: string): string | null }).getAttribute("href") ?? "",
      ),
    );
  expect(links.length, `${name}: the summary lists the errors`).toBeGreaterThan(0);
  const targets = links.map((href) => {
    expect(href, `${name}: a summary link is an in-page link`).toMatch(/^#f-/);
    return href.slice(1);
  });
  for (const target of targets) {
    expect(
      await byId(page, target).count(),
      `${name}: the summary's link #${target} has a target`,
    ).toBe(1);
  }
  expect(await page.locator(".error-message").count(), `${name}: one message per error`).toBe(
    links.length,
  );
  // Keyboard: the summary has the focus (autofocus, no script), Tab reaches its first link,
  // Enter moves to the first field in error.
  await expect
    .poll(() => focusedIsSummary(page), { message: `${name}: the summary has the focus` })
    .toBe(true);
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(
      "document.activeElement ? document.activeElement.getAttribute('href') : ''",
    ),
    `${name}: Tab from the summary reaches its first link`,
  ).toBe(links[0]);
  await page.keyboard.press("Enter");
  const first = targets[0] ?? "";
  await expect
    .poll(() => focusedId(page), { message: `${name}: Enter focuses the first field in error` })
    .toBe(first);
  // The focused field (or its group) is marked invalid and described by its error message.
  const described = String(
    await byId(page, first).evaluate((field) => {
      const element = field as unknown as {
        closest(selector: string): { getAttribute(n: string): string | null } | null;
      };
      const owner = element.closest('[aria-invalid="true"]');
      return owner?.getAttribute("aria-describedby") ?? "";
    }),
  );
  const errorId = described.split(" ").find((id) => id.endsWith("-error")) ?? "";
  expect(errorId, `${name}: the first field in error is marked invalid and described`).not.toBe("");
  expect(await byId(page, errorId).textContent(), `${name}: its message`).not.toBe("");
  await checkPage(page, name, language);
}

/** A form link in its own language and in the other one (`?lang=`). */
async function checkBothLanguages(page: Page, link: string, name: string, own: Language) {
  await checkPage(
    await open(page, inLanguage(link, other(own)), 200),
    `${name}-${other(own)}`,
    other(own),
  );
  await checkPage(await open(page, link, 200), `${name}-${own}`, own);
}

/** The whole local mail (with its HTML), as `GET /local/mail?to=` returns it. */
async function mailboxWithHtml(to: string): Promise<(Mail & { html: string })[]> {
  const response = await fetch(`${base}/local/mail?to=${encodeURIComponent(to)}`, {
    headers: { authorization: `Bearer ${inject("coordinatorToken")}` },
  });
  return ((await response.json()) as { items: (Mail & { html: string })[] }).items;
}

async function mailWithHtml(mail: Mail): Promise<{ html: string }> {
  const found = (await mailboxWithHtml(mail.to[0] ?? "")).find(
    (item) => item.messageId === mail.messageId,
  );
  if (!found) throw new Error(`mail ${mail.subject} is gone from the mailbox`);
  return found;
}

/** An e-mail's HTML in a page of a mail reader's width. */
async function mailPage(html: string): Promise<Page> {
  const page = await newPage();
  await page.setViewportSize({ width: 640, height: 200 });
  await page.setContent(html, { waitUntil: "load" });
  return page;
}

const waitForMail = (to: string, subject: RegExp) =>
  client.waitForMail(to, subject, 1, MAIL_TIMEOUT);

const heading = async (page: Page) => (await page.locator("h1").textContent()) ?? "";

describe("participant pages in a real browser: axe finds nothing, the language is set", () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: the browser tests need it. Install it with ` +
          "`sudo apt-get install -y chromium` (.ci/run does this on CI), or point CHROMIUM_PATH at one.",
      );
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(DOCS, { recursive: true });
    // Only this run's pages: this test's numbered screenshots and its axe reports go first.
    for (const file of readdirSync(SCREENSHOTS)) {
      if (/^\d{2}-.*\.png$/.test(file)) rmSync(join(SCREENSHOTS, file));
    }
    rmSync(AXE_REPORTS, { recursive: true, force: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      timeout: LAUNCH_TIMEOUT,
    });
    context = await browser.newContext({
      viewport: { width: WIDTH, height: 800 },
      locale: "lv-LV",
      // The pages forbid every script (CSP); axe is injected by the test, not by the page.
      bypassCSP: true,
    });
    context.setDefaultTimeout(30_000);
    context.setDefaultNavigationTimeout(60_000);
  }, LAUNCH_TIMEOUT + 30_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  }, 60_000);

  it("axe itself: a page with known faults gets violations (so 0 elsewhere means something)", async () => {
    const page = await newPage();
    await page.setContent('<html><body><img src="data:,"><input type="text"></body></html>');
    const found = (await runAxe(page)).map((v) => v.id);
    expect(found).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "label"]));
    await page.close();
  }, 60_000);

  it("the start page and both application forms, in Latvian and English", async () => {
    const page = await newPage();
    await checkPage(await open(page, `${base}/`, 200), "start-lv", "lv");
    await checkPage(await open(page, `${base}/?lang=en`, 200), "start-en", "en");
    for (const role of ["mentee", "mentor"] as const) {
      for (const language of ["lv", "en"] as const) {
        await checkPage(
          await open(page, `${base}/apply?role=${role}&lang=${language}`, 200),
          `${role}-${language}`,
          language,
        );
      }
    }
    await page.close();
  }, 120_000);

  it("the application forms sent empty: the summary has the focus and leads to each error", async () => {
    const page = await newPage();
    await open(page, `${base}/apply?role=mentee&lang=lv`, 200);
    await checkErrorState(page, "mentee-lv-errors", "lv");
    await open(page, `${base}/apply?role=mentor&lang=en`, 200);
    await checkErrorState(page, "mentor-en-errors", "en");
    await page.close();
  }, 120_000);

  it("the mentee form typed with the keyboard and sent: check the mailbox, confirm, the thank-you page", async () => {
    const page = await open(await newPage(), `${base}/apply?role=mentee&lang=lv`, 200);
    // The first Tab reaches the skip link; Enter skips the header; Tab goes on to the fields.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.className")).toBe("skip");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 15 && (await focusedId(page)) !== "f-name"; i++) {
      await page.keyboard.press("Tab");
    }
    expect(await focusedId(page), "the name field is reachable with Tab").toBe("f-name");
    await page.keyboard.type("Anna Kalniņa");
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("f-email");
    const address = uniqueEmail("anna");
    await page.keyboard.type(address);
    await byId(page, "f-institutionName").focus();
    await page.keyboard.type("Valsts digitālās attīstības aģentūra");
    await page.keyboard.press("Tab");
    // The radio group of institution types: Space chooses the focused one.
    expect(await focusedId(page)).toBe("f-institutionType-direct_state_administration");
    await page.keyboard.press("Space");
    // The rest as a person with a mouse would.
    await byId(page, "f-position").fill("Projektu vadītāja");
    await byId(page, "f-roleCategory-collaboration").check();
    await byId(page, "f-jobRole").selectOption("digital_project_manager");
    await byId(page, "f-motivation").fill("Vēlos ieviest digitālos pakalpojumus ātrāk.");
    await byId(page, "f-needTopics-digital_services").check();
    await byId(page, "f-needDescription").fill("Jāvada pakalpojuma pārveide ar lietotājiem.");
    await byId(page, "f-goal").fill("Līdz gada beigām pārveidot vienu e-pakalpojumu.");
    await byId(page, "f-preferredFormats-individual").check();
    await byId(page, "f-availability-tue_morning").check();
    await byId(page, "f-consentToDataProcessing-yes").check();
    const response = await submit(page);
    expect(response.status(), problemsIn(await page.content())).toBe(202);
    expect(await heading(page)).toBe("Pārbaudiet savu e-pastu");
    await checkPage(page, "mentee-lv-check-mailbox", "lv");

    // The confirmation link from the mailbox: its page in both languages, then the button.
    const link = client.confirmationLink(await waitForMail(address, CONFIRMATION_MAIL));
    await checkPage(await open(page, inLanguage(link, "en"), 200), "confirm-en", "en");
    await checkPage(await open(page, link, 200), "confirm-lv", "lv");
    expect((await submit(page)).status()).toBe(200);
    expect(await heading(page)).toBe("Paldies, pieteikums saņemts");
    await checkPage(page, "mentee-lv-thanks", "lv");
    await checkPage(await open(page, link, 410), "confirm-already-lv", "lv");
    await checkPage(await open(page, `${link.slice(0, -3)}AAA`, 404), "confirm-unknown-lv", "lv");
    await page.close();
  }, 120_000);

  it("every workflow form of one relationship from the mailbox, its e-mails, and the link problem pages", async () => {
    const { mentee, mentor } = await client.startRelationship("E2E pieejamība");
    const page = await newPage();

    // Consent, the mentee in Latvian: the e-mail (also for the README), the form in both
    // languages (the Latvian one for the README), its errors, the answer.
    const menteeConsent = await waitForMail(mentee.email, /please confirm|apstipriniet/);
    const email = await mailPage((await mailWithHtml(menteeConsent)).html);
    await email.screenshot({ path: join(DOCS, "email-consent-lv.png"), fullPage: true });
    await email.close();

    const consentLink = client.formLink(menteeConsent);
    await checkBothLanguages(page, consentLink, "consent", "lv");
    await page.screenshot({ path: join(DOCS, "form-consent-lv.png"), fullPage: true });
    await checkErrorState(page, "consent-lv-errors", "lv");
    await byId(page, "f-decision-accept").check();
    expect((await submit(page)).status()).toBe(200);
    await checkPage(page, "consent-lv-thanks", "lv");

    // Consent, the mentor in English, errors included.
    const mentorConsent = client.formLink(
      await waitForMail(mentor.email, /please confirm|apstipriniet/),
    );
    await checkBothLanguages(page, mentorConsent, "consent-mentor", "en");
    await checkErrorState(page, "consent-en-errors", "en");
    await byId(page, "f-decision-accept").check();
    expect((await submit(page)).status()).toBe(200);
    await checkPage(page, "consent-en-thanks", "en");

    // The link problem pages: an answered link (410) and a tampered one (404), each language.
    const tampered = `${consentLink.slice(0, -3)}AAA`;
    for (const language of ["lv", "en"] as const) {
      await open(page, inLanguage(consentLink, language), 410);
      expect(await heading(page)).toBe(
        language === "lv" ? "Jūsu atbilde jau ir saņemta" : "Your answer is already recorded",
      );
      await checkPage(page, `link-answered-${language}`, language);
      await open(page, inLanguage(tampered, language), 404);
      expect(await heading(page)).toBe(
        language === "lv" ? "Saite nav derīga" : "This link is not valid",
      );
      await checkPage(page, `link-unknown-${language}`, language);
    }

    // The welcome e-mails; a form one links to (the mentee's introduction), in both languages.
    for (const [person, language, who] of [
      [mentee.email, "lv", "mentee"],
      [mentor.email, "en", "mentor"],
    ] as const) {
      const welcome = await waitForMail(person, /Laipni lūdzam|Welcome/);
      const link = welcome.links.find((l) => l.includes("/f/"));
      if (link) await checkBothLanguages(page, link, `welcome-form-${who}`, language);
      // The first-meeting guides the welcome links to, in the person's language.
      const guides = welcome.links.filter((l) => l.includes("/guide/"));
      expect(guides.length).toBeGreaterThan(0);
      for (const guide of guides) {
        const name = new URL(guide).pathname.split("/").pop();
        await checkPage(await open(page, guide, 200), `guide-${name}-${who}`, language);
      }
    }

    // The plan, written by the mentor (English): both languages, errors in both, then sent.
    const planLink = client.formLink(await waitForMail(mentor.email, /plan/i));
    await checkPage(await open(page, inLanguage(planLink, "lv"), 200), "plan-lv", "lv");
    await checkErrorState(page, "plan-lv-errors", "lv");
    await checkPage(await open(page, planLink, 200), "plan-en", "en");
    await checkErrorState(page, "plan-en-errors", "en");
    // Written in the browser: the fields this form has, every SMART check ticked.
    const now = (await client.clock()).now;
    await fillIn(page, {
      ...planFields(now, 3),
      result1: "Vadība katru nedēļu lieto paneli",
    });
    for (const box of await page.locator('form input[type="checkbox"]').all()) await box.check();
    const plan = await submit(page);
    expect(plan.status(), problemsIn(await page.content())).toBe(200);
    await checkPage(page, "plan-en-thanks", "en");

    // Sessions: the first reflection of each in the browser, later ones over HTTP.
    for (let n = 1; n <= 3; n++) {
      await client.advance(n === 1 ? "P6D" : "P14D");
      for (const [person, language] of [
        [mentee.email, "lv"],
        [mentor.email, "en"],
      ] as const) {
        const mail = await waitForMail(
          person,
          new RegExp(`session ${n} go|${n}\\. tikšanās reizē`),
        );
        const link = client.formLink(mail);
        if (n === 1)
          await checkBothLanguages(
            page,
            link,
            `reflection-${person === mentee.email ? "mentee" : "mentor"}`,
            language,
          );
        else opened.add(link); // the same form as session 1's, already checked
        expect((await client.postForm(link, REFLECTION)).status).toBe(200);
      }
    }

    // The progress checkpoint after the third session (the mentee, Latvian).
    const checkpointLink = client.formLink(await waitForMail(mentee.email, /Progress|Progresa/));
    await checkBothLanguages(page, checkpointLink, "checkpoint", "lv");
    const goalField =
      (await page.locator('input[name^="progress_"]').first().getAttribute("name")) ?? "";
    expect(goalField).not.toBe("");
    expect(
      (await client.postForm(checkpointLink, { [goalField]: "70", planChangeNeeded: "no" })).status,
    ).toBe(200);

    // Closure, from both.
    for (const [person, language] of [
      [mentee.email, "lv"],
      [mentor.email, "en"],
    ] as const) {
      const link = client.formLink(await waitForMail(person, /Clos|noslēgums/));
      const who = person === mentee.email ? "mentee" : "mentor";
      await checkBothLanguages(page, link, `closure-${who}`, language);
      await byId(page, "f-goalsReached").fill("Panelis ieviests");
      await byId(page, "f-learnings").fill("Dati ir komandas darbs");
      await byId(page, "f-keepInTouch-yes").check();
      expect((await submit(page)).status()).toBe(200);
      await checkPage(page, `closure-${language}-thanks`, language);
    }

    // No form in either mailbox was left out of the checks above.
    const inMail = new Set<string>();
    for (const person of [mentee.email, mentor.email]) {
      for (const mail of await client.mailTo(person)) {
        for (const link of mail.links)
          if (link.includes("/f/")) inMail.add(link.split("?")[0] ?? link);
      }
    }
    expect
      .soft(
        [...inMail].filter((link) => !opened.has(link)),
        "form links never opened",
      )
      .toEqual([]);

    // Every e-mail the two received, through axe, each in its reader's language.
    let mails = 0;
    for (const [person, language] of [
      [mentee.email, "lv"],
      [mentor.email, "en"],
    ] as const) {
      for (const mail of await mailboxWithHtml(person)) {
        mails += 1;
        const mailView = await mailPage(mail.html);
        await checkPage(mailView, `email-${String(mails).padStart(2, "0")}-${language}`, language);
        await mailView.close();
      }
    }
    // Consent, welcome, plan, invites, reminders, reflections, checkpoint, closure...
    expect(mails).toBeGreaterThanOrEqual(16);
    await page.close();
  }, 480_000);

  it("an expired link: its own page in both languages", async () => {
    // A second relationship whose plan is never written: after its 14 days the link expires.
    const { mentee, mentor } = await client.startRelationship("E2E pieejamība termiņš");
    for (const person of [mentee.email, mentor.email]) {
      const link = client.formLink(await waitForMail(person, /please confirm|apstipriniet/));
      expect((await client.postForm(link, { decision: "accept" })).status).toBe(200);
    }
    const planLink = client.formLink(await waitForMail(mentor.email, /plan/i));
    await client.advance("P15D");
    const page = await newPage();
    for (const language of ["lv", "en"] as const) {
      await open(page, inLanguage(planLink, language), 410);
      expect(await heading(page)).toBe(
        language === "lv" ? "Saites derīguma termiņš ir beidzies" : "This link has expired",
      );
      await checkPage(page, `link-expired-${language}`, language);
    }
    await page.close();
  }, 180_000);
});
