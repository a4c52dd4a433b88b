import { describe, expect, inject, it } from "vitest";
import { validMentee } from "../fixtures/applications.js";
import { programmeClient } from "./programme-client.js";

/**
 * The attacker's bodies against the running local system, over HTTP: names every
 * JavaScript object inherits on every public form route, and line breaks in a name.
 */
const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));

const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty"];
const poisoned = (extra: Record<string, string> = {}) => {
  const form = new URLSearchParams(extra);
  for (const name of INHERITED) form.append(name, "x");
  return form.toString();
};

const postForm = async (path: string, body: string) => {
  const response = await fetch(new URL(path, client.base), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
    redirect: "manual",
  });
  return { status: response.status, html: await response.text() };
};

describe("attacker: inherited field names on every public form route", () => {
  it("/apply, /api/applications, /f/{link} and /link-requests answer 4xx or a form page", async () => {
    const { mentee } = await client.startRelationship("E2E lauku nosaukumi");
    const link = client.formLink(
      await client.waitForMail(mentee.email, /please confirm|apstipriniet/),
    );
    const token = link.split("/f/")[1] ?? "";

    // Each answer is the page a person would get for an empty post: the role choice, the
    // form with its errors, or (a link that still works) the way back to the form.
    for (const [path, body, status, page] of [
      ["/apply?lang=en", poisoned(), 400, "I want a mentor"],
      ["/apply?lang=en", poisoned({ role: "mentee" }), 400, 'id="f-name-error"'],
      ["/link-requests?lang=en", poisoned(), 400, "<form"],
      ["/link-requests?lang=en", poisoned({ link: token }), 303, ""],
      [`/f/${token}`, poisoned(), 400, 'id="f-decision-error"'],
    ] as const) {
      const answer = await postForm(path, body);
      expect(answer.status, `${path} ${body}`).toBe(status);
      expect(answer.html, path).toContain(page);
    }
    // The form is still open: the poisoned post was a 400 with the form, not an answer.
    expect((await client.postForm(link, { decision: "accept" })).status).toBe(200);

    for (const name of INHERITED) {
      const body = JSON.stringify(validMentee()).replace(/^\{/, `{"${name}":{"polluted":true},`);
      const response = await fetch(`${client.base}/api/applications`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { issues: { path: string }[] };
      expect(problem.issues.map((issue) => issue.path)).toEqual([name]);
    }
  });

  it("a name with CR LF is refused at `name` and leaves no participant behind", async () => {
    const application = validMentee({ name: "Līga Bērziņa\r\nBcc: visi@example.lv" });
    const response = await fetch(`${client.base}/api/applications?lang=lv`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "lv" },
      body: JSON.stringify(application),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(problem.issues).toEqual([
      expect.objectContaining({
        path: "name",
        message: "Ierakstiet tekstu vienā rindā, bez rindiņu pārnesumiem un vadības rakstzīmēm.",
      }),
    ]);
    expect(await client.mailTo(application.email)).toEqual([]);
  });
});
