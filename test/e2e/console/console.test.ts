import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ESCALATION_REASONS } from "../../../shared/domain/escalations/escalation-reasons.js";
import { validMentee, validMentor } from "../../fixtures/applications.js";
import { programmeClient } from "../programme-client.js";
import { consoleBrowser } from "./console-browser.js";

/** The reason's label, from the one table the console shows it from. */
const NO_PLAN = ESCALATION_REASONS.no_plan.label.lv;

/**
 * The coordinator console in a real browser (Debian's Chromium through playwright-core)
 * against the local server, as a coordinator uses it: sign in, run matching, swap a mentor
 * with a reason, approve, find the relationship and its detail, watch it move to planning
 * when the consent forms from the mailbox are answered, move the clock until the missing
 * plan raises an escalation, decide `continue`, and switch the language. Every page is
 * checked with axe-core (0 violations) and kept as a screenshot under
 * test-results/screenshots/console-*.png; the overview also goes to docs/.
 */

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const base = client.base;
const token = inject("coordinatorToken");
const ui = consoleBrowser({ screenshotPrefix: "console-" });
const { checkPage, openFromNavigation, pageErrors } = ui;
let page: Page;

const label = `K${Date.now().toString(36).slice(-5)}`;
const mentee = validMentee({
  name: `Inese Konsole ${label}`,
  preferredFormats: ["individual"],
  institutionName: `${label} iestāde`,
});
const mentorA = validMentor({
  name: `Andris Pirmais ${label}`,
  formats: ["individual"],
  organisation: `${label} A uzņēmums`,
  capacity: 2,
});
const mentorB = validMentor({
  name: `Baiba Otrā ${label}`,
  formats: ["individual"],
  organisation: `${label} B uzņēmums`,
  capacity: 2,
});
let relationshipId = "";

beforeAll(async () => {
  page = ui.page;
  mkdirSync("docs", { recursive: true });
  await client.apply(mentee);
  await client.apply(mentorA);
  await client.apply(mentorB);
});

describe("coordinator console", () => {
  it("is served at /console/ with the app for every page and real files for assets", async () => {
    const index = await fetch(`${base}/console/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toMatch(/^text\/html/);
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await index.text();
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    // Any page of the app gets index.html (the app routes it); a missing asset is a 404.
    const deep = await fetch(`${base}/console/relationships/anything`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    expect((await fetch(`${base}/console/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/console/..%2f..%2fpackage.json`)).status).toBe(404);
    const redirect = await fetch(`${base}/console`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
  });

  it("asks for the token, refuses a wrong one and signs in with the right one", async () => {
    await page.goto(`${base}/console/`);
    await page.getByRole("heading", { name: "Pieteikšanās" }).waitFor();
    await checkPage("sign-in");
    await page.getByLabel("Koordinatora atslēga").fill("not-the-token");
    await page.getByRole("button", { name: "Pieteikties" }).click();
    await page.getByText("Šī atslēga netika pieņemta").waitFor();
    await checkPage("sign-in-refused");
    await page.getByLabel("Koordinatora atslēga").fill(token);
    await page.getByRole("button", { name: "Pieteikties" }).click();
    await page.getByRole("heading", { name: "Programmas pārskats" }).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('console.token')")).toBe(token);
    await checkPage("overview-empty");
  });

  it("runs matching, explains a proposal, swaps its mentor with a reason and approves it", async () => {
    await openFromNavigation("Savietošana");
    await page.getByRole("heading", { name: "Savietošana", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Palaist savietošanu" }).click();
    const row = page.getByRole("row").filter({ hasText: mentee.name });
    await row.waitFor({ timeout: 30_000 });
    await checkPage("matching");

    // The per-criterion explanation: every criterion with its points, in Latvian.
    await row.getByRole("button", { name: "Skaidrojums pa kritērijiem" }).click();
    await expect.poll(() => row.textContent()).toContain("Vajadzība un ekspertīze");
    await checkPage("matching-explanation");

    // The mentor is the row's header cell.
    const proposed = (await row.getByRole("rowheader").textContent()) ?? "";
    const target = proposed.includes(mentorB.name) ? mentorA : mentorB;
    await row.getByRole("button", { name: /^Mainīt mentoru/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Cits mentors šim priekšlikumam").waitFor();
    // A reason is required.
    await dialog.getByRole("button", { name: "Mainīt", exact: true }).click();
    await dialog.getByText("Izvēlieties mentoru.", { exact: true }).waitFor();
    await dialog.getByText("Norādiet iemeslu").waitFor();
    await checkPage("matching-swap");
    await dialog.getByRole("button", { name: /Jaunais mentors|Izvēlieties mentoru/ }).click();
    await page.getByRole("option").filter({ hasText: target.name }).click();
    await dialog.getByLabel("Iemesls (obligāts)").fill("Kopīga pieredze ar datu paneļiem");
    await dialog.getByRole("button", { name: "Mainīt", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => row.getByRole("rowheader").textContent()).toBe(target.name);

    await row.getByRole("button", { name: /^Apstiprināt:/ }).click();
    const approvedLink = row.getByRole("link", { name: "Apstiprināts" });
    await approvedLink.waitFor();
    const link = (await approvedLink.getAttribute("href")) ?? "";
    relationshipId = decodeURIComponent(link.split("/").at(-1) ?? "");
    expect(relationshipId).not.toBe("");
    await page.getByText("Apstiprināts: attiecības sākas").waitFor();
    await checkPage("matching-approved");

    // The API agrees: the relationship runs with the mentor the coordinator chose.
    const detail = await client.relationship(relationshipId);
    expect((detail.participants as { mentorId: string }).mentorId).toBeTruthy();
    expect(detail.phase).toBe("consent");
  });

  it("lists the relationship with filters and opens its detail", async () => {
    await openFromNavigation("Mentoringa attiecības");
    await page.getByRole("heading", { name: "Mentoringa attiecības", level: 1 }).waitFor();
    await page.getByRole("searchbox", { name: /Meklēt/ }).fill(mentee.name);
    const row = page.getByRole("row").filter({ hasText: mentee.name });
    await row.waitFor();
    expect(await row.textContent()).toContain("Piekrišana");
    await checkPage("relationships");

    // A phase filter that excludes it hides it; clearing brings it back.
    await page.getByRole("button", { name: /Filtrēt pēc posma/ }).click();
    await page.getByRole("option", { name: "Noslēgtas" }).click();
    await page.getByText("Nekas neatbilst filtriem.").waitFor();
    await page.getByRole("table").getByRole("button", { name: "Notīrīt filtrus" }).click();
    await page.getByRole("searchbox", { name: /Meklēt/ }).fill(mentee.name);
    await row.waitFor();
    // The mentee's institution type and role category keep it in; the options are the
    // values that occur, labelled as the guidelines name them.
    await page.getByRole("button", { name: /Filtrēt pēc mentorējamā iestādes veida/ }).click();
    await page.getByRole("option", { name: /Valsts tiešās pārvaldes iestāde/ }).click();
    await page.getByRole("button", { name: /Filtrēt pēc mentorējamā lomu kategorijas/ }).click();
    await page.getByRole("option", { name: /Sadarbības/ }).click();
    await row.waitFor();

    await row.getByRole("link").click();
    await page.getByRole("heading", { name: new RegExp(mentee.name), level: 1 }).waitFor();
    await expect.poll(() => page.locator('[data-field="phase"]').textContent()).toBe("Piekrišana");
    await page.getByRole("heading", { name: "Notikumu vēsture" }).waitFor();
    await expect.poll(() => page.getByText("Nosūtīta veidlapa").count()).toBeGreaterThan(0);
    await checkPage("relationship-consent");
  });

  it("shows the consent e-mails in the local mailbox and moves to planning by itself", async () => {
    const detailUrl = page.url();
    await openFromNavigation("Lokālais pasts un pulkstenis");
    await page.getByRole("heading", { name: "Lokālais pasts un pulkstenis", level: 1 }).waitFor();
    await page.getByRole("searchbox", { name: /Meklēt/ }).fill(mentee.email);
    const mailRow = page.getByRole("row").filter({ hasText: mentee.email }).first();
    await mailRow.waitFor({ timeout: 20_000 });
    const formHref = await mailRow
      .getByRole("link", { name: /\/f\// })
      .first()
      .getAttribute("href");
    expect(formHref).toMatch(/\/f\//);
    await checkPage("local-mailbox");

    // The participants answer from their mail; the open detail page follows without a reload.
    await page.goto(detailUrl);
    await page.locator('[data-field="phase"]').waitFor();
    const detail = await client.relationship(relationshipId);
    const people = detail.participants as { mentorId: string; menteeIds: string[] };
    const emails = new Map(
      (
        await client.console<{ items: { participantId: string; email: string }[] }>(
          "/api/console/participants",
        )
      ).body.items.map((p) => [p.participantId, p.email]),
    );
    for (const id of [people.mentorId, ...people.menteeIds]) {
      const mail = await client.waitForMail(emails.get(id) ?? "", /please confirm|apstipriniet/i);
      expect((await client.postForm(client.formLink(mail), { decision: "accept" })).status).toBe(
        200,
      );
    }
    await expect
      .poll(() => page.locator('[data-field="phase"]').textContent(), { timeout: 20_000 })
      .toBe("Plānošana");
    await checkPage("relationship-planning");
  });

  it("moves the local clock until the missing plan escalates, and decides continue", async () => {
    await openFromNavigation("Lokālais pasts un pulkstenis");
    await page.getByRole("heading", { name: "Lokālais pulkstenis" }).waitFor();
    const before = Date.parse((await client.clock()).now);
    for (let week = 0; week < 3; week++) {
      await page.getByRole("button", { name: "+1 nedēļa" }).click();
      await expect
        .poll(async () => Date.parse((await client.clock()).now) - before)
        .toBeGreaterThanOrEqual((week + 1) * 7 * 86_400_000);
    }
    await checkPage("local-clock");

    const escalationId = await client.waitFor("the no-plan escalation", async () => {
      const relationship = await client.relationship(relationshipId);
      return (relationship.openEscalationId as string | null) ?? undefined;
    });
    await openFromNavigation("Eskalācijas");
    await page.getByRole("heading", { name: "Eskalāciju rinda", level: 1 }).waitFor();
    const row = page.getByRole("row").filter({ hasText: mentee.name }).first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain(NO_PLAN);
    await checkPage("escalations");

    await row.getByRole("link", { name: NO_PLAN }).click();
    await page.getByRole("heading", { name: NO_PLAN, level: 1 }).waitFor();
    expect(page.url()).toContain(escalationId);
    // The evidence says what triggered it; each decision says what happens after it.
    await page
      .getByText(/^Plāna veidlapa nosūtīta .*Plāns nav iesniegts, arī pēc atgādinājuma\.$/)
      .first()
      .waitFor();
    await page.getByRole("heading", { name: "Kas notiks pēc lēmuma" }).waitFor();
    expect(await page.locator("[data-decision-what]").count()).toBe(6);
    await page.getByText("Nākamais piemērotais kandidāts saņem piekrišanas veidlapu").waitFor();
    // Closing needs a reason: the form says so before anything is sent.
    await page.getByRole("button", { name: "Noslēgt ar iemeslu" }).click();
    await page.getByText("Lai noslēgtu attiecības, norādiet iemeslu.").waitFor();
    await checkPage("escalation");
    await page.getByLabel("Piezīme").fill("Mentors apsolīja plānu šonedēļ");
    await page.getByRole("button", { name: "Turpināt" }).click();
    await page.getByText("Lēmums saglabāts, darbplūsma turpinās.").waitFor();
    await expect
      .poll(() => page.locator('[data-field="escalation-status"]').textContent())
      .toBe("Izlemta");
    await checkPage("escalation-decided");

    const decided = await client.console<{ items: { escalationId: string; decision?: string }[] }>(
      "/api/console/escalations?status=decided",
    );
    expect(decided.body.items.find((e) => e.escalationId === escalationId)?.decision).toBe(
      "continue",
    );
    // The decision is in the timeline with who took it, and the workflow asks for the plan again.
    await page.goto(`${base}/console/relationships/${relationshipId}`);
    await page.getByText("Lēmums par eskalāciju: Turpināt.").first().waitFor();
    expect(await page.getByRole("cell", { name: /Koordinators/ }).count()).toBeGreaterThan(0);
    await client.waitFor("the escalation to close", async () => {
      const relationship = await client.relationship(relationshipId);
      return relationship.openEscalationId === null;
    });
  });

  it("pauses a relationship until a date when no mentor is left", async () => {
    // A second relationship nobody answers: consent times out and no candidate is left.
    const second = await client.startRelationship(`${label} pauze`);
    const escalationId = await client.waitFor(
      "the no-candidate escalation",
      async () => {
        await client.advance("P4D");
        const relationship = await client.relationship(second.relationshipId);
        return (relationship.openEscalationId as string | null) ?? undefined;
      },
      40_000,
    );
    await page.goto(`${base}/console/escalations/${escalationId}`);
    await page
      .getByRole("heading", { name: ESCALATION_REASONS.no_candidate_left.label.lv, level: 1 })
      .waitFor();
    // A pause needs a date in the future: the form says so before anything is sent.
    await page.getByRole("button", { name: "Pauzēt līdz" }).click();
    await page.getByText("Norādiet datumu nākotnē.").waitFor();
    const until = new Date(Date.parse((await client.clock()).now) + 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const date = page.getByRole("textbox", { name: /Pauze līdz/ });
    await date.click();
    await date.pressSequentially(until.replaceAll("-", "/"));
    await page.getByRole("heading", { name: "Lēmums" }).click();
    await checkPage("escalation-pause");
    await page.getByRole("button", { name: "Pauzēt līdz" }).click();
    await page.getByText("Lēmums saglabāts, darbplūsma turpinās.").waitFor();
    const decided = await client.console<{
      items: { escalationId: string; decision?: string; pauseUntil?: string }[];
    }>("/api/console/escalations?status=decided");
    const escalation = decided.body.items.find((e) => e.escalationId === escalationId);
    expect(escalation?.decision).toBe("pause");
    expect(escalation?.pauseUntil?.slice(0, 10)).toBe(until);
  });

  it("shows the overview with the relationship and switches to English and back", async () => {
    await openFromNavigation("Pārskats");
    await page.getByRole("heading", { name: "Programmas pārskats" }).waitFor();
    await page.getByRole("heading", { name: "Attiecības pa posmiem" }).waitFor();
    const overview = await checkPage("overview");
    copyFileSync(overview, join("docs", "console-overview.png"));

    await page.getByRole("button", { name: /switch to English/i }).click();
    await page.getByRole("heading", { name: "Programme overview" }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    await page.reload();
    await page.getByRole("heading", { name: "Programme overview" }).waitFor();
    await checkPage("overview-en");
    await openFromNavigation("Relationships");
    await page.getByRole("heading", { name: "Relationships", level: 1 }).waitFor();
    await checkPage("relationships-en");
    await page.getByRole("button", { name: /pārslēgt uz latviešu valodu/ }).click();
    await page.getByRole("heading", { name: "Mentoringa attiecības", level: 1 }).waitFor();
    expect(await page.evaluate("localStorage.getItem('console.language')")).toBe("lv");
  });

  it("goes back to sign-in when the API refuses the token", async () => {
    await page.evaluate("sessionStorage.setItem('console.token', 'revoked')");
    await page.goto(`${base}/console/escalations`);
    await page.getByText("Sesija beigusies vai atslēga nav derīga").waitFor();
    await page.getByRole("heading", { name: "Pieteikšanās" }).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('console.token')")).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
