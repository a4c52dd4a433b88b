import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ROUTES } from "../../../infra/routes.js";
import { planFields, programmeClient, REFLECTION } from "../programme-client.js";
import { consoleBrowser, SCREENSHOTS } from "./console-browser.js";

/**
 * What participants write in reflections stays between them: after one shared and one
 * private reflection, every GET route of the console API (lists and this relationship's
 * detail) is read whole and the private text appears nowhere, while the shared one does;
 * the console's detail page shows the ratings, the rating trend and the shared text only.
 */

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const token = inject("coordinatorToken");
const stamp = Date.now().toString(36);
const PRIVATE = `privāti-${stamp}`;
const SHARED = `dalīts-${stamp}`;

const ui = consoleBrowser({ signedInWith: token });

describe("reflection text reaches the coordinator only when shared", () => {
  // Consent, plan, one session and two reflections on the local runtime: longer than most.
  it("no console route returns unshared text; the detail page shows only the shared", {
    timeout: 180_000,
  }, async () => {
    const { relationshipId, mentee, mentor } = await client.startRelationship("Konfidenciāli");
    for (const person of [mentee.email, mentor.email]) {
      const consent = { decision: "accept" };
      expect((await client.answer(person, /please confirm|apstipriniet/, consent)).status).toBe(
        200,
      );
    }
    const now = (await client.clock()).now;
    expect((await client.answer(mentor.email, /plan/i, planFields(now, 2))).status).toBe(200);
    await client.waitForPhase(relationshipId, "learning");
    // Two sessions, so the rating trend has a line to draw.
    for (const session of [1, 2]) {
      await client.advance(session === 1 ? "P6D" : "P14D");
      const answers = [
        { email: mentee.email, fields: { ...REFLECTION, valueRating: "6", mostValuable: PRIVATE } },
        {
          email: mentor.email,
          fields: { ...REFLECTION, mostValuable: SHARED, shareWithCoordinator: "yes" },
        },
      ];
      for (const { email, fields } of answers) {
        const subject = new RegExp(`session ${session} go|${session}\\. tikšanās reizē`);
        expect((await client.answer(email, subject, fields)).status).toBe(200);
      }
      await client.waitFor(`the ratings of session ${session}`, async () => {
        const r = await client.relationship(relationshipId);
        return (r.ratings as unknown[]).length === session * 2;
      });
    }

    // Every GET route of the console, read whole.
    const outputs: string[] = [];
    for (const route of ROUTES.filter((r) => r.coordinator && r.method === "GET")) {
      const paths = route.path.includes("{relationshipId}")
        ? [route.path.replace("{relationshipId}", relationshipId)]
        : route.path.includes("{")
          ? []
          : route.path.endsWith("/escalations")
            ? [route.path, `${route.path}?status=open`, `${route.path}?status=decided`]
            : [route.path];
      for (const path of paths) {
        const response = await client.console<unknown>(path);
        expect(response.status, path).toBe(200);
        outputs.push(JSON.stringify(response.body));
      }
    }
    const everything = outputs.join("\n");
    expect(everything).toContain(SHARED);
    expect(everything).not.toContain(PRIVATE);

    // The console's detail page: ratings, trend and the shared text; never the private one.
    const { page } = ui;
    await page.goto(`${client.base}/console/relationships/${relationshipId}`);
    await page.getByRole("heading", { name: "Vērtējumu tendence" }).waitFor();
    await page.getByText(SHARED).first().waitFor();
    await page.getByRole("heading", { name: "Vērtējumi (1–10)" }).waitFor();
    expect(await page.getByText("Nav dalītas").count()).toBe(2);
    expect(await page.content()).not.toContain(PRIVATE);
    await page.screenshot({
      path: join(SCREENSHOTS, "console-relationship-ratings.png"),
      fullPage: true,
    });
    await ui.expectNoViolations("relationship-ratings");
  });
});
