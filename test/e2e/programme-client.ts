import { connect } from "node:net";
import { expect } from "vitest";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { postedPlan, rigaLocal } from "../fixtures/form-answers.js";
import { pollUntil } from "../fixtures/poll.js";

export interface Mail {
  messageId: string;
  to: string[];
  subject: string;
  /** The plain-text part. */
  text: string;
  links: string[];
  sentAt: string;
  attachments?: { filename: string; contentType: string }[];
}

/** The subject of the confirmation e-mail of an application, in Latvian or English. */
export const CONFIRMATION_MAIL = /gaida apstiprinājumu|awaits confirmation/;
/** The e-mail to an address that has applied before. */
export const APPLIED_AGAIN_MAIL =
  /vēlreiz iesniegts pieteikums|applied with your e-mail address again/;

/** The participant a confirmation link belongs to (`/confirm/<participantId>.<signature>`). */
export function participantIdOf(link: string): string {
  const id = /\/confirm\/(p_[0-9a-z]+)\./.exec(link)?.[1];
  if (!id) throw new Error(`not a confirmation link: ${link}`);
  return id;
}

/** Drives the local system over HTTP only, as participants and a coordinator would. */
export function programmeClient(base: string, token: string) {
  const coordinator = { authorization: `Bearer ${token}` };
  const client = {
    base,
    /**
     * Applies as a person does: the application, then the confirmation link from the
     * mailbox, posted. Only a confirmed applicant is matched and counted. Its id.
     */
    async apply(body: { email: string }): Promise<string> {
      const link = await client.applyUnconfirmed(body);
      const confirmed = await client.confirm(link);
      expect(confirmed.status).toBe(200);
      return participantIdOf(link);
    },
    /** Applies and confirms nothing: the confirmation link the address got. */
    async applyUnconfirmed(body: { email: string }): Promise<string> {
      const response = await fetch(`${base}/api/applications`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(202);
      return client.confirmationLink(await client.waitForMail(body.email, CONFIRMATION_MAIL));
    },
    confirmationLink(mail: Mail): string {
      const link = mail.links.find((l) => l.includes("/confirm/"));
      if (!link) throw new Error(`no confirmation link in ${mail.subject}`);
      return link;
    },
    /** Presses the button of the confirmation page (a POST of the link). */
    async confirm(link: string) {
      return client.postForm(link, { confirm: "yes" });
    },
    async console<T>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
      const response = await fetch(`${base}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers:
          body === undefined ? coordinator : { ...coordinator, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    async mailTo(email: string): Promise<Mail[]> {
      const response = await fetch(`${base}/local/mail?to=${encodeURIComponent(email)}`, {
        headers: coordinator,
      });
      return ((await response.json()) as { items: Mail[] }).items;
    },
    async waitForMail(
      email: string,
      subject: RegExp,
      count = 1,
      timeoutMs = 20_000,
    ): Promise<Mail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await client.mailTo(email)).filter((mail) => subject.test(mail.subject));
        if (found.length >= count) return found.at(-1) as Mail;
        if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${email}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    formLink(mail: Mail): string {
      const link = mail.links.find((l) => l.includes("/f/"));
      if (!link) throw new Error(`no form link in ${mail.subject}`);
      return link;
    },
    async postForm(link: string, fields: Record<string, string>) {
      const response = await fetch(link, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields).toString(),
      });
      return { status: response.status, html: await response.text() };
    },
    /** Answers the form behind the newest mail to `email` whose subject matches. */
    async answer(email: string, subject: RegExp, fields: Record<string, string>) {
      return client.postForm(client.formLink(await client.waitForMail(email, subject)), fields);
    },
    async clock(): Promise<{ now: string; speed: number }> {
      const response = await fetch(`${base}/local/clock`, { headers: coordinator });
      return response.json() as Promise<{ now: string; speed: number }>;
    },
    async advance(iso: string) {
      const response = await fetch(`${base}/local/clock`, {
        method: "POST",
        headers: { ...coordinator, "content-type": "application/json" },
        body: JSON.stringify({ advance: iso }),
      });
      expect(response.status).toBe(200);
    },
    async relationship(id: string) {
      return (await client.console<Record<string, unknown>>(`/api/console/relationships/${id}`))
        .body;
    },
    /** The relationship once it is in `phase`. */
    async waitForPhase(id: string, phase: string) {
      return client.waitFor(`phase ${phase}`, async () => {
        const relationship = await client.relationship(id);
        return relationship.phase === phase ? relationship : undefined;
      });
    },
    async waitFor<T>(
      what: string,
      probe: () => Promise<T | undefined | false>,
      timeoutMs = 20_000,
    ): Promise<T> {
      return pollUntil(what, probe, timeoutMs, 50);
    },
    /** Applies a mentee and a mentor, matches only them and approves: a relationship starts. */
    async startRelationship(label: string) {
      const menteeApplication = validMentee({
        preferredFormats: ["individual"],
        institutionName: `${label} iestāde`,
      });
      const mentorApplication = validMentor({
        formats: ["individual"],
        organisation: `${label} uzņēmums`,
        capacity: 3,
      });
      const menteeId = await client.apply(menteeApplication);
      const mentorId = await client.apply(mentorApplication);
      const run = await client.console<{ proposals: { proposalId: string }[] }>(
        "/api/console/matching-runs",
        {
          participantIds: [menteeId, mentorId],
          minimumScore: 0,
        },
      );
      expect(run.status).toBe(201);
      const proposal = run.body.proposals[0];
      if (!proposal) throw new Error("no proposal");
      const approved = await client.console<{ relationshipId: string }>(
        `/api/console/proposals/${proposal.proposalId}/approve`,
        {},
      );
      expect(approved.status).toBe(201);
      return {
        relationshipId: approved.body.relationshipId,
        mentee: { id: menteeId, email: menteeApplication.email },
        mentor: { id: mentorId, email: mentorApplication.email },
      };
    },
  };
  return client;
}

export const REFLECTION = {
  held: "yes",
  valueRating: "9",
  ideasRating: "8",
  safetyRating: "9",
  mostValuable: "Praktiski piemēri",
};

/** The plan, its first session a few days after the server's clock (Riga time). */
export const planFields = (now: string, sessions: number) =>
  postedPlan(rigaLocal(new Date(now), 5), sessions, rigaLocal(new Date(now), -1));

export const CLOSURE = {
  goalsReached: "Panelis ieviests",
  learnings: "Dati ir komandas darbs",
  keepInTouch: "yes",
};

/** Whether something listens on the port on this machine. */
export const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });

/** An HTML page in `lang`, answered 200 as UTF-8: its text. */
export async function htmlPage(response: Response, lang: string): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/);
  const page = await response.text();
  expect(page).toContain(`<html lang="${lang}">`);
  return page;
}
