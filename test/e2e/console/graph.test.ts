import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { STATES } from "../../../workflows/relationship/relationship-states.js";
import { programmeClient } from "../programme-client.js";
import { consoleBrowser, SCREENSHOTS } from "./console-browser.js";

/**
 * The workflow graph on a relationship's detail page, in Chromium against the local server:
 * the current state is marked (thick border and a "pašreizējais" tag, and said in the
 * image's label), the visited path is listed, the page's polling moves the mark when the
 * consent forms are answered, axe-core finds 0 violations, and docs/console-graph.png is
 * the README's picture of it.
 */

const token = inject("coordinatorToken");
const client = programmeClient(inject("baseUrl"), token);
const ui = consoleBrowser({
  context: { viewport: { width: 1400, height: 1000 } },
  signedInWith: token,
});
const { expectNoViolations, pageErrors } = ui;
let page: Page;

beforeAll(() => {
  page = ui.page;
  mkdirSync("docs", { recursive: true });
});

describe("the workflow graph on the relationship detail page", () => {
  it("marks the current state and the visited path, and follows the consent answers", async () => {
    const { relationshipId, mentee, mentor } = await client.startRelationship("Grafs konsolē");
    await page.goto(`${client.base}/console/relationships/${encodeURIComponent(relationshipId)}`);
    const panel = page.getByTestId("workflow-panel");
    const graph = page.getByRole("img", { name: /^Darbplūsmas grafs/ });
    await page.getByRole("heading", { name: "Darbplūsma", level: 2 }).waitFor();
    await graph.waitFor({ timeout: 30_000 });

    // Waiting for consent: the consent wait inside the Map is the current state.
    await expect
      .poll(() => graph.getAttribute("data-current"), { timeout: 20_000 })
      .toBe(STATES.waitConsent);
    const label = (await graph.getAttribute("aria-label")) ?? "";
    expect(label).toContain("Pašreizējais stāvoklis: 1.2 Piekrišana: gaidīt atbildi");
    expect(label).toMatch(/Apmeklēti \d+ no \d+ stāvokļiem/);
    const current = graph.locator("[data-current=true]");
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.getAttribute("data-state")).toBe(STATES.waitConsent);
    // Not by colour alone: a thick border and the word.
    expect(await current.locator("rect").first().getAttribute("stroke-width")).toBe("4");
    expect(await current.textContent()).toContain("pašreizējais");
    for (const state of [STATES.load, STATES.route, STATES.askConsent]) {
      expect(await graph.locator(`[data-state="${state}"]`).getAttribute("data-visited")).toBe(
        "true",
      );
    }
    expect(
      await graph.locator(`[data-state="${STATES.waitPlan}"]`).getAttribute("data-visited"),
    ).toBe("false");
    await page.getByText(/^Apmeklētais ceļš/).click();
    const path = page.getByTestId("workflow-path").getByRole("listitem");
    await expect
      .poll(() => path.first().textContent())
      .toBe("0.1 Atsākšana: nolasīt attiecību stāvokli");
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, "console-graph-consent.png"), fullPage: true });
    await expectNoViolations("graph-consent");

    // Both accept; the page's polling moves the mark to the plan wait without a reload.
    for (const email of [mentee.email, mentor.email]) {
      const consent = { decision: "accept" };
      expect((await client.answer(email, /please confirm|apstipriniet/, consent)).status).toBe(200);
    }
    await expect
      .poll(() => graph.getAttribute("data-current"), { timeout: 20_000 })
      .toBe(STATES.waitPlan);
    expect(await graph.getAttribute("aria-label")).toContain("2.2 Plānošana: gaidīt plānu");
    await expect
      .poll(() => path.last().textContent())
      .toBe("2.2 Plānošana: gaidīt plānu (pašreizējais)");
    expect(
      await graph.locator(`[data-state="${STATES.accepted}"]`).getAttribute("data-visited"),
    ).toBe("true");
    await page.waitForTimeout(300);
    await expectNoViolations("graph-planning");
    // The panel alone for the README, clipped from the full page (the sticky top bar stays
    // at the top of the page instead of covering the panel).
    await page.evaluate("window.scrollTo(0, 0)");
    const box = await panel.boundingBox();
    if (!box) throw new Error("the workflow panel is not shown");
    await page.screenshot({ path: join("docs", "console-graph.png"), fullPage: true, clip: box });
    await page.screenshot({
      path: join(SCREENSHOTS, "console-graph-planning.png"),
      fullPage: true,
    });

    // In English too.
    await page.getByRole("button", { name: /^English/ }).click();
    await page.getByRole("heading", { name: "Workflow", level: 2 }).waitFor();
    const english = page.getByRole("img", { name: /^Workflow graph/ });
    expect(await english.getAttribute("aria-label")).toContain(
      "Current state: 2.2 Planning: wait for the plan",
    );
    await expectNoViolations("graph-english");
    expect(pageErrors).toEqual([]);
  });

  it("shows an unknown relationship's graph as an error, not a blank page", async () => {
    await page.goto(`${client.base}/console/relationships/rel_nonexistent`);
    await page.getByRole("heading", { name: /Workflow|Darbplūsma/, level: 2 }).waitFor();
    expect(await page.getByRole("img", { name: /graph|grafs/ }).count()).toBe(0);
  });
});
