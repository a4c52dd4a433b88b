import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { validMentee, validMentor } from "../../fixtures/applications.js";
import { programmeClient } from "../programme-client.js";
import { consoleBrowser } from "./console-browser.js";

/**
 * The console for a programme that is starting (issue 12, items 10 and 13), in Chromium
 * against the local server: the overview says what to do next and its counts link to their
 * lists; the matching page of a fresh browser session opens the latest kept run and lists
 * the earlier ones; "approve all" asks first with the number of people who will be e-mailed
 * and says once what it did; the participants table fits 1280 px; no word of a header or a
 * button breaks across lines; the workflow graph can be enlarged to text of 11 px and more.
 */

const token = inject("coordinatorToken");
const client = programmeClient(inject("baseUrl"), token);
const ui = consoleBrowser({ screenshotPrefix: "console-next-", signedInWith: token });
const { checkPage, pageErrors } = ui;
let page: Page;
const LATVIAN = new Intl.PluralRules("lv");

const label = `N${Date.now().toString(36).slice(-5)}`;
const mentees = [0, 1].map((i) =>
  validMentee({
    name: `Dace Nākamā ${label} ${i}`,
    preferredFormats: ["individual"],
    institutionName: `${label} iestāde ${i}`,
  }),
);
const mentor = validMentor({
  name: `Rihards Vadītājs ${label}`,
  formats: ["individual"],
  organisation: `${label} uzņēmums`,
  capacity: 2,
});
const ids: { mentees: string[]; mentor: string } = { mentees: [], mentor: "" };

interface ParticipantRow {
  participantId: string;
  role: string;
  status: string;
  confirmation: string;
  placement?: unknown;
}
interface RunSummary {
  runId: string;
  proposals: number;
  approved: number;
  pending: number;
}
interface Run {
  runId: string;
  proposals: { proposalId: string; status: string; menteeIds: string[] }[];
}

const runs = async () =>
  (await client.console<{ items: RunSummary[] }>("/api/console/matching-runs")).body.items;

/** Mentees who wait for matching, as the overview counts them (not in an open proposal). */
async function waitingMentees(): Promise<number> {
  const participants = (
    await client.console<{ items: ParticipantRow[] }>("/api/console/participants")
  ).body.items;
  const latest = (await runs())[0];
  const proposed = new Set<string>();
  if (latest) {
    const run = (await client.console<Run>(`/api/console/matching-runs/${latest.runId}`)).body;
    for (const p of run.proposals)
      if (p.status === "proposed") for (const m of p.menteeIds) proposed.add(m);
  }
  return participants.filter(
    (p) =>
      p.role === "mentee" &&
      p.status === "eligible" &&
      p.confirmation === "confirmed" &&
      !p.placement &&
      !proposed.has(p.participantId),
  ).length;
}

// The checks below run in the page (this project's types have no DOM): as script text.

/** Words of buttons and table headers drawn over two lines (a break inside the word). */
const BROKEN_WORDS = `(() => {
  const broken = [];
  for (const element of document.querySelectorAll("th, button")) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // An e-mail address is no word: it may wrap anywhere when the column is narrow.
      if (node.parentElement?.closest("[data-email]")) continue;
      for (const word of (node.textContent ?? "").matchAll(/[^\\s\\-–/]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) broken.push(element.tagName.toLowerCase() + ": " + word[0]);
      }
    }
  }
  return broken;
})()`;
const brokenWords = (current: Page) => current.evaluate<string[]>(BROKEN_WORDS);

/** Tables whose content is wider than their frame (a horizontal scrollbar). */
const OVERFLOWING_TABLES = `[...document.querySelectorAll("table")]
  .map((table) => table.parentElement)
  .filter((frame) => frame.scrollWidth > frame.clientWidth)
  .map((frame) => frame.scrollWidth + " > " + frame.clientWidth)`;
const overflowingTables = (current: Page) => current.evaluate<string[]>(OVERFLOWING_TABLES);

/** The smallest text of the workflow graph as drawn, in CSS pixels. */
const SMALLEST_GRAPH_TEXT = `(() => {
  const svg = document.querySelector('[data-testid="workflow-graph"]');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = [...svg.querySelectorAll("text")].map(
    (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
  );
  return Math.min(...sizes);
})()`;

beforeAll(async () => {
  page = ui.page;
});

describe("the console tells a new programme what to do next", () => {
  it("the overview's next step: share the form, then run matching, linked to the page", async () => {
    const before = await client.console<{ items: unknown[] }>("/api/console/participants");
    await page.goto(`${client.base}/console/`);
    const steps = page.getByTestId("next-steps");
    await steps.getByRole("heading", { name: "Ko darīt tālāk" }).waitFor();
    if (before.body.items.length === 0) {
      // Nobody applied yet: share the application forms.
      await steps.getByText("Pieteikumu vēl nav.").waitFor();
      expect(await steps.getByRole("link", { name: /\/apply\?role=mentee/ }).count()).toBe(1);
      expect(await steps.getByRole("link", { name: /\/apply\?role=mentor/ }).count()).toBe(1);
      await checkPage("overview-share-form");
    }

    for (const mentee of mentees) ids.mentees.push(await client.apply(mentee));
    ids.mentor = await client.apply(mentor);
    const waiting = await waitingMentees();
    expect(waiting).toBeGreaterThanOrEqual(2);
    // "2 mentorējamie", "21 mentorējamais", "10 mentorējamo": the form for the count.
    const ending = { one: "ais", zero: "o" }[LATVIAN.select(waiting) as string] ?? "ie";
    const hint = steps.getByRole("link", {
      name: `${waiting} mentorējam${ending} gaida savietošanu`,
    });
    await hint.waitFor({ timeout: 15_000 });
    await checkPage("overview-next-steps");
    await hint.click();
    await page.getByRole("heading", { name: "Savietošana", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/matching");
  });

  it("every count on the overview links to its list", async () => {
    await page.goto(`${client.base}/console/`);
    await page.getByRole("heading", { name: "Attiecības pēc stāvokļa" }).waitFor();
    // The total, five phases, four kinds of health, the closed, due within 7 days, overdue.
    const figures = page.locator("[data-figure]");
    expect(await figures.count()).toBe(13);
    for (const figure of await figures.all()) {
      const to = await figure.getAttribute("data-figure");
      expect(await figure.getByRole("link").count(), `${to}`).toBe(1);
      expect(await figure.getByRole("link").textContent(), `${to}`).toMatch(/^\d+$/);
    }
    await figures.and(page.locator('[data-figure="#forms-overdue"]')).getByRole("link").click();
    expect(new URL(page.url()).hash).toBe("#forms-overdue");
    await page
      .locator("#forms-overdue")
      .getByRole("heading", { name: "Nokavētas veidlapas" })
      .waitFor();
    await page
      // The overview follows the current cohort (the suite's): its links carry it.
      .locator('[data-figure^="/relationships?phase=closed"]')
      .last()
      .getByRole("link")
      .click();
    await page.getByRole("heading", { name: "Mentoringa attiecības", level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get("phase")).toBe("closed");
    await expect
      .poll(() => page.getByRole("button", { name: /Filtrēt pēc posma/ }).textContent())
      .toContain("Noslēgtas");
  });

  it("the matching page of a new session opens the latest kept run and lists the earlier", async () => {
    const older = await client.console<Run>("/api/console/matching-runs", {
      participantIds: [ids.mentees[0], ids.mentor],
    });
    expect(older.status).toBe(201);
    const latest = await client.console<Run>("/api/console/matching-runs", {
      participantIds: [...ids.mentees, ids.mentor],
    });
    expect(latest.status).toBe(201);
    expect(latest.body.proposals).toHaveLength(2);
    expect((await runs())[0]?.runId).toBe(latest.body.runId);

    // A fresh tab: nothing in its session storage but the sign-in.
    await page.evaluate("sessionStorage.removeItem('console.matchingRun')");
    await page.goto(`${client.base}/console/matching`);
    const proposals = page.getByRole("table").filter({ hasText: "Skaidrojums" });
    for (const mentee of mentees) {
      await proposals
        .getByRole("row")
        .filter({ hasText: mentee.name })
        .waitFor({ timeout: 15_000 });
    }
    await page.locator(`[data-shown-run="${latest.body.runId}"]`).waitFor();
    expect(await page.getByText("nav palaista").count()).toBe(0);
    await checkPage("matching-latest-run");

    // The earlier run opens from the list, with its one proposal.
    const list = page.getByRole("table", { name: "Savietošanas reizes" });
    await list
      .getByRole("button", { name: /^Atvērt savietošanu/ })
      .first()
      .waitFor();
    const olderRow = list.getByRole("row").filter({
      has: page.getByRole("button", { name: /^Atvērt savietošanu/ }),
    });
    expect(await olderRow.count()).toBeGreaterThan(0);
    await page.goto(`${client.base}/console/matching?run=${older.body.runId}`);
    await page.locator(`[data-shown-run="${older.body.runId}"]`).waitFor();
    await expect.poll(() => proposals.getByRole("row").count()).toBe(2); // header + 1
    await list
      .getByRole("button", { name: /^Atvērt savietošanu/ })
      .first()
      .click();
    await page.locator(`[data-shown-run="${latest.body.runId}"]`).waitFor();
    expect(new URL(page.url()).search).toBe(`?run=${latest.body.runId}`);
  });

  it("approve all asks with the number of people to be e-mailed and says once what it did", async () => {
    const latest = (await runs())[0] as RunSummary;
    await page.goto(`${client.base}/console/matching`);
    await page.locator(`[data-shown-run="${latest.runId}"]`).waitFor();
    await page.getByRole("button", { name: "Apstiprināt visus", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Apstiprināt 2 priekšlikumus?").waitFor();
    // One mentor and two mentees: three people get the consent form.
    expect(await dialog.getByTestId("approve-all-people").textContent()).toBe(
      "Piekrišanas veidlapu pa e-pastu saņems 3 cilvēki (1 mentors un 2 mentorējamie).",
    );
    await checkPage("matching-approve-all");
    // Cancelling approves nothing.
    await dialog.getByRole("button", { name: "Atcelt" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await runs())[0]).toMatchObject({ runId: latest.runId, pending: 2, approved: 0 });

    await page.getByRole("button", { name: "Apstiprināt visus", exact: true }).click();
    await dialog.getByRole("button", { name: "Apstiprināt un nosūtīt" }).click();
    const done = page.getByTestId("approved-all");
    await done.waitFor({ timeout: 20_000 });
    expect(await done.textContent()).toBe(
      "Apstiprinājāt 2 priekšlikumus. Piekrišanas veidlapu saņēma 3 cilvēki.",
    );
    // Once: no message per proposal.
    expect(await page.getByText("Apstiprināts: attiecības sākas").count()).toBe(0);
    expect(await page.getByTestId("approved-all").count()).toBe(1);
    expect((await runs())[0]).toMatchObject({ runId: latest.runId, pending: 0, approved: 2 });
    await checkPage("matching-approved-all");
    for (const mentee of mentees) {
      await client.waitForMail(mentee.email, /please confirm|apstipriniet/i);
    }
  });

  it("fits the participants table into 1280 px and breaks no word of a header or a button", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${client.base}/console/participants`);
    const table = page.getByRole("table", { name: "Pieteikumi un dalībnieki" });
    await table.getByText(mentor.name).first().waitFor();
    // With the side navigation open: the narrower frame the table must fit.
    const navigation = page.getByRole("navigation").getByRole("link", { name: "Dalībnieki" });
    if (!(await navigation.isVisible())) {
      await page.getByRole("button", { name: "Atvērt navigāciju" }).click();
    }
    await navigation.waitFor();
    await page.waitForTimeout(300);
    expect(await overflowingTables(page)).toEqual([]);
    await checkPage("participants-1280");
    await page.getByRole("button", { name: /switch to English/ }).click();
    await page.getByRole("heading", { name: "Applications and participants" }).waitFor();
    expect(await overflowingTables(page)).toEqual([]);
    await page.getByRole("button", { name: /pārslēgt uz latviešu valodu/ }).click();
    await page.getByRole("heading", { name: "Pieteikumi un dalībnieki" }).waitFor();
    // The relationships table too, with its long Latvian state names.
    await page.goto(`${client.base}/console/relationships`);
    await page.getByRole("rowheader").first().waitFor();
    await page.waitForTimeout(300);
    expect(await overflowingTables(page)).toEqual([]);

    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [path, shown] of [
        ["/", page.getByTestId("next-steps")],
        ["/matching", page.locator("[data-shown-run]")],
        ["/participants", page.getByRole("rowheader").filter({ hasText: mentor.name })],
      ] as const) {
        await page.goto(`${client.base}/console${path}`);
        await shown.first().waitFor();
        await page.waitForTimeout(300);
        expect(await brokenWords(page), `${path} at ${width} px`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("enlarges the workflow graph so that its smallest text is at least 11 px", async () => {
    const { relationshipId } = await client.startRelationship(`${label} grafs`);
    await page.goto(`${client.base}/console/relationships/${encodeURIComponent(relationshipId)}`);
    const graph = page.getByRole("img", { name: /^Darbplūsmas grafs/ });
    await graph.waitFor({ timeout: 30_000 });
    const smallestText = () => page.evaluate<number>(SMALLEST_GRAPH_TEXT);
    if ((await smallestText()) < 11) {
      await page.getByText("Pilns izmērs (lielāks teksts)").click();
      await expect.poll(() => graph.getAttribute("data-full-size")).toBe("true");
    }
    expect(await smallestText()).toBeGreaterThanOrEqual(11);
    // The wider drawing scrolls in its frame, which the keyboard can reach.
    const frame = page.getByRole("region", { name: "Darbplūsmas grafs" });
    expect(await frame.getAttribute("tabindex")).toBe("0");
    await checkPage("graph-full-size");
    expect(pageErrors).toEqual([]);
  });
});
