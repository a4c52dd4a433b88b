import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHandler as decideHandler } from "../../functions/console/decide-escalation.js";
import { createHandler as listHandler } from "../../functions/console/list-escalations.js";
import { localRoutes } from "../../infra/local/serve-local-routes.js";
import { undeliverableEscalationId } from "../../shared/domain/handle-mail-event.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { sesBounce } from "../fixtures/ses-events.js";
import { ACCEPT, useHarness } from "./harness.js";

const h = useHarness();
let server: Server;
let base: string;

/** The local server's own routes (as `npm start` serves them) in front of this runtime. */
beforeAll(async () => {
  const local = localRoutes({
    clock: h.clock,
    sesEndpoint: inject("sesEndpoint"),
    token: "local-routes-token",
  });
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (!(await local(request, response, Buffer.concat(chunks)))) {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const injectEvent = async (event: unknown) => {
  const response = await fetch(`${base}/local/ses-events`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer local-routes-token" },
    body: typeof event === "string" ? event : JSON.stringify(event),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const coordinator = { authorization: "Bearer workflow-test-token" };

describe("a bounce during a running relationship", () => {
  it("opens an escalation the coordinator decides, and no more mail goes to the address", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    const [mentee] = mentees;
    if (!mentee) throw new Error("seed");
    await h.waitForMail(mentee.email, /match|pāris/i);
    await h.answer(await h.waitForMail(mentor.email, /match|pāris/i), ACCEPT);

    const bounce = sesBounce([mentee.email.toUpperCase()], { id: `evt-${relationshipId}` });
    const injected = await injectEvent(bounce);
    const escalationId = undeliverableEscalationId(relationshipId, mentee.id);
    expect(injected).toMatchObject({
      status: 200,
      body: {
        status: "handled",
        kind: "permanent_bounce",
        addresses: [{ participantId: mentee.id, suppressed: true, escalationIds: [escalationId] }],
      },
    });
    // Redelivered: nothing changes.
    expect((await injectEvent(bounce)).body).toMatchObject({
      addresses: [{ duplicate: true, escalationIds: [escalationId] }],
    });

    // The coordinator sees it among the open escalations and gets one e-mail about it.
    const listed = await invoke(
      listHandler(() => h.deps),
      httpEvent({
        method: "GET",
        path: "/api/console/escalations",
        query: { status: "open" },
        headers: coordinator,
      }),
    );
    expect(listed.statusCode).toBe(200);
    const items = (JSON.parse(listed.body) as { items: Record<string, unknown>[] }).items.filter(
      (item) => item.relationshipId === relationshipId,
    );
    expect(items).toEqual([
      expect.objectContaining({ escalationId, reason: "mail_undeliverable", status: "open" }),
    ]);
    await h.waitForMail(h.coordinatorEmail, /nav sasniedzama/);
    expect(
      (await h.mailTo(h.coordinatorEmail)).filter((m) => m.subject.includes("nav sasniedzama")),
    ).toHaveLength(1);

    // The workflow goes on by itself: the consent reminder is due for the mentee only,
    // and it is not sent to the undeliverable address.
    h.advanceDays(3);
    await h.until("the mentee's consent reminder", async () =>
      (await h.deps.workflowStore.listEvents(relationshipId)).some(
        (e) => e.type === "reminder_sent" && e.detail.participantId === mentee.id,
      ),
    );
    // The offer only (the mailbox also holds the application's confirmation), no reminder.
    const subjects = (await h.mailTo(mentee.email)).map((m) => m.subject);
    expect(subjects.filter((subject) => /pāri/.test(subject))).toHaveLength(1);

    // Deciding it resumes no task (none waits) and leaves the workflow where it is.
    const decided = await invoke(
      decideHandler(() => h.deps),
      {
        ...httpEvent({
          path: `/api/console/escalations/${escalationId}/decision`,
          contentType: "application/json",
          headers: coordinator,
          body: JSON.stringify({ decision: "continue", note: "Sazvanīju, e-pasts tiks salabots." }),
        }),
        pathParameters: { escalationId },
      },
    );
    expect(decided.statusCode).toBe(200);
    expect(JSON.parse(decided.body)).toMatchObject({
      resumed: false,
      escalation: { status: "decided", decision: "continue" },
    });
    expect(h.runtime.describe(relationshipId).status).toBe("RUNNING");
    expect(await h.relationship(relationshipId)).toMatchObject({
      phase: "consent",
      health: "on_track",
    });
    expect(h.state(relationshipId)).not.toMatch(/^E\./);
  });

  it("rejects an event that is not an SES bounce or complaint, with the fields that are wrong", async () => {
    const bad = await injectEvent({
      id: "evt-bad",
      source: "aws.ses",
      "detail-type": "Email Bounced",
      detail: { eventType: "Bounce", mail: {}, bounce: { bounceType: "Permanent" } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("invalid_request");
    const paths = (bad.body.issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(["detail.mail.messageId", "detail.bounce.bouncedRecipients"]),
    );
    expect((await injectEvent("{not json")).status).toBe(400);
  });
});
