import { beforeAll, describe, expect, it } from "vitest";
import { listLocalMail } from "../../infra/local/start-ses-local.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { approveProposal } from "../../shared/domain/decide-proposal.js";
import {
  handleMailEvent,
  type MailEventDeps,
  undeliverableEscalationId,
} from "../../shared/domain/handle-mail-event.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { SuppressingMailer } from "../../shared/domain/suppressing-mailer.js";
import type { MailFeedback } from "../../shared/schemas/mail-event.js";
import { sesMailEventSchema, toMailEvent } from "../../shared/schemas/mail-event.js";
import { uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { createdId } from "../fixtures/confirmed-applicants.js";
import { sesBounce } from "../fixtures/ses-events.js";
import { useSesLocal } from "./ses-local.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
const ses = useSesLocal();
beforeAll(async () => {
  table = await createTestTable();
});

const feedback = (email: string, feedbackId: string, at = "2027-03-01T10:00:00.000Z") =>
  ({
    feedbackId,
    email,
    kind: "permanent_bounce",
    messageId: "0100017f-message",
    subType: "General",
    reportedAt: "2027-03-01T09:59:00.000Z",
    receivedAt: at,
  }) satisfies MailFeedback;

describe("mail feedback in DynamoDbStore on DynamoDB Local", () => {
  it("finds the participant who applied with an address, in any letter case", async () => {
    const application = validMentee({ email: uniqueEmail("Liga.Berzina") });
    const participantId = createdId(await submitApplication(table.deps, application));
    expect(await table.store.findParticipantIdByEmail(application.email.toUpperCase())).toBe(
      participantId,
    );
    expect(await table.store.findParticipantIdByEmail("nobody@example.lv")).toBeUndefined();
  });

  it("keeps one record per (address, report) beside the address's lock", async () => {
    const email = uniqueEmail("bounced");
    const first = await table.store.recordMailFeedback(feedback(email, "evt-1"));
    expect(first).toEqual({ feedback: feedback(email, "evt-1"), created: true });

    // A redelivery, later and in another letter case: the first record stays.
    const again = await table.store.recordMailFeedback(
      feedback(email.toUpperCase(), "evt-1", "2027-03-02T00:00:00.000Z"),
    );
    expect(again).toEqual({ feedback: feedback(email, "evt-1"), created: false });
    expect((await table.store.recordMailFeedback(feedback(email, "evt-2"))).created).toBe(true);

    const items = (await table.scanAll()).filter((item) => item.pk === `EMAIL#${email}`);
    expect(items.map((item) => item.sk).sort()).toEqual(["FEEDBACK#evt-1", "FEEDBACK#evt-2"]);
    // Kept for two years, then DynamoDB's TTL removes it.
    expect(items[0]?.expiresAt).toBe(
      Math.floor(Date.parse("2027-03-01T10:00:00.000Z") / 1000) + 2 * 365 * 86400,
    );
  });

  it("records a report exactly once when it arrives ten times at once", async () => {
    const email = uniqueEmail("concurrent");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => table.store.recordMailFeedback(feedback(email, "evt-c"))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it("suppresses an address once; the first report that did it wins", async () => {
    const email = uniqueEmail("suppressed");
    expect(await table.store.getSuppression(email)).toBeUndefined();
    const suppression = {
      email,
      reason: "permanent_bounce" as const,
      feedbackId: "evt-1",
      messageId: "m-1",
      suppressedAt: "2027-03-01T10:00:00.000Z",
    };
    expect(await table.store.suppressAddress(suppression)).toEqual({ suppression, created: true });
    const later = {
      ...suppression,
      reason: "complaint" as const,
      feedbackId: "evt-2",
      suppressedAt: "2027-03-05T10:00:00.000Z",
    };
    expect(await table.store.suppressAddress(later)).toEqual({ suppression, created: false });
    expect(await table.store.getSuppression(email.toUpperCase())).toEqual(suppression);
  });

  it("does not stand in the way of an application with a suppressed address", async () => {
    const email = uniqueEmail("later");
    await table.store.suppressAddress({
      email,
      reason: "complaint",
      feedbackId: "evt-x",
      messageId: "m-x",
      suppressedAt: "2027-03-01T10:00:00.000Z",
    });
    const participantId = createdId(await submitApplication(table.deps, validMentor({ email })));
    expect(await table.store.findParticipantIdByEmail(email)).toBe(participantId);
  });
});

describe("a bounce on DynamoDB Local and the local SES", () => {
  it("suppresses the address, escalates the relationship once and keeps mail from the address", async () => {
    const mentee = validMentee({ institutionName: `Iestāde ${uniqueEmail()}` });
    const mentor = validMentor({ organisation: `Uzņēmums ${uniqueEmail()}`, capacity: 6 });
    const menteeId = (await table.applyConfirmed(mentee)).participantId;
    const mentorId = (await table.applyConfirmed(mentor)).participantId;
    const run = await createMatchingRun(
      table.deps,
      { minimumScore: 0, participantIds: [menteeId, mentorId] },
      "coordinator",
    );
    const proposal = run.proposals.find((p) => p.menteeIds.includes(menteeId));
    if (!proposal) throw new Error("no proposal");
    const { relationshipId } = (await approveProposal(
      table.deps,
      proposal.proposalId,
      "coordinator",
    )) as { relationshipId: string };

    const coordinatorEmail = uniqueEmail("koordinators");
    const mailer = new SuppressingMailer(ses.mailerFor(table), table.store, () => undefined);
    const deps: MailEventDeps = {
      ...table.deps,
      mailer,
      config: { baseUrl: "http://localhost:3000", coordinatorEmail },
    };
    const event = toMailEvent(
      sesMailEventSchema.parse(sesBounce([mentee.email.toUpperCase()], { id: relationshipId })),
    );
    const outcome = await handleMailEvent(deps, event);
    const escalationId = undeliverableEscalationId(relationshipId, menteeId);
    expect(outcome.addresses).toEqual([
      {
        email: mentee.email.toLowerCase(),
        participantId: menteeId,
        duplicate: false,
        suppressed: true,
        escalationIds: [escalationId],
      },
    ]);
    await handleMailEvent(deps, event);

    const open = (await table.deps.workflowStore.listEscalations("open")).filter(
      (e) => e.relationshipId === relationshipId,
    );
    expect(open).toEqual([
      expect.objectContaining({ escalationId, reason: "mail_undeliverable", status: "open" }),
    ]);
    expect((await table.deps.workflowStore.getEscalation(escalationId))?.taskToken).toBe("");
    const timeline = await table.deps.workflowStore.listEvents(relationshipId);
    expect(timeline.filter((e) => e.key === `escalation-${escalationId}`)).toHaveLength(1);

    const toCoordinator = await ses.mailTo(coordinatorEmail);
    expect(toCoordinator.map((m) => m.subject)).toEqual([
      "Nepieciešams jūsu lēmums: Dalībnieka e-pasta adrese nav sasniedzama",
    ]);

    // Nothing more goes to the address; other addresses still get their mail.
    const reminder = { subject: "Atgādinājums", text: "…", html: "<p>…</p>" };
    expect(
      await mailer.send({ ...reminder, to: mentee.email, key: `test:${relationshipId}:1` }),
    ).toMatchObject({ suppressed: true });
    await mailer.send({ ...reminder, to: mentor.email, key: `test:${relationshipId}:2` });
    const all = await listLocalMail(ses.endpoint);
    expect(all.filter((m) => m.to.includes(mentee.email))).toEqual([]);
    expect(all.filter((m) => m.to.includes(mentor.email))).toHaveLength(1);
  });
});
