import { mkdirSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

/**
 * The console's browser tests' one set-up: Debian's Chromium through playwright-core, one
 * page in a Latvian, Riga-time context (the console's CSP bypassed for axe-core only), the
 * app's uncaught errors collected, axe-core checks and numbered screenshots. `consoleBrowser`
 * registers its own beforeAll and afterAll: call it at the top of a test file, before the
 * file's own hooks, which then find the page open.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = join("test-results", "screenshots");

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

export interface ConsoleBrowser {
  /** The page, open from the file's first beforeAll on. */
  readonly page: Page;
  /** Uncaught errors in the app: there must be none. */
  readonly pageErrors: string[];
  /** axe-core in the page: 0 violations, else each with its elements. */
  expectNoViolations(name: string): Promise<void>;
  /** Follows a link of the side navigation (Cloudscape folds it away when the content is wide). */
  openFromNavigation(name: string): Promise<void>;
  /** A full-page screenshot `<prefix>NN-<name>.png` and the axe check of the page as it is now. */
  checkPage(name: string): Promise<string>;
}

export function consoleBrowser(options: {
  /** How the screenshots of `checkPage` begin: "console-", "console-data-". */
  screenshotPrefix?: string;
  /** Over the defaults: 1280×900, lv-LV, Europe/Riga, the CSP bypassed. */
  context?: BrowserContextOptions;
  /** Signed in with this token (and Latvian chosen) before the first page loads. */
  signedInWith?: string;
}): ConsoleBrowser {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let shot = 0;
  const pageErrors: string[] = [];
  const open = () => {
    if (!page) throw new Error("the console's browser page is not open yet");
    return page;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM });
    context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
      locale: "lv-LV",
      timezoneId: "Europe/Riga",
      ...options.context,
    });
    if (options.signedInWith !== undefined) {
      // Signed in: the console keeps the coordinator's token in sessionStorage.
      await context.addInitScript((value) => {
        const web = globalThis as unknown as {
          sessionStorage: { setItem(key: string, value: string): void };
          localStorage: { setItem(key: string, value: string): void };
        };
        web.sessionStorage.setItem("console.token", value);
        web.localStorage.setItem("console.language", "lv");
      }, options.signedInWith);
    }
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const expectNoViolations = async (name: string) => {
    const current = open();
    await current.addScriptTag({ content: axe.source });
    const violations: Violation[] = await current.evaluate(async () => {
      const run = (globalThis as unknown as { axe: typeof axe }).axe.run;
      const results = await run({ resultTypes: ["violations"] });
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((node) => ({ target: node.target.map(String), html: node.html })),
      }));
    });
    const report = violations
      .map(
        (v) =>
          `${v.id} on ${name}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")} ${n.html}`).join("\n")}`,
      )
      .join("\n");
    expect(report).toBe("");
  };

  return {
    get page() {
      return open();
    },
    pageErrors,
    expectNoViolations,
    async openFromNavigation(name) {
      const current = open();
      const link = current.getByRole("navigation").getByRole("link", { name }).first();
      if (!(await link.isVisible())) {
        await current.getByRole("button", { name: /Atvērt navigāciju|Open navigation/ }).click();
      }
      await link.click();
    },
    async checkPage(name) {
      const current = open();
      // Let Cloudscape finish its transitions before the picture and the check.
      await current.waitForTimeout(300);
      const prefix = options.screenshotPrefix ?? "console-";
      const path = join(SCREENSHOTS, `${prefix}${String(++shot).padStart(2, "0")}-${name}.png`);
      await current.screenshot({ path, fullPage: true });
      await expectNoViolations(name);
      return path;
    },
  };
}
