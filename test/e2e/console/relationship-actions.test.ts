import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { programmeClient } from "../programme-client.js";
import { consoleBrowser } from "./console-browser.js";

/**
 * A coordinator acts on a relationship from its page, in Chromium against the local server,
 * without waiting for an escalation: resends the open plan form, pauses until a date and
 * resumes, and closes early with a reason. Each action's dialog says what will happen; the
 * timeline says what did, in sentences; the workflow follows (the API and the mailbox say
 * so); axe-core finds 0 violations on every state of the page.
 */

const token = inject("coordinatorToken");
const client = programmeClient(inject("baseUrl"), token);
const ui = consoleBrowser({ screenshotPrefix: "actions-", signedInWith: token });
const { checkPage, pageErrors } = ui;
let page: Page;

const DAY = 86_400_000;
const PLAN_ASKED = /aizpildiet sadarbības plānu|fill in the mentoring plan/;

beforeAll(() => {
  page = ui.page;
});

describe("actions on a relationship in the console", () => {
  it("resends the plan form, pauses and resumes, closes early with a reason", async () => {
    const { relationshipId, mentee, mentor } = await client.startRelationship("Darbības");
    for (const email of [mentor.email, mentee.email])
      await client.answer(email, /please confirm|apstipriniet/i, { decision: "accept" });
    await client.waitForPhase(relationshipId, "planning");
    await client.waitForMail(mentor.email, PLAN_ASKED);

    await page.goto(`${client.base}/console/relationships/${encodeURIComponent(relationshipId)}`);
    await page.getByRole("heading", { name: "Darbības", level: 2 }).waitFor();
    // The current state in Latvian, never the machine's English name.
    await expect
      .poll(() => page.locator('[data-field="state"]').textContent(), { timeout: 20_000 })
      .toMatch(/^Plānošana: /);

    // The open plan form, sent again from its row.
    const forms = page.getByTestId("open-forms");
    const planRow = forms.getByRole("row").filter({ hasText: "Sadarbības plāns" });
    await planRow.waitFor({ timeout: 20_000 });
    await checkPage("planning");
    await planRow.getByRole("button", { name: /^Nosūtīt vēlreiz/ }).click();
    await page.getByText("Veidlapa nosūtīta vēlreiz:").waitFor();
    await client.waitForMail(mentor.email, PLAN_ASKED, 2);

    // Pause: the dialog says what happens, and wants a date in the future.
    await page.getByRole("button", { name: "Pauzēt līdz datumam" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Līdz izvēlētajam datumam darbplūsma neko nesūta").waitFor();
    await dialog.getByRole("button", { name: "Apstiprināt" }).click();
    await dialog.getByText("Norādiet datumu nākotnē.").waitFor();
    await checkPage("pause-dialog");
    const until = new Date(Date.parse((await client.clock()).now) + 20 * DAY)
      .toISOString()
      .slice(0, 10);
    const date = dialog.getByRole("textbox", { name: /Pauze līdz/ });
    await date.click();
    await date.pressSequentially(until.replaceAll("-", "/"));
    await dialog.getByLabel(/Piezīme/).fill("Mentorējamā atvaļinājumā");
    await dialog.getByRole("button", { name: "Apstiprināt" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Izdarīts: Pauzēt līdz datumam.").waitFor();
    const paused = await client.waitFor("the pause", async () => {
      const relationship = await client.relationship(relationshipId);
      return relationship.pausedUntil ? relationship : undefined;
    });
    expect(String(paused.pausedUntil).slice(0, 10)).toBe(until);
    expect(paused.actions).toEqual(["close", "resume"]);
    await page.getByText(/Sadarbība apturēta līdz .*Piezīme: „Mentorējamā atvaļinājumā”/).waitFor();
    await checkPage("paused");

    await page.getByRole("button", { name: "Turpināt tagad" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Apstiprināt" }).click();
    await page.getByText("Izdarīts: Turpināt tagad.").waitFor();
    await client.waitFor("the pause to end", async () => {
      const relationship = await client.relationship(relationshipId);
      return relationship.pausedUntil === null && relationship.health !== "paused";
    });

    // Close early: a reason is required, and the relationship closes at once.
    await page.getByRole("button", { name: "Noslēgt pirms termiņa" }).click();
    await page
      .getByRole("dialog")
      .getByText("Sadarbība tiek noslēgta uzreiz, bez noslēguma veidlapām.")
      .waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Apstiprināt" }).click();
    await page.getByRole("dialog").getByText("Norādiet iemeslu.").waitFor();
    await page
      .getByRole("dialog")
      .getByLabel(/Iemesls/)
      .fill("Mentors maina darbu");
    await page.getByRole("dialog").getByRole("button", { name: "Apstiprināt" }).click();
    await page.getByText("Izdarīts: Noslēgt pirms termiņa.").waitFor();
    const closed = await client.waitForPhase(relationshipId, "closed");
    expect(closed).toMatchObject({ closeReason: "closed_by_coordinator", actions: [] });
    await expect
      .poll(() => page.locator('[data-field="phase"]').textContent(), { timeout: 20_000 })
      .toBe("Noslēgtas");
    await page.getByText("Noslēgtai sadarbībai darbību nav.").waitFor();
    await page
      .getByText("Sadarbība noslēgta pirms termiņa. Piezīme: „Mentors maina darbu”")
      .waitFor();
    // The timeline is sentences: no event type codes, no key-value pairs.
    const timeline = page.getByTestId("timeline");
    const text = (await timeline.textContent()) ?? "";
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(text).not.toMatch(/stepKey|participantId|\{"/);
    expect(text).toContain("piekrita sadarbībai.");
    await checkPage("closed");
    expect(pageErrors).toEqual([]);
  });

  it("answers a 400 naming the field and a 409 for a closed relationship, changing nothing", async () => {
    const { relationshipId } = await client.startRelationship("Darbības API");
    const path = `/api/console/relationships/${encodeURIComponent(relationshipId)}/actions`;
    const bad = await client.console<{ error: string; issues: { path: string }[] }>(path, {
      action: "pause",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((issue) => issue.path)).toContain("until");
    const unknown = await client.console<{ error: string }>(path, { action: "explode" });
    expect(unknown.status).toBe(400);
    const noReason = await client.console<{ issues: { path: string }[] }>(path, {
      action: "close",
      note: "  ",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.issues.map((issue) => issue.path)).toContain("note");
    // Before consent only closing is possible: a plan cannot be asked for yet.
    const early = await client.console<{ error: string }>(path, { action: "replan" });
    expect(early).toMatchObject({ status: 409, body: { error: "replan_not_possible" } });
    expect(await client.relationship(relationshipId)).toMatchObject({
      phase: "consent",
      health: "on_track",
    });

    const close = await client.console<{ restarted: boolean }>(path, {
      action: "close",
      note: "Dubults pieteikums",
    });
    expect(close).toMatchObject({ status: 200, body: { restarted: true } });
    await client.waitForPhase(relationshipId, "closed");
    const again = await client.console<{ error: string }>(path, { action: "close", note: "x" });
    expect(again).toMatchObject({ status: 409, body: { error: "relationship_closed" } });
    const missing = await client.console<{ error: string }>(
      "/api/console/relationships/no-such/actions",
      { action: "close", note: "x" },
    );
    expect(missing.status).toBe(404);
  });
});
