import { describe, expect, inject, it } from "vitest";
import { CLOSURE, planFields, programmeClient, REFLECTION } from "./programme-client.js";

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const ACCEPT = { decision: "accept" };

describe("certificates over HTTP", () => {
  it("a closed relationship's certificate is confirmed by its public page, without private data", async () => {
    const { relationshipId, mentee, mentor } = await client.startRelationship("E2E sertifikāts");
    for (const person of [mentee.email, mentor.email]) {
      const answer = await client.answer(person, /please confirm|apstipriniet/, ACCEPT);
      expect(answer.status).toBe(200);
    }
    const now = (await client.clock()).now;
    expect((await client.answer(mentor.email, /plan/i, planFields(now, 1))).status).toBe(200);
    await client.waitForPhase(relationshipId, "learning");
    await client.advance("P6D");
    for (const person of [mentee.email, mentor.email]) {
      const answer = await client.answer(person, /session 1 go|1\. tikšanās reizē/, REFLECTION);
      expect(answer.status).toBe(200);
    }
    for (const person of [mentee.email, mentor.email]) {
      expect((await client.answer(person, /Clos|noslēgums/, CLOSURE)).status).toBe(200);
    }

    // The mentee's certificate e-mail links the verification page.
    const mail = await client.waitForMail(mentee.email, /sertifikāts|certificate/);
    const link = mail.links.find((l) => l.includes("/certificates/cert_"));
    if (!link) throw new Error("no verification link in the certificate e-mail");
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("<h1>Sertifikāts ir īsts</h1>");
    expect(html).toContain("Līga Bērziņa");
    expect(html).toContain("Sertifikāts par mentoringa programmas pabeigšanu");
    // Nothing private: neither address, nor the partner, nor what they wrote.
    expect(html).not.toContain(mentee.email);
    expect(html).not.toContain(mentor.email);
    expect(html).not.toContain("Jānis Ozoliņš");
    expect(html).not.toContain(REFLECTION.mostValuable);

    // The same page in English, chosen by the query or by the browser's language.
    const certificatePath = new URL(link).pathname;
    const english = await fetch(`${client.base}${certificatePath}?lang=en`);
    expect(await english.text()).toContain("<h1>This certificate is genuine</h1>");
    const byBrowser = await fetch(`${client.base}${certificatePath}`, {
      headers: { "accept-language": "en-GB,en;q=0.9" },
    });
    expect(await byBrowser.text()).toContain("<h1>This certificate is genuine</h1>");
  });

  it("an unknown or malformed id gets the 'not found' page with 404, never a 500", async () => {
    for (const id of [
      "cert_00000000000000000000000000",
      "not-a-certificate",
      encodeURIComponent("<script>alert(1)</script>"),
      "x".repeat(500),
    ]) {
      const page = await fetch(`${client.base}/certificates/${id}`);
      expect(page.status, id).toBe(404);
      const html = await page.text();
      expect(html).toContain("<h1>Sertifikāts nav atrasts</h1>");
      expect(html).not.toContain("<script>");
    }
  });
});
