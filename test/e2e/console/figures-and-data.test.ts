import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { validMentee } from "../../fixtures/applications.js";
import { programmeClient } from "../programme-client.js";
import { consoleBrowser } from "./console-browser.js";

/**
 * The console's programme figures, a participant's GDPR export and erasure, and the link
 * requests with "resend the form", in a real browser (Debian's Chromium through
 * playwright-core) against the local server. Every page is checked with axe-core (0
 * violations) and kept as a screenshot under test-results/screenshots/console-data-*.png.
 */

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const base = client.base;
const token = inject("coordinatorToken");
const ui = consoleBrowser({
  screenshotPrefix: "console-data-",
  context: { acceptDownloads: true },
});
const { checkPage, openFromNavigation, pageErrors } = ui;
let page: Page;

/** Runs `action` and returns the file the browser saved meanwhile (name and text). */
async function downloadOf(action: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

const label = `D${Date.now().toString(36).slice(-5)}`;
// One mentee alone in the figures stands for fewer than 3 people somewhere: hidden cells.
// An institution type no other test applies with keeps the group small in a shared server.
const applicant = validMentee({
  name: `Dace Dzēšama ${label}`,
  institutionName: `${label} iestāde`,
  institutionType: "vocational_education",
});
let applicantId = "";
/** A mentee whose relationship runs (from the link request test). */
let menteeInRelationship = "";

beforeAll(async () => {
  page = ui.page;
  applicantId = await client.apply(applicant);
  await page.goto(`${base}/console/`);
  await page.getByLabel("Koordinatora atslēga").fill(token);
  await page.getByRole("button", { name: "Pieteikties" }).click();
  await page.getByRole("heading", { name: "Programmas pārskats" }).waitFor();
});

describe("console: programme figures, participants' data, link requests", () => {
  it("shows the figures with hidden small groups and downloads a table as CSV", async () => {
    await openFromNavigation("Programmas rādītāji");
    await page.getByRole("heading", { name: "Programmas rādītāji", level: 1 }).waitFor();
    for (const title of [
      "Attiecības pēc formāta",
      "Mentorējamie pēc iestādes veida",
      "Mentorējamie pēc lomu kategorijas",
    ]) {
      await page.getByRole("table", { name: title }).waitFor();
    }
    const byInstitution = page.getByRole("table", { name: "Mentorējamie pēc iestādes veida" });
    await byInstitution.getByText("paslēpts (mazāk par 3)").first().waitFor();
    await checkPage("figures");

    const csv = await downloadOf(() =>
      page.getByRole("button", { name: "Lejupielādēt CSV: Attiecības pēc formāta" }).click(),
    );
    // The Latvian console downloads for Latvian Excel: Latvian headers, semicolons.
    expect(csv.name).toBe("programme-figures-by-format-lv.csv");
    expect(csv.text.split("\r\n")[0]).toContain("Kods;Nosaukums latviski");
    expect(csv.text).toContain("individual;");
    await page.getByText("Lejupielādēts: programme-figures-by-format-lv.csv").waitFor();

    await page.getByRole("button", { name: /^English/ }).click();
    await page.getByRole("heading", { name: "Programme figures", level: 1 }).waitFor();
    await page
      .getByRole("table", { name: "Mentees by institution type" })
      .getByText("hidden (fewer than 3)")
      .first()
      .waitFor();
    await checkPage("figures-en");
    await page.getByRole("button", { name: /^Latviski/ }).click();
    await page.getByRole("heading", { name: "Programmas rādītāji", level: 1 }).waitFor();
  });

  it("exports a participant's data and erases it only with the right confirmation", async () => {
    await openFromNavigation("Dalībnieki");
    await page.getByRole("heading", { name: "Pieteikumi un dalībnieki" }).waitFor();
    await page.getByRole("searchbox", { name: "Meklēt pēc vārda vai e-pasta" }).fill(label);
    const table = page.getByRole("table", { name: "Pieteikumi un dalībnieki" });
    await table.getByText(applicant.name).waitFor();
    const actions = page.getByRole("button", { name: `Dati: ${applicant.name}` });

    await actions.click();
    const exported = await downloadOf(() =>
      page.getByRole("menuitem", { name: "Eksportēt datus (JSON)" }).click(),
    );
    expect(exported.name).toBe(`participant-${applicantId}.json`);
    expect(exported.text).toContain(applicant.email);
    await checkPage("participants-exported");

    await actions.click();
    await page.getByRole("menuitem", { name: "Dzēst personas datus" }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByRole("heading", { name: `Dzēst personas datus: ${applicant.name}` })
      .waitFor();
    const confirm = dialog.getByRole("textbox", { name: /e-pasta adrese/ });
    await confirm.fill("kads.cits@example.lv");
    await dialog.getByRole("button", { name: "Dzēst neatgriezeniski" }).click();
    await dialog.getByText(/Šī nav dalībnieka e-pasta adrese: nekas netika dzēsts\./).waitFor();
    await checkPage("erase-refused");
    const still = await client.console<{ items: { participantId: string; name: string }[] }>(
      "/api/console/participants",
    );
    expect(still.body.items.find((p) => p.participantId === applicantId)?.name).toBe(
      applicant.name,
    );

    await confirm.fill(applicant.email.toUpperCase());
    await dialog.getByRole("button", { name: "Dzēst neatgriezeniski" }).click();
    await page.getByText(`${applicant.name}: personas dati dzēsti`).waitFor();
    await dialog.waitFor({ state: "hidden" });
    await table.getByText(applicant.name).waitFor({ state: "detached" });
    await checkPage("erased");
    const after = await client.console<{ items: { participantId: string }[] }>(
      "/api/console/participants",
    );
    expect(after.body.items.some((p) => p.participantId === applicantId)).toBe(false);
  });

  it("lists a request for a new link and says readably why an answered form is not resent", async () => {
    const { mentee } = await client.startRelationship(`${label} saite`);
    const link = client.formLink(
      await client.waitForMail(mentee.email, /please confirm|apstipriniet/),
    );
    expect((await client.postForm(link, { decision: "accept" })).status).toBe(200);
    const note = `Vēlos mainīt atbildi ${label}`;
    const asked = await fetch(`${base}/link-requests?lang=lv`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ link: link.split("/f/")[1] ?? "", email: "", note }).toString(),
      redirect: "manual",
    });
    expect(asked.status).toBe(200);

    await openFromNavigation("Jaunas saites lūgumi");
    await page.getByRole("heading", { name: "Lūgumi pēc jaunas saites", level: 1 }).waitFor();
    const table = page.getByRole("table", { name: "Lūgumi pēc jaunas saites" });
    const row = table.getByRole("row").filter({ hasText: note });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(mentee.email);
    await expect(row.textContent()).resolves.toContain("Jau atbildēta");
    await expect(row.textContent()).resolves.toContain("Piekrišana");
    await checkPage("link-requests");

    await row.getByRole("button", { name: /^Nosūtīt veidlapu vēlreiz/ }).click();
    await row.getByText("Šī veidlapa jau ir aizpildīta: nav ko nosūtīt vēlreiz.").waitFor();
    await checkPage("link-requests-refused");

    await page.getByText("Rādīt apstrādātos").click();
    await page
      .getByText("Apstrādātu lūgumu nav.")
      .or(table.getByRole("row").nth(1))
      .first()
      .waitFor();
    await checkPage("link-requests-handled");
    menteeInRelationship = mentee.email;
  });

  it("refuses to erase someone whose relationship is not closed, with the reason next to the field", async () => {
    expect(menteeInRelationship).not.toBe("");
    await openFromNavigation("Dalībnieki");
    await page
      .getByRole("searchbox", { name: "Meklēt pēc vārda vai e-pasta" })
      .fill(menteeInRelationship);
    const table = page.getByRole("table", { name: "Pieteikumi un dalībnieki" });
    const row = table.getByRole("row").filter({ hasText: menteeInRelationship });
    await row.waitFor();
    await row.getByRole("button", { name: /^Dati: / }).click();
    await page.getByRole("menuitem", { name: "Dzēst personas datus" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /e-pasta adrese/ }).fill(menteeInRelationship);
    await dialog.getByRole("button", { name: "Dzēst neatgriezeniski" }).click();
    await dialog.getByText(/attiecībās, kas vēl nav noslēgtas: vispirms tās noslēdziet/).waitFor();
    await checkPage("erase-not-closed");
    await dialog.getByRole("button", { name: "Atcelt" }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.waitFor();
    expect(pageErrors).toEqual([]);
  });
});
