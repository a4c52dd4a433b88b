import { SESv2ServiceException } from "@aws-sdk/client-sesv2";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { extractLinks, startSesLocal } from "../../infra/local/start-ses-local.js";
import { MemoryOutbox } from "../../shared/adapters/memory/memory-outbox.js";
import { SesMailer } from "../../shared/adapters/ses/ses-mailer.js";
import { sessionInviteAttachment } from "../../shared/calendar/session-invites.js";
import type { OutgoingMail } from "../../shared/ports/mailer.js";
import { useSesLocal } from "./ses-local.js";

const FROM = "Mentoringa programma <mentori@example.lv>";
const CONFIRM = "https://mentori.example.lv/f/abc123?lang=lv&x=1";
const DECLINE = "https://mentori.example.lv/f/def456";

const ses = useSesLocal();

/** Each test writes to its own recipient, so the shared mailbox needs no clearing. */
function latvianMail(to: string, key: string): OutgoingMail {
  return {
    to,
    key,
    subject: "Mentoringa sesija: ā č ē ģ ī ķ ļ ņ š ū ž",
    text: [
      "Labdien, Ķēniņš Žūriņš!",
      `Lūdzu, apstipriniet dalību: ${CONFIRM}`,
      `Vai atsakieties (${DECLINE}).`,
      "ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž",
    ].join("\n"),
    html:
      "<p>Labdien, Ķēniņš Žūriņš!</p>" +
      `<p><a href="${CONFIRM.replace("&", "&amp;")}">Apstiprināt</a> vai ` +
      `<a href='${DECLINE}'>atteikties</a>.</p><p>ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž</p>`,
    links: [CONFIRM, DECLINE],
  };
}

const mailTo = (to: string) => ses.mailTo(to);

/** The one mail that reached `mail.to`: the one sent, as it was sent. */
async function expectDeliveredOnce(mail: OutgoingMail, messageId: string, more: object = {}) {
  const [stored, ...rest] = await mailTo(mail.to);
  expect(rest).toEqual([]);
  expect(stored).toMatchObject({
    messageId,
    to: [mail.to],
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    links: [CONFIRM, DECLINE],
    ...more,
  });
  return stored;
}

describe("SesMailer on aws-ses-v2-local", () => {
  it("sends a Latvian message that arrives with its diacritics, recipient and links intact", async () => {
    const outbox = new MemoryOutbox();
    const mailer = new SesMailer(ses.client, { from: FROM, outbox });
    const mail = latvianMail("anna.berzina@example.gov.lv", "consent#r1#mentee");

    const result = await mailer.send(mail);

    expect(result.duplicate).toBe(false);
    expect(result.messageId).not.toBe("");
    expect(outbox.get(mail.key)?.messageId).toBe(result.messageId);
    const stored = await expectDeliveredOnce(mail, result.messageId);
    expect(Date.parse(stored?.sentAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("sends the same key once: the second call answers duplicate and sends nothing", async () => {
    const mailer = new SesMailer(ses.client, { from: FROM, outbox: new MemoryOutbox() });
    const mail = latvianMail("janis.ozols@example.gov.lv", "reminder#r2#week3");

    const first = await mailer.send(mail);
    const second = await mailer.send({ ...mail, subject: "Cits temats" });

    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ duplicate: true, messageId: "" });
    const stored = await mailTo(mail.to);
    expect(stored.map((m) => m.messageId)).toEqual([first.messageId]);
  });

  it("sends exactly one message for 20 concurrent sends with one key", async () => {
    const mailer = new SesMailer(ses.client, { from: FROM, outbox: new MemoryOutbox() });
    const mail = latvianMail("liga.kalnina@example.gov.lv", "closure#r3");

    const results = await Promise.all(Array.from({ length: 20 }, () => mailer.send(mail)));

    const sent = results.filter((result) => !result.duplicate);
    expect(sent).toHaveLength(1);
    expect(results.filter((result) => result.duplicate)).toHaveLength(19);
    const stored = await mailTo(mail.to);
    expect(stored.map((m) => m.messageId)).toEqual([sent[0]?.messageId]);
  });

  it("gives the key back when SES refuses the message, so a retry sends it", async () => {
    const outbox = new MemoryOutbox();
    const mail = latvianMail("peteris.liepa@example.gov.lv", "consent#r4#mentor");
    // aws-ses-v2-local answers 400 to a message without a sender.
    const refused = new SesMailer(ses.client, { from: "", outbox });
    await expect(refused.send(mail)).rejects.toBeInstanceOf(SESv2ServiceException);
    expect(outbox.get(mail.key)).toBeUndefined();

    const retried = await new SesMailer(ses.client, { from: FROM, outbox }).send(mail);
    expect(retried.duplicate).toBe(false);
    expect((await mailTo(mail.to)).map((m) => m.messageId)).toEqual([retried.messageId]);
  });
});

describe("SesMailer with attachments (a MIME message through Raw content)", () => {
  const invite = sessionInviteAttachment({
    relationshipId: "rel_0000invite",
    session: {
      number: 2,
      startsAt: "2026-06-09T13:00:00+03:00",
      endsAt: "2026-06-09T14:00:00+03:00",
    },
    sequence: 0,
    status: "confirmed",
    organizer: { name: "Mentoringa programma", email: "mentori@example.lv" },
    attendees: [{ name: "Ķēniņš Žūriņš", email: "kenins.zurins@example.gov.lv" }],
    title: { lv: "Mentoringa tikšanās 2", en: "Mentoring session 2" },
    description: { lv: "Otrā tikšanās: mērķu pārskats.", en: "Second session: the goals." },
    language: "lv",
    stampedAt: "2026-06-01T08:00:00Z",
  });

  it("sends a mail with an .ics invite that arrives with its subject, text, links and the attachment", async () => {
    const outbox = new MemoryOutbox();
    const mailer = new SesMailer(ses.client, { from: FROM, outbox });
    const mail = {
      ...latvianMail("kenins.zurins@example.gov.lv", "invite#r5#session-2#0"),
      attachments: [invite],
    };

    const result = await mailer.send(mail);

    expect(result.duplicate).toBe(false);
    expect(outbox.get(mail.key)?.messageId).toBe(result.messageId);
    await expectDeliveredOnce(mail, result.messageId, {
      attachments: [{ filename: "invite.ics", contentType: "text/calendar" }],
    });

    // The stand-in keeps the attachment's bytes too: they are the invite, still parsable.
    const store = (await (await fetch(`${ses.endpoint}/store`)).json()) as {
      emails: { messageId: string; attachments: { content: string }[] }[];
    };
    const raw = store.emails.find((email) => email.messageId === result.messageId);
    const content = Buffer.from(raw?.attachments[0]?.content ?? "", "base64").toString("utf8");
    expect(content).toBe(invite.content);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.summary).toBe("Mentoringa tikšanās 2");
    expect(event.uid).toBe("rel_0000invite-session-2@mentoring.local");

    // The idempotency key holds on this path too.
    expect(await mailer.send(mail)).toEqual({ duplicate: true, messageId: "" });
    expect((await mailTo(mail.to)).map((m) => m.messageId)).toEqual([result.messageId]);
  });

  it("lists no attachments for a simple message", async () => {
    const mailer = new SesMailer(ses.client, { from: FROM, outbox: new MemoryOutbox() });
    const mail = { ...latvianMail("ilze.vitola@example.gov.lv", "plain#r6"), attachments: [] };
    await mailer.send(mail);
    const [stored] = await mailTo(mail.to);
    expect(stored?.attachments).toEqual([]);
    expect(stored?.subject).toBe(mail.subject);
  });

  it("does not use up the key when the message cannot be built", async () => {
    const outbox = new MemoryOutbox();
    const mailer = new SesMailer(ses.client, { from: FROM, outbox });
    const mail = {
      ...latvianMail("maris.kalns@example.gov.lv", "invite#r7"),
      attachments: [{ ...invite, filename: "invite.ics\r\nBcc: x@example.lv" }],
    };
    await expect(mailer.send(mail)).rejects.toThrow(/line break/);
    expect(outbox.get(mail.key)).toBeUndefined();
    expect(await mailTo(mail.to)).toEqual([]);

    const sent = await mailer.send({ ...mail, attachments: [invite] });
    expect(sent.duplicate).toBe(false);
  });

  it("gives the key back when SES refuses the raw message, so a retry sends it", async () => {
    const outbox = new MemoryOutbox();
    const mail = {
      ...latvianMail("laura.egle@example.gov.lv", "invite#r8"),
      attachments: [invite],
    };
    // Without a From header aws-ses-v2-local answers 400 to a raw message.
    await expect(new SesMailer(ses.client, { from: "", outbox }).send(mail)).rejects.toBeInstanceOf(
      SESv2ServiceException,
    );
    expect(outbox.get(mail.key)).toBeUndefined();

    const retried = await new SesMailer(ses.client, { from: FROM, outbox }).send(mail);
    expect((await mailTo(mail.to)).map((m) => m.messageId)).toEqual([retried.messageId]);
  });
});

describe("startSesLocal and listLocalMail", () => {
  it("refuses a second server in the same process, whose mailbox would be shared", async () => {
    await expect(startSesLocal()).rejects.toThrow(/already running/);
  });

  it("finds links in prose and in href attributes, each once, first seen first", () => {
    const text =
      "Forma: https://a.lv/f/1. Vēlreiz https://a.lv/f/1, tad (skat. https://a.lv/f/2) un " +
      "https://lv.wikipedia.org/wiki/Rīga_(pilsēta) vai ftp://nav.lv/x";
    const html =
      '<a href="https://a.lv/f/3?x=1&amp;y=2">x</a> <a HREF=https://a.lv/f/4>y</a> ' +
      '<a href="mailto:koordinators@example.lv">z</a> <a href="https://a.lv/f/2">w</a>';
    expect(extractLinks(text, html)).toEqual([
      "https://a.lv/f/1",
      "https://a.lv/f/2",
      "https://lv.wikipedia.org/wiki/Rīga_(pilsēta)",
      "https://a.lv/f/3?x=1&y=2",
      "https://a.lv/f/4",
    ]);
    expect(extractLinks("", "")).toEqual([]);
  });
});
