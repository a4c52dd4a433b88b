import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { createHandler } from "../../functions/events/handle-mail-event.js";
import { MemoryStore } from "../../shared/adapters/memory/memory-store.js";
import { ESCALATION_REASON_LABELS } from "../../shared/domain/escalations/escalation-reasons.js";
import {
  handleMailEvent,
  type MailEventDeps,
  undeliverableEscalationId,
} from "../../shared/domain/handle-mail-event.js";
import { type SkippedMail, SuppressingMailer } from "../../shared/domain/suppressing-mailer.js";
import { decideEscalation } from "../../shared/domain/workflow/decide-escalation.js";
import type { WorkflowDeps } from "../../shared/domain/workflow/workflow-deps.js";
import type { Mailer, OutgoingMail } from "../../shared/ports/mailer.js";
import type { TimelineEvent, WorkflowStore } from "../../shared/ports/workflow-store.js";
import {
  type SesMailEvent,
  sesMailEventSchema,
  toMailEvent,
} from "../../shared/schemas/mail-event.js";
import type { Participant } from "../../shared/schemas/participant.js";
import {
  type Escalation,
  escalationReasonSchema,
  type Relationship,
  relationshipSchema,
} from "../../shared/schemas/workflow.js";
import { sesBounce, sesComplaint } from "../fixtures/ses-events.js";

const NOW = new Date("2027-03-01T10:00:00.000Z");
const COORDINATOR = "koordinators@example.lv";

/** The escalation and timeline part of the workflow store, kept in memory. */
class MemoryEscalations
  implements
    Pick<
      WorkflowStore,
      | "listRelationships"
      | "openEscalation"
      | "addEvent"
      | "getEscalation"
      | "decideEscalation"
      | "listEscalations"
    >
{
  readonly relationships: Relationship[] = [];
  readonly escalations = new Map<string, { escalation: Escalation; taskToken: string }>();
  readonly events = new Map<string, TimelineEvent & { relationshipId: string }>();

  async listRelationships() {
    return structuredClone(this.relationships);
  }
  async openEscalation(escalation: Escalation, taskToken: string) {
    const found = this.escalations.get(escalation.escalationId);
    if (found) {
      found.taskToken = taskToken;
      return { escalation: structuredClone(found.escalation), created: false };
    }
    this.escalations.set(escalation.escalationId, {
      escalation: structuredClone(escalation),
      taskToken,
    });
    return { escalation, created: true };
  }
  async getEscalation(escalationId: string) {
    const found = this.escalations.get(escalationId);
    return found && structuredClone(found);
  }
  async listEscalations(status?: Escalation["status"]) {
    return [...this.escalations.values()]
      .map((e) => e.escalation)
      .filter((e) => !status || e.status === status);
  }
  async decideEscalation(
    escalationId: string,
    decision: Pick<Escalation, "decision" | "note" | "pauseUntil" | "decidedBy" | "decidedAt">,
  ) {
    const found = this.escalations.get(escalationId);
    if (found?.escalation.status !== "open") return undefined;
    found.escalation = { ...found.escalation, ...decision, status: "decided" };
    return found.taskToken;
  }
  async addEvent(relationshipId: string, event: TimelineEvent) {
    const key = `${relationshipId}#${event.at}#${event.key}`;
    if (!this.events.has(key)) this.events.set(key, { relationshipId, ...event });
  }
}

/** A mailer that keeps what it sends and, like the outbox, sends each key once. */
class KeptMail implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    if (this.sent.some((m) => m.key === mail.key)) return { messageId: "", duplicate: true };
    this.sent.push(mail);
    return { messageId: `msg-${this.sent.length}`, duplicate: false };
  }
}

const person = (id: string, email: string, role: "mentee" | "mentor"): Participant =>
  ({
    participantId: id,
    role,
    name: id === "par_mentee" ? "Līga Bērziņa" : "Jānis Ozoliņš",
    email,
    language: "lv",
    appliedAt: "2027-01-01T00:00:00.000Z",
  }) as Participant;

function relationship(id: string, phase: Relationship["phase"]): Relationship {
  return relationshipSchema.parse({
    relationshipId: id,
    proposalId: `prop-${id}`,
    runId: "run-1",
    format: "individual",
    mentorId: "par_mentor",
    menteeIds: ["par_mentee"],
    candidates: [],
    people: {
      par_mentor: { name: "Jānis Ozoliņš", email: "Janis@Example.lv", language: "en" },
      par_mentee: { name: "Līga Bērziņa", email: "liga@example.lv", language: "lv" },
    },
    phase,
    state: "3.1 Wait for the reminder",
    health: "on_track",
    cycle: 1,
    sessionCount: 4,
    createdAt: "2027-01-10T00:00:00.000Z",
    updatedAt: "2027-01-10T00:00:00.000Z",
  });
}

async function setup() {
  const store = new MemoryStore();
  // The store's own invariants only: the profile's other fields do not matter here.
  await store.createParticipant(person("par_mentee", "Liga@Example.lv", "mentee"));
  await store.createParticipant(person("par_mentor", "janis@example.lv", "mentor"));
  const workflowStore = new MemoryEscalations();
  workflowStore.relationships.push(relationship("rel_open", "learning"));
  workflowStore.relationships.push(relationship("rel_closed", "closed"));
  workflowStore.relationships.push({
    ...relationship("rel_other", "consent"),
    mentorId: "par_someone",
    menteeIds: ["par_else"],
    people: {},
  });
  const inner = new KeptMail();
  const skipped: SkippedMail[] = [];
  const mailer = new SuppressingMailer(inner, store, (s) => skipped.push(s));
  const deps: MailEventDeps = {
    store,
    workflowStore,
    mailer,
    clock: { now: () => new Date(NOW) },
    config: { baseUrl: "http://localhost:3000/", coordinatorEmail: COORDINATOR },
  };
  return { store, workflowStore, inner, mailer, skipped, deps };
}

const bounceEvent = (
  recipients: string[],
  bounceType: "Permanent" | "Transient" | "Undetermined" = "Permanent",
  id = "evt-bounce-1",
): SesMailEvent => sesMailEventSchema.parse(sesBounce(recipients, { bounceType, id }));

const complaintEvent = (recipient: string, id = "evt-complaint-1"): SesMailEvent =>
  sesMailEventSchema.parse(sesComplaint(recipient, id));

describe("a permanent bounce", () => {
  it("records the report, suppresses the address and escalates every open relationship", async () => {
    const { store, workflowStore, inner, deps } = await setup();
    const outcome = await handleMailEvent(deps, toMailEvent(bounceEvent(["LIGA@example.lv"])));

    expect(outcome).toEqual({
      eventId: "evt-bounce-1",
      kind: "permanent_bounce",
      addresses: [
        {
          email: "liga@example.lv",
          participantId: "par_mentee",
          duplicate: false,
          suppressed: true,
          escalationIds: [undeliverableEscalationId("rel_open", "par_mentee")],
        },
      ],
    });
    expect(store.listMailFeedback()).toEqual([
      expect.objectContaining({
        feedbackId: "evt-bounce-1",
        email: "liga@example.lv",
        kind: "permanent_bounce",
        subType: "General",
        receivedAt: NOW.toISOString(),
      }),
    ]);
    expect(await store.getSuppression("Liga@Example.LV")).toMatchObject({
      email: "liga@example.lv",
      reason: "permanent_bounce",
      feedbackId: "evt-bounce-1",
    });

    // Only the relationship that is not closed, and not one the participant is not in.
    const escalations = await workflowStore.listEscalations("open");
    expect(escalations).toHaveLength(1);
    const [escalation] = escalations;
    expect(escalation).toMatchObject({
      relationshipId: "rel_open",
      reason: "mail_undeliverable",
      severity: "medium",
      status: "open",
      phase: "learning",
      evidence: [
        {
          reason: "mail_undeliverable",
          detail: { participantId: "par_mentee", kind: "permanent_bounce" },
        },
      ],
    });
    // Raised outside the state machine: no task waits for it.
    expect((await workflowStore.getEscalation(escalation?.escalationId ?? ""))?.taskToken).toBe("");
    expect([...workflowStore.events.values()]).toEqual([
      expect.objectContaining({
        relationshipId: "rel_open",
        type: "escalation_opened",
        actor: "ses",
        detail: expect.objectContaining({ reason: "mail_undeliverable" }),
      }),
    ]);

    // The coordinator hears about it once, in Latvian, with a link to the console.
    expect(inner.sent).toHaveLength(1);
    const [mail] = inner.sent;
    expect(mail?.to).toBe(COORDINATOR);
    expect(mail?.subject).toBe(
      "Nepieciešams jūsu lēmums: Dalībnieka e-pasta adrese nav sasniedzama",
    );
    expect(mail?.text).toContain("Līga Bērziņa (liga@example.lv)");
    expect(mail?.text).toContain(
      `http://localhost:3000/console/escalations/${escalation?.escalationId}`,
    );
    expect(mail?.html).toContain('lang="lv"');
  });

  it("is recognised for an address that reached the relationship's copy only", async () => {
    const { workflowStore, deps } = await setup();
    workflowStore.relationships.push({
      ...relationship("rel_copy", "planning"),
      mentorId: "par_erased",
      people: {
        par_erased: { name: "Anna", email: "anna@example.lv", language: "lv" },
        par_mentee: { name: "Līga Bērziņa", email: "liga@example.lv", language: "lv" },
      },
    });
    const outcome = await handleMailEvent(deps, toMailEvent(bounceEvent(["anna@example.lv"])));
    expect(outcome.addresses[0]).toMatchObject({
      suppressed: true,
      escalationIds: [undeliverableEscalationId("rel_copy", "par_erased")],
    });
    expect(outcome.addresses[0]?.participantId).toBeUndefined();
  });
});

describe("a transient or undetermined bounce", () => {
  it("is only recorded: the address keeps its mail and nobody is escalated", async () => {
    const { store, workflowStore, inner, deps } = await setup();
    for (const [type, id] of [
      ["Transient", "evt-t"],
      ["Undetermined", "evt-u"],
    ] as const) {
      const outcome = await handleMailEvent(
        deps,
        toMailEvent(bounceEvent(["liga@example.lv"], type, id)),
      );
      expect(outcome.addresses).toEqual([
        {
          email: "liga@example.lv",
          participantId: "par_mentee",
          duplicate: false,
          suppressed: false,
          escalationIds: [],
        },
      ]);
    }
    expect(store.listMailFeedback().map((f) => f.kind)).toEqual([
      "transient_bounce",
      "undetermined_bounce",
    ]);
    expect(await store.getSuppression("liga@example.lv")).toBeUndefined();
    expect(await workflowStore.listEscalations()).toEqual([]);
    expect(inner.sent).toEqual([]);
  });
});

describe("a complaint", () => {
  it("suppresses the address and escalates, like a permanent bounce", async () => {
    const { store, workflowStore, deps } = await setup();
    const outcome = await handleMailEvent(deps, toMailEvent(complaintEvent("janis@example.lv")));
    expect(outcome.kind).toBe("complaint");
    expect(await store.getSuppression("janis@example.lv")).toMatchObject({ reason: "complaint" });
    const escalations = await workflowStore.listEscalations("open");
    expect(escalations.map((e) => [e.relationshipId, e.evidence[0]?.detail])).toEqual([
      ["rel_open", expect.objectContaining({ participantId: "par_mentor", kind: "complaint" })],
    ]);
  });
});

describe("a redelivered report", () => {
  it("changes nothing: one record, one suppression, one escalation, one e-mail", async () => {
    const { store, workflowStore, inner, deps } = await setup();
    const event = toMailEvent(bounceEvent(["liga@example.lv"]));
    const first = await handleMailEvent(deps, event);
    const feedback = store.listMailFeedback();
    const suppression = await store.getSuppression("liga@example.lv");
    const escalations = await workflowStore.listEscalations();
    const events = [...workflowStore.events.values()];

    const later = { now: () => new Date(NOW.getTime() + 3_600_000) };
    const again = await handleMailEvent({ ...deps, clock: later }, event);

    expect(again.addresses[0]).toEqual({ ...first.addresses[0], duplicate: true });
    expect(store.listMailFeedback()).toEqual(feedback);
    expect(await store.getSuppression("liga@example.lv")).toEqual(suppression);
    expect(await workflowStore.listEscalations()).toEqual(escalations);
    expect([...workflowStore.events.values()]).toEqual(events);
    expect(inner.sent).toHaveLength(1);
  });

  it("or a later report about the same address opens no second escalation", async () => {
    const { workflowStore, inner, deps } = await setup();
    await handleMailEvent(deps, toMailEvent(bounceEvent(["liga@example.lv"])));
    await handleMailEvent(deps, toMailEvent(complaintEvent("liga@example.lv", "evt-2")));
    expect(await workflowStore.listEscalations()).toHaveLength(1);
    expect(inner.sent).toHaveLength(1);
  });
});

describe("an address nobody applied with", () => {
  it("is recorded and suppressed without an escalation or an error", async () => {
    const { store, workflowStore, inner, deps } = await setup();
    const outcome = await handleMailEvent(deps, toMailEvent(bounceEvent(["stranger@example.com"])));
    expect(outcome.addresses).toEqual([
      { email: "stranger@example.com", duplicate: false, suppressed: true, escalationIds: [] },
    ]);
    expect(await store.getSuppression("stranger@example.com")).toBeDefined();
    expect(await workflowStore.listEscalations()).toEqual([]);
    expect(inner.sent).toEqual([]);
  });
});

describe("the suppressing mailer", () => {
  it("sends nothing more to a suppressed address and reports each skipped message", async () => {
    const { inner, mailer, skipped, deps } = await setup();
    await handleMailEvent(deps, toMailEvent(bounceEvent(["liga@example.lv"])));
    const before = inner.sent.length;
    const mail = (to: string, key: string): OutgoingMail => ({
      to,
      key,
      subject: "Refleksija",
      text: "…",
      html: "<p>…</p>",
    });

    expect(await mailer.send(mail("Liga@Example.lv", "form:1"))).toEqual({
      messageId: "",
      duplicate: false,
      suppressed: true,
    });
    expect(await mailer.send(mail("janis@example.lv", "form:2"))).toMatchObject({
      duplicate: false,
    });
    expect(inner.sent.slice(before).map((m) => m.to)).toEqual(["janis@example.lv"]);
    expect(skipped).toEqual([
      {
        key: "form:1",
        to: "Liga@Example.lv",
        reason: "permanent_bounce",
        suppressedAt: NOW.toISOString(),
      },
    ]);
  });
});

describe("deciding an escalation raised from outside the workflow", () => {
  it("keeps the decision and resumes no task", async () => {
    const { workflowStore, deps } = await setup();
    await handleMailEvent(deps, toMailEvent(bounceEvent(["liga@example.lv"])));
    const id = undeliverableEscalationId("rel_open", "par_mentee");
    const workflowDeps = {
      ...deps,
      workflow: {
        start: async () => undefined,
        succeed: async () => {
          throw new Error("no task waits for this escalation");
        },
        fail: async () => false,
      },
    } as unknown as WorkflowDeps;
    const result = await decideEscalation(workflowDeps, id, { decision: "continue" }, "coord");
    expect(result.resumed).toBe(false);
    expect(result.escalation).toMatchObject({ status: "decided", decision: "continue" });
    expect(await workflowStore.listEscalations("open")).toEqual([]);
  });
});

describe("the handler", () => {
  const context = {} as Context;

  it("turns the EventBridge event into the use case's outcome", async () => {
    const { deps } = await setup();
    const handler = createHandler(() => deps);
    const result = await handler(bounceEvent(["liga@example.lv"]), context);
    expect(result).toMatchObject({
      status: "handled",
      kind: "permanent_bounce",
      addresses: [{ email: "liga@example.lv", suppressed: true }],
    });
  });

  it("drops an event that is not an SES bounce or complaint, saying which fields are wrong", async () => {
    const { store, deps } = await setup();
    const handler = createHandler(() => deps);
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      const result = await handler(
        {
          id: "evt-bad",
          source: "aws.ses",
          "detail-type": "Email Bounced",
          detail: {
            eventType: "Bounce",
            mail: { messageId: "m" },
            bounce: { bounceType: "Sometimes", bouncedRecipients: [] },
          },
        },
        context,
      );
      expect(result).toMatchObject({ status: "dropped", error: "InvalidMailEventError" });
      const paths = result.status === "dropped" ? result.issues.map((i) => i.path) : [];
      expect(paths).toEqual(
        expect.arrayContaining(["detail.bounce.bounceType", "detail.bounce.bouncedRecipients"]),
      );
      expect(await handler({ hello: "world" }, context)).toMatchObject({ status: "dropped" });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(2);
    expect(JSON.parse(errors[0] ?? "{}")).toMatchObject({
      level: "error",
      message: "SES mail event dropped",
    });
    expect(store.listMailFeedback()).toEqual([]);
  });
});

describe("escalation reason labels", () => {
  it("exist in Latvian and English for every reason", () => {
    for (const reason of escalationReasonSchema.options) {
      const label = ESCALATION_REASON_LABELS[reason];
      expect(label.lv.length).toBeGreaterThan(3);
      expect(label.en.length).toBeGreaterThan(3);
    }
    expect(ESCALATION_REASON_LABELS.mail_undeliverable.lv).toMatch(/Dalībnieka e-pasta adrese/);
  });
});
