import { describe, expect, inject, it } from "vitest";
import { PROPOSAL_WITHIN_DAYS } from "../../shared/domain/confirm-application.js";
import { formatRigaDayUntil } from "../../shared/schemas/form-answers.js";
import { toFormBody, uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import {
  APPLIED_AGAIN_MAIL,
  CONFIRMATION_MAIL,
  participantIdOf,
  programmeClient,
} from "./programme-client.js";

// A stranger applies with someone else's address, or probes whether a named person has
// applied: every answer is the same, only the address's mailbox learns anything.

const base = inject("baseUrl");
const client = programmeClient(base, inject("coordinatorToken"));

const postForm = async (body: string) => {
  const response = await fetch(`${base}/apply?lang=lv`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
};
const postJson = async (body: unknown) => {
  const response = await fetch(`${base}/api/applications`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
};

interface Listed {
  participantId: string;
  email: string;
  confirmation: string;
  confirmBy?: string;
}
const listed = async (participantId: string) =>
  (await client.console<{ items: Listed[] }>("/api/console/participants")).body.items.find(
    (p) => p.participantId === participantId,
  );

describe("every application gets the same answer", () => {
  it("HTML: a new, an unconfirmed and a confirmed address get byte-identical pages", async () => {
    const application = validMentee();
    const form = toFormBody(application);
    const asNew = await postForm(form);
    const link = client.confirmationLink(
      await client.waitForMail(application.email, CONFIRMATION_MAIL),
    );
    const asUnconfirmed = await postForm(form);
    expect((await client.confirm(link)).status).toBe(200);
    const asConfirmed = await postForm(form);
    // And a stranger's address that never applied: the same again.
    const other = await postForm(toFormBody(validMentee()));

    expect(asNew.status).toBe(202);
    for (const answer of [asUnconfirmed, asConfirmed, other]) {
      expect(answer.status).toBe(asNew.status);
      expect(answer.body).toBe(asNew.body);
      expect(answer.headers.get("content-type")).toBe(asNew.headers.get("content-type"));
    }
    expect(asNew.body).toContain("<h1>Pārbaudiet savu e-pastu</h1>");
    expect(asNew.body).not.toContain(application.email);
  });

  it("JSON: the same status and the same body, with no participant id to tell them apart", async () => {
    const application = validMentor();
    const asNew = await postJson(application);
    const link = client.confirmationLink(
      await client.waitForMail(application.email, CONFIRMATION_MAIL),
    );
    const asUnconfirmed = await postJson({
      ...application,
      email: application.email.toUpperCase(),
    });
    await client.confirm(link);
    const asConfirmed = await postJson(application);
    expect(asNew.status).toBe(202);
    expect(JSON.parse(asNew.body)).toEqual({
      status: "check_mailbox",
      message: { lv: expect.any(String), en: expect.any(String) },
    });
    for (const answer of [asUnconfirmed, asConfirmed]) {
      expect(answer.status).toBe(202);
      expect(answer.body).toBe(asNew.body);
    }
  });
});

describe("the address's owner is told, and nobody else", () => {
  it("a repeat of an unconfirmed address mails its link again; of a confirmed one, its status", async () => {
    const application = validMentee({ name: "Anna Kalniņa", email: uniqueEmail("anna") });
    const link = await client.applyUnconfirmed(application);
    // A stranger applies with Anna's address, under another name.
    await postJson({ ...application, name: "Svešinieks Citādais" });
    const again = await client.waitForMail(application.email, APPLIED_AGAIN_MAIL);
    expect(again.subject).toBe("Ar jūsu e-pasta adresi vēlreiz iesniegts pieteikums");
    expect(again.links).toContain(link);
    for (const mail of await client.mailTo(application.email)) {
      expect(mail.text).not.toContain("Svešinieks");
      expect(mail.text).not.toContain(application.name);
      expect(mail.text).not.toContain(application.institutionName);
    }

    expect((await client.confirm(link)).status).toBe(200);
    await postJson(application);
    const status = await client.waitForMail(application.email, APPLIED_AGAIN_MAIL, 2);
    expect(status.links.some((l) => l.includes("/confirm/"))).toBe(false);
    expect(status.text).toContain("jūsu pieteikums jau ir apstiprināts");
    expect(status.text).toContain("gaida savietošanu");
  });

  it("opening the link (GET, as a mail scanner does) confirms nothing; the button does", async () => {
    const application = validMentee();
    const link = await client.applyUnconfirmed(application);
    const id = participantIdOf(link);
    for (let i = 0; i < 3; i++) {
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Apstiprināt pieteikumu</button>");
    }
    expect(await listed(id)).toMatchObject({
      confirmation: "unconfirmed",
      confirmBy: expect.any(String),
    });
    expect((await client.confirm(link)).status).toBe(200);
    expect(await listed(id)).toMatchObject({ confirmation: "confirmed" });
    const twice = await client.confirm(link);
    expect(twice.status).toBe(410);
    expect(twice.html).toContain("<h1>Pieteikums jau ir apstiprināts</h1>");
  });

  it("confirming shows what happens next with a date, and e-mails one receipt of what was received", async () => {
    const application = validMentor({ email: uniqueEmail("receipt"), language: "lv" });
    const link = await client.applyUnconfirmed(application);
    const confirmed = await client.confirm(link);
    expect(confirmed.status).toBe(200);
    const by = formatRigaDayUntil(
      new Date(Date.parse((await client.clock()).now) + PROPOSAL_WITHIN_DAYS * 86_400_000),
      "lv",
    );
    expect(confirmed.html).toContain(`līdz ${by} jums piedāvās mentoringa sadarbību`);
    const receipt = await client.waitForMail(application.email, /ir saņemts|we have your/i);
    expect(receipt.text).toContain(`līdz ${by}`);
    for (const received of [application.name, application.organisation, "mentorēt"])
      expect(receipt.text).toContain(received);
    // No free text of the application in the mail, and no codes.
    expect(receipt.text).not.toContain(application.expertiseDescription);
    expect(receipt.text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    // A second press changes nothing and sends no second receipt.
    expect((await client.confirm(link)).status).toBe(410);
    await new Promise((r) => setTimeout(r, 300));
    const receipts = (await client.mailTo(application.email)).filter((m) =>
      /ir saņemts|we have your/i.test(m.subject),
    );
    expect(receipts).toHaveLength(1);
  });

  it("a tampered link is a readable 404 page", async () => {
    const link = await client.applyUnconfirmed(validMentee());
    const tampered = `${link.slice(0, -3)}AAA`;
    const page = await fetch(tampered);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("<h1>Saite nav derīga</h1>");
    expect((await client.confirm(tampered)).status).toBe(404);
  });
});

describe("only confirmed applicants count", () => {
  it("unconfirmed applicants do not enter a matching run", async () => {
    const menteeLink = await client.applyUnconfirmed(
      validMentee({ preferredFormats: ["individual"] }),
    );
    const mentorLink = await client.applyUnconfirmed(
      validMentor({ formats: ["individual"], capacity: 2, organisation: "Nepārbaudīts SIA" }),
    );
    const ids = [participantIdOf(menteeLink), participantIdOf(mentorLink)];
    const run = (participantIds: string[]) =>
      client.console<{
        proposals: { mentorId: string; menteeIds: string[] }[];
        unplaced: unknown[];
      }>("/api/console/matching-runs", { participantIds, minimumScore: 0 });
    const before = await run(ids);
    expect(before.status).toBe(201);
    expect(before.body.proposals).toEqual([]);
    expect(before.body.unplaced).toEqual([]);
    await client.confirm(menteeLink);
    await client.confirm(mentorLink);
    const after = await run(ids);
    expect(after.body.proposals.map((p) => [p.mentorId, p.menteeIds])).toEqual([
      [ids[1], [ids[0]]],
    ]);
  });

  it("unconfirmed applicants are not counted in the figures", async () => {
    type Figures = { tables: { name: string; rows: unknown[] }[] };
    const figures = async () => (await client.console<Figures>("/api/console/figures")).body.tables;
    const before = await figures();
    const links: string[] = [];
    for (let i = 0; i < 3; i++)
      links.push(
        await client.applyUnconfirmed(validMentee({ institutionType: "planning_region" })),
      );
    expect(await figures()).toEqual(before);
    for (const link of links) await client.confirm(link);
    const after = await figures();
    type Row = { code: string; applied: { value: number | null; hidden: boolean } };
    const applied = (tables: Awaited<ReturnType<typeof figures>>) =>
      ((tables.find((t) => t.name === "by-institution-type")?.rows ?? []) as Row[]).find(
        (r) => r.code === "planning_region",
      )?.applied;
    const was = applied(before);
    // A group of 1 or 2 is hidden: then only "at least the three now confirmed" is known.
    if (was?.value === null) expect(applied(after)?.value).toBeGreaterThanOrEqual(3);
    else expect(applied(after)?.value).toBe((was?.value ?? 0) + 3);
  });
});
