import { describe, expect, inject, it } from "vitest";
import { htmlPage } from "./programme-client.js";

const base = inject("baseUrl");

describe("the first-meeting guide pages", () => {
  it("serves the conversation guide in Latvian and English, with a language switch", async () => {
    const page = await htmlPage(await fetch(`${base}/guide/conversation?lang=lv`), "lv");
    expect(page).toContain("Motivācija un enerģija (6 min)");
    expect(page).toContain('href="/guide/conversation?lang=en"');
    const en = await fetch(`${base}/guide/first-meeting`, {
      headers: { "accept-language": "en-GB,en;q=0.8" },
    });
    expect(en.status).toBe(200);
    expect(await en.text()).toContain("The first meeting with your mentor");
  });

  it("an unknown guide is a 404 page that lists the guides, never a 500", async () => {
    const response = await fetch(`${base}/guide/%3Cscript%3E?lang=en`);
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).not.toContain("<script>");
    expect(page).toContain('href="/guide/first-meeting?lang=en"');
  });
});
