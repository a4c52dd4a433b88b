import { describe, expect, inject, it } from "vitest";
import { programmeClient } from "./programme-client.js";

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));

interface LinkRequestView {
  requestId: string;
  problem: string;
  formId?: string;
  participantEmail?: string;
  email?: string;
  note?: string;
}

const ask = (fields: Record<string, string>, lang = "en") =>
  fetch(`${client.base}/link-requests?lang=${lang}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });

const openRequests = async () =>
  (await client.console<{ items: LinkRequestView[] }>("/api/console/link-requests")).body.items;

describe("asking for a new link", () => {
  it("an answered link's page offers a new link; the request reaches the coordinator once", async () => {
    const { mentee, mentor } = await client.startRelationship("E2E jauna saite");
    const link = client.formLink(
      await client.waitForMail(mentee.email, /please confirm|apstipriniet/),
    );
    expect((await client.postForm(link, { decision: "accept" })).status).toBe(200);

    const page = await fetch(`${link}?lang=lv`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain("Lūgt jaunu saiti");
    expect(html).toContain('action="/link-requests?lang=lv"');
    const token = link.split("/f/")[1] ?? "";
    expect(html).toContain(`name="link" value="${token}"`);

    const first = await ask({ link: token, email: "", note: "Vēlos labot atbildi" });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("The coordinator has your request");
    const again = await ask({ link: token, email: "", note: "Vēlreiz" });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("already reached the coordinator");

    const mine = (await openRequests()).filter((r) => r.participantEmail === mentee.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ problem: "answered", note: "Vēlos labot atbildi" });

    // A link that still works sends the person back to the form, asking nothing.
    const mentorLink = client.formLink(
      await client.waitForMail(mentor.email, /please confirm|apstipriniet/),
    );
    const open = await ask({ link: mentorLink.split("/f/")[1] ?? "", email: "" });
    expect(open.status).toBe(303);
    expect(open.headers.get("location")).toMatch(/^\/f\//);
  });

  it("an unrecognised link needs an address; bad input is a 400 page next to the field and keeps nothing", async () => {
    const before = (await openRequests()).length;
    const tampered = "f_nothing.AAAA";
    const page = await fetch(`${client.base}/f/${tampered}?lang=en`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Ask for a new link");

    const missing = await ask({ link: tampered, email: "" });
    expect(missing.status).toBe(400);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain('aria-invalid="true"');
    expect(missingHtml).toContain("does not tell us who you are");

    const wrong = await ask({ link: tampered, email: "nav-adrese", note: "x" }, "lv");
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('<html lang="lv">');
    expect(wrongHtml).toContain('value="nav-adrese"');
    expect((await openRequests()).length).toBe(before);

    const email = `jauna.saite.${Date.now()}@example.lv`;
    expect((await ask({ link: tampered, email, note: "Saite nedarbojas" })).status).toBe(200);
    const found = (await openRequests()).filter((r) => r.email === email);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ problem: "unknown", note: "Saite nedarbojas" });
    expect(found[0]?.formId).toBeUndefined();
  });

  it("the coordinator's list needs the token", async () => {
    expect((await fetch(`${client.base}/api/console/link-requests`)).status).toBe(401);
  });
});
