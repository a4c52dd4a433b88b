import { expect } from "vitest";
import { validMentee, validMentor } from "../fixtures/applications.js";

export interface Mail {
  messageId: string;
  to: string[];
  subject: string;
  links: string[];
  sentAt: string;
}

/** Drives the local system over HTTP only, as participants and a coordinator would. */
export function programmeClient(base: string, token: string) {
  const coordinator = { authorization: `Bearer ${token}` };
  const client = {
    base,
    async apply(body: unknown): Promise<string> {
      const response = await fetch(`${base}/api/applications`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { participantId: string }).participantId;
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
      const response = await fetch(`${base}/local/mail?to=${encodeURIComponent(email)}`);
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
    async clock(): Promise<{ now: string; speed: number }> {
      return (await fetch(`${base}/local/clock`)).json() as Promise<{ now: string; speed: number }>;
    },
    async advance(iso: string) {
      const response = await fetch(`${base}/local/clock`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ advance: iso }),
      });
      expect(response.status).toBe(200);
    },
    async relationship(id: string) {
      return (await client.console<Record<string, unknown>>(`/api/console/relationships/${id}`))
        .body;
    },
    async waitFor<T>(
      what: string,
      probe: () => Promise<T | undefined | false>,
      timeoutMs = 20_000,
    ): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
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

/** The plan's first session, a few days after the server's clock, in Riga time. */
export const planFields = (now: string, sessions: number) => ({
  goal1: "Ieviest datu paneli",
  result1: "Panelis lietots katru nedēļu",
  specific1: "yes",
  measurable1: "yes",
  achievable1: "yes",
  relevant1: "yes",
  timeBound1: "yes",
  cadence: "2",
  sessionMinutes: "90",
  sessionFormat: "online",
  firstSessionAt: new Date(Date.parse(now) + 5 * 86_400_000 + 2 * 3_600_000)
    .toISOString()
    .slice(0, 16),
  sessionCount: String(sessions),
});
