import { describe, expect, it } from "vitest";
import { MemoryOutbox } from "../../shared/adapters/memory/memory-outbox.js";
import { MemoryStore } from "../../shared/adapters/memory/memory-store.js";
import { MemoryWorkflowStore } from "../../shared/adapters/memory/memory-workflow-store.js";
import type { CertificateRecord } from "../../shared/certificates/certificate-record.js";
import { ConflictError, NotFoundError } from "../../shared/domain/errors.js";
import { ESCALATION_REASONS } from "../../shared/domain/escalations/escalation-reasons.js";
import { applyDecision } from "../../shared/domain/workflow/apply-decision.js";
import {
  type DecisionInput,
  decideEscalation,
} from "../../shared/domain/workflow/decide-escalation.js";
import { evaluateCycle, findingKey } from "../../shared/domain/workflow/evaluate-cycle.js";
import {
  type EscalationAsk,
  openEscalation,
} from "../../shared/domain/workflow/open-escalation.js";
import type { WorkflowDeps } from "../../shared/domain/workflow/workflow-deps.js";
import type { Language } from "../../shared/i18n/localized.js";
import type { Mailer, OutgoingMail } from "../../shared/ports/mailer.js";
import type { Workflow } from "../../shared/ports/workflow.js";
import type { Participant } from "../../shared/schemas/participant.js";
import {
  type Escalation,
  type FormRequest,
  type Reflection,
  type Relationship,
  relationshipSchema,
  type Session,
} from "../../shared/schemas/workflow.js";
import { validMentee, validMentor } from "../fixtures/applications.js";

const NOW = new Date("2027-03-01T10:00:00.000Z");
const DAY = 86_400_000;
const COORDINATOR = "koordinators@example.lv";
const REL = "rel_0001";
const MENTOR = "p_mentor0000000000000000";
const MENTEE = "p_mentee0000000000000000";
const NEXT_MENTOR = "p_nextmentor000000000000";

/** A Workflow port that keeps every call and answers as a running execution would. */
class RecordingWorkflow implements Workflow {
  readonly started: { name: string; input: Record<string, unknown> }[] = [];
  readonly stopped: { name: string; cause: string }[] = [];
  readonly succeeded: { token: string; output: Record<string, unknown> }[] = [];
  async start(name: string, input: Record<string, unknown>) {
    this.started.push({ name, input });
  }
  async stop(name: string, cause: string) {
    this.stopped.push({ name, cause });
    return true;
  }
  async succeed(token: string, output: Record<string, unknown>) {
    this.succeeded.push({ token, output });
    return true;
  }
  async fail() {
    return true;
  }
  async definition() {
    return {};
  }
  async history() {
    return undefined;
  }
}

/** A mailer behind the in-memory outbox: each key is sent once, as SesMailer does. */
class OutboxMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  readonly outbox = new MemoryOutbox();
  constructor(private readonly now: () => Date) {}
  async send(mail: OutgoingMail) {
    if (!(await this.outbox.claim(mail.key, this.now()))) return { messageId: "", duplicate: true };
    this.sent.push(mail);
    const messageId = `msg-${this.sent.length}`;
    await this.outbox.markSent(mail.key, messageId);
    return { messageId, duplicate: false };
  }
}

const session = (number: number): Session => {
  const startsAt = Date.parse("2027-02-01T10:00:00.000Z") + (number - 1) * 14 * DAY;
  return {
    number,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 3_600_000).toISOString(),
    remindAt: new Date(startsAt - 2 * DAY).toISOString(),
  };
};

const reflection = (
  participantId: string,
  number: number,
  overrides: Partial<Reflection> = {},
): Reflection => ({
  relationshipId: REL,
  session: number,
  participantId,
  held: "yes",
  valueRating: 6,
  ideasRating: 7,
  safetyRating: 9,
  mostValuable: "Kopīgi pārskatījām datu paneli.",
  shareWithCoordinator: false,
  submittedAt: new Date(Date.parse(session(number).endsAt) + DAY).toISOString(),
  ...overrides,
});

const participant = (id: string, application: Participant["application"]): Participant => ({
  participantId: id,
  role: application.role,
  name: application.name,
  email: application.email,
  language: application.language,
  status: "eligible",
  reasons: [],
  appliedAt: "2026-12-01T00:00:00.000Z",
  application,
  ...(application.role === "mentor" ? { activeMentees: id === MENTOR ? 1 : 0 } : {}),
});

async function setup(
  options: {
    relationship?: Partial<Relationship>;
    sessions?: number;
    coordinatorLanguage?: Language;
  } = {},
) {
  let now = NOW;
  const clock = { now: () => new Date(now) };
  let counter = 0;
  const store = new MemoryStore();
  await store.createParticipant(participant(MENTEE, validMentee({ name: "Līga Bērziņa" })));
  await store.createParticipant(participant(MENTOR, validMentor({ name: "Jānis Ozoliņš" })));
  await store.createParticipant(participant(NEXT_MENTOR, validMentor({ name: "Anna Kalniņa" })));
  const workflowStore = new MemoryWorkflowStore();
  workflowStore.putRelationship(
    relationshipSchema.parse({
      relationshipId: REL,
      proposalId: "prop_1",
      runId: "run_1",
      format: "individual",
      mentorId: MENTOR,
      menteeIds: [MENTEE],
      candidates: [],
      people: {
        [MENTOR]: { name: "Jānis Ozoliņš", email: "janis@example.lv", language: "en" },
        [MENTEE]: { name: "Līga Bērziņa", email: "liga@example.lv", language: "lv" },
      },
      phase: "learning",
      state: "3.1 Wait for the reminder",
      health: "on_track",
      cycle: 2,
      sessionCount: 4,
      createdAt: "2027-01-10T00:00:00.000Z",
      updatedAt: "2027-01-10T00:00:00.000Z",
      ...options.relationship,
    }),
  );
  const count = options.sessions ?? 4;
  await workflowStore.savePlan(
    REL,
    [{ key: "g1", title: "Datu panelis", measure: "Panelis ieviests" }],
    Array.from({ length: count }, (_, i) => session(i + 1)),
  );
  const workflow = new RecordingWorkflow();
  const mailer = new OutboxMailer(clock.now);
  const deps: WorkflowDeps = {
    store,
    workflowStore,
    workflow,
    cohortWorkflow: new RecordingWorkflow(),
    mailer,
    signer: {
      sign: async (formId) => `${formId}.signature`,
      verify: async () => true,
      pseudonym: async (value) => `pseudonym-${value.length}`,
    },
    clock,
    ids: { next: (prefix) => `${prefix}_${String(++counter).padStart(4, "0")}` },
    config: {
      baseUrl: "http://forms.test/",
      contactEmail: "mentori@example.lv",
      coordinatorEmail: COORDINATOR,
      ...(options.coordinatorLanguage ? { coordinatorLanguage: options.coordinatorLanguage } : {}),
    },
  };
  const relationship = async () => {
    const found = await workflowStore.getRelationship(REL);
    if (!found) throw new Error("the relationship is gone");
    return found;
  };
  const events = async (type?: string) =>
    (await workflowStore.listEvents(REL)).filter((event) => !type || event.type === type);
  const moveClock = (to: string) => {
    now = new Date(to);
  };
  return { deps, store, workflowStore, workflow, mailer, relationship, events, moveClock };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const ask = (overrides: Partial<EscalationAsk> = {}): EscalationAsk => ({
  taskToken: "token-1",
  relationshipId: REL,
  reason: "low_rating",
  mode: "open",
  state: "E.1 Escalation: wait for the coordinator",
  ...overrides,
});

/** Both people reflected on sessions 1 and 2, the mentee's ratings of session 2 as given. */
async function reflectOnTwoSessions(t: Setup, mentee2: Partial<Reflection> = {}) {
  for (const id of [MENTOR, MENTEE]) {
    await t.workflowStore.putReflection(reflection(id, 1));
    await t.workflowStore.putReflection(reflection(id, 2, id === MENTEE ? mentee2 : {}));
  }
}

/** An escalation as the mail-event handler raises it: outside the machine, no task token. */
async function tokenlessEscalation(t: Setup): Promise<Escalation> {
  const escalation: Escalation = {
    escalationId: "esc_mail",
    relationshipId: REL,
    reason: "mail_undeliverable",
    severity: "medium",
    evidence: [{ reason: "mail_undeliverable", detail: { participantId: MENTEE } }],
    phase: "learning",
    cycle: 2,
    status: "open",
    openedAt: "2027-02-28T10:00:00.000Z",
  };
  await t.workflowStore.openEscalation(escalation, "");
  return escalation;
}

describe("evaluateCycle", () => {
  it("goes on to the next session when every reflection is in and the ratings are fine", async () => {
    const t = await setup();
    await reflectOnTwoSessions(t);
    const result = await evaluateCycle(t.deps, REL, 2, "3.12 Evaluate");

    expect(result).toEqual({ next: "session" });
    expect(await t.relationship()).toMatchObject({
      cycle: 3,
      phase: "learning",
      health: "on_track",
      state: "3.12 Evaluate",
      updatedAt: NOW.toISOString(),
    });
    // What the reflections said becomes the session's own record.
    const sessions = await t.workflowStore.listSessions(REL);
    expect(sessions.find((s) => s.number === 2)?.held).toBe("yes");
    expect(await t.events("health_checked")).toEqual([
      expect.objectContaining({
        key: "health-2-0",
        detail: { session: 2, health: "on_track", findings: [], acknowledged: 0 },
      }),
    ]);
  });

  it("escalates a low rating and keeps the relationship at risk", async () => {
    const t = await setup();
    await reflectOnTwoSessions(t, { valueRating: 4 });
    const result = await evaluateCycle(t.deps, REL, 2, "3.12 Evaluate");

    expect(result).toEqual({ next: "escalate", reason: "low_rating" });
    const relationship = await t.relationship();
    expect(relationship).toMatchObject({ health: "at_risk", cycle: 2, phase: "learning" });
    const [check] = await t.events("health_checked");
    expect(check?.detail).toMatchObject({
      health: "at_risk",
      findings: [
        expect.objectContaining({
          reason: "low_rating",
          participantId: MENTEE,
          session: 2,
          value: 4,
        }),
      ],
    });
    // Figures only: the reflection's own words never reach the timeline.
    expect(JSON.stringify(check)).not.toContain("datu paneli");
  });

  it("escalates a reflection still missing a week after the session", async () => {
    const t = await setup();
    // The mentor's reflection on session 2 never came (it ended two weeks ago).
    for (const r of [reflection(MENTOR, 1), reflection(MENTEE, 1), reflection(MENTEE, 2)])
      await t.workflowStore.putReflection(r);
    const result = await evaluateCycle(t.deps, REL, 2, "3.12");

    expect(result).toEqual({ next: "escalate", reason: "reflection_missing" });
    expect((await t.relationship()).health).toBe("at_risk");
    const [check] = await t.events("health_checked");
    expect(check?.detail.findings).toEqual([
      expect.objectContaining({ reason: "reflection_missing", participantId: MENTOR, session: 2 }),
    ]);
  });

  it("does not stop again for a finding the coordinator already decided on", async () => {
    const t = await setup({
      relationship: { acknowledged: [`low_rating:${MENTEE}:2`] },
    });
    await reflectOnTwoSessions(t, { valueRating: 4 });
    expect(await evaluateCycle(t.deps, REL, 2, "3.12")).toEqual({ next: "session" });
    expect((await t.events("health_checked"))[0]?.detail).toMatchObject({
      health: "on_track",
      acknowledged: 1,
    });
  });

  it("leads to closure after the last session", async () => {
    const t = await setup({ relationship: { sessionCount: 2 }, sessions: 2 });
    await reflectOnTwoSessions(t);
    expect(await evaluateCycle(t.deps, REL, 2, "3.12")).toEqual({ next: "closure" });
    expect(await t.relationship()).toMatchObject({
      phase: "closure",
      cycle: 2,
      health: "on_track",
    });
  });

  it("records its health check once per cycle when the step runs twice", async () => {
    const t = await setup();
    await reflectOnTwoSessions(t);
    const first = await evaluateCycle(t.deps, REL, 2, "3.12");
    const second = await evaluateCycle(t.deps, REL, 2, "3.12");

    expect(second).toEqual(first);
    expect(await t.events("health_checked")).toHaveLength(1);
    // The cycle is set from the session's number, not counted on.
    expect((await t.relationship()).cycle).toBe(3);
  });
});

describe("openEscalation", () => {
  it("opens one escalation with the health check's evidence and tells the coordinator in Latvian", async () => {
    const t = await setup();
    await reflectOnTwoSessions(t, { valueRating: 4 });
    await evaluateCycle(t.deps, REL, 2, "3.12");
    await t.workflowStore.updateRelationship(REL, { health: "on_track" });
    await openEscalation(t.deps, ask());

    const escalations = await t.workflowStore.listEscalations();
    expect(escalations).toEqual([
      {
        escalationId: "esc_0001",
        relationshipId: REL,
        reason: "low_rating",
        severity: "medium",
        evidence: [
          {
            reason: "low_rating",
            detail: expect.objectContaining({ participantId: MENTEE, session: 2, value: 4 }),
          },
        ],
        phase: "learning",
        cycle: 2,
        status: "open",
        openedAt: NOW.toISOString(),
      },
    ]);
    expect((await t.workflowStore.getEscalation("esc_0001"))?.taskToken).toBe("token-1");
    expect(await t.relationship()).toMatchObject({
      openEscalationId: "esc_0001",
      openEscalationReason: "low_rating",
      health: "at_risk",
      state: "E.1 Escalation: wait for the coordinator",
    });

    expect(t.mailer.sent).toHaveLength(1);
    const [mail] = t.mailer.sent;
    expect(mail?.to).toBe(COORDINATOR);
    expect(mail?.key).toBe("escalation:esc_0001");
    expect(mail?.subject).toContain(ESCALATION_REASONS.low_rating.label.lv);
    expect(mail?.subject).toBe("Nepieciešams jūsu lēmums: Zems vērtējums");
    expect(mail?.subject).not.toContain("low_rating");
    expect(mail?.text).toContain("http://forms.test/console/escalations/esc_0001");
    expect(await t.events("escalation_opened")).toEqual([
      expect.objectContaining({
        key: "escalation-esc_0001",
        actor: "workflow",
        detail: { escalationId: "esc_0001", reason: "low_rating", severity: "medium" },
      }),
    ]);
  });

  it("names the reason in English for an English-speaking coordinator", async () => {
    const t = await setup({ coordinatorLanguage: "en" });
    await openEscalation(t.deps, ask());
    expect(t.mailer.sent.map((m) => m.subject)).toEqual([
      `Your decision is needed: ${ESCALATION_REASONS.low_rating.label.en}`,
    ]);
    expect(t.mailer.sent[0]?.subject).not.toContain(ESCALATION_REASONS.low_rating.label.lv);
  });

  it("on a second call (a restarted execution) only stores the new task token", async () => {
    const t = await setup();
    await openEscalation(t.deps, ask());
    await openEscalation(t.deps, ask({ taskToken: "token-2" }));

    expect(await t.workflowStore.listEscalations()).toHaveLength(1);
    expect((await t.workflowStore.getEscalation("esc_0001"))?.taskToken).toBe("token-2");
    expect(t.mailer.sent).toHaveLength(1);
    expect(await t.events("escalation_opened")).toHaveLength(1);
    expect(t.workflow.succeeded).toEqual([]);
  });

  it("reminds the coordinator once, however often the reminder step runs", async () => {
    const t = await setup();
    await openEscalation(t.deps, ask());
    await openEscalation(t.deps, ask({ mode: "remind", taskToken: "token-2" }));
    await openEscalation(t.deps, ask({ mode: "remind", taskToken: "token-3" }));

    expect(t.mailer.sent.map((m) => m.key)).toEqual([
      "escalation:esc_0001",
      "escalation:esc_0001:reminder",
    ]);
    expect(t.mailer.sent[1]?.subject).toBe(
      `Atgādinājums: lēmums vēl nav pieņemts (${ESCALATION_REASONS.low_rating.label.lv})`,
    );
  });

  it.each([
    ["low_rating", "at_risk"],
    ["reflection_missing", "at_risk"],
    ["sessions_not_held", "stalled"],
    ["felt_unsafe", "stalled"],
    ["no_plan", "stalled"],
  ] as const)("after a %s escalation the relationship is %s", async (reason, health) => {
    const t = await setup();
    await openEscalation(t.deps, ask({ reason }));
    expect(await t.relationship()).toMatchObject({ health, openEscalationReason: reason });
  });

  it("resumes the new task at once with a decision taken while no task waited", async () => {
    const t = await setup({ relationship: { openEscalationId: "esc_old", state: "E.1 before" } });
    await t.workflowStore.openEscalation(
      {
        escalationId: "esc_old",
        relationshipId: REL,
        reason: "low_rating",
        severity: "medium",
        evidence: [{ reason: "low_rating", detail: {} }],
        phase: "learning",
        cycle: 2,
        status: "open",
        openedAt: "2027-02-20T10:00:00.000Z",
      },
      "token-gone",
    );
    await t.workflowStore.decideEscalation("esc_old", {
      decision: "pause",
      pauseUntil: "2027-04-01T00:00:00.000Z",
      note: "Atvaļinājums",
      decidedBy: "coord-1",
      decidedAt: "2027-02-25T10:00:00.000Z",
    });
    await openEscalation(t.deps, ask({ taskToken: "token-new" }));

    expect(t.workflow.succeeded).toEqual([
      {
        token: "token-new",
        output: {
          decision: "pause",
          note: "Atvaļinājums",
          pauseUntil: "2027-04-01T00:00:00.000Z",
        },
      },
    ]);
    expect(t.mailer.sent).toEqual([]);
    expect(await t.workflowStore.listEscalations()).toHaveLength(1);
    expect((await t.relationship()).state).toBe("E.1 before");
  });
});

describe("decideEscalation", () => {
  it("resumes the waiting task with the decision and records it", async () => {
    const t = await setup();
    await openEscalation(t.deps, ask());
    const input: DecisionInput = { decision: "extend", note: "Vēl divas tikšanās" };
    const result = await decideEscalation(t.deps, "esc_0001", input, "coord-1");

    expect(result.resumed).toBe(true);
    expect(result.escalation).toMatchObject({
      status: "decided",
      decision: "extend",
      decidedBy: "coord-1",
      decidedAt: NOW.toISOString(),
    });
    expect(t.workflow.succeeded).toEqual([
      { token: "token-1", output: { decision: "extend", pauseUntil: undefined, hasNote: true } },
    ]);
    expect(t.workflow.started).toEqual([]);
    expect(t.workflow.stopped).toEqual([]);
    expect((await t.workflowStore.getEscalation("esc_0001"))?.escalation).toMatchObject({
      status: "decided",
      decision: "extend",
      note: "Vēl divas tikšanās",
      decidedBy: "coord-1",
    });
    expect(await t.events("escalation_decided")).toEqual([
      expect.objectContaining({
        key: "decision-esc_0001",
        actor: "coordinator:coord-1",
        detail: { escalationId: "esc_0001", decision: "extend" },
      }),
    ]);
  });

  it("refuses a second decision on the same escalation", async () => {
    const t = await setup();
    await openEscalation(t.deps, ask());
    await decideEscalation(t.deps, "esc_0001", { decision: "continue" }, "coord-1");
    const second = decideEscalation(t.deps, "esc_0001", { decision: "close", note: "x" }, "c-2");

    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(
      decideEscalation(t.deps, "esc_0001", { decision: "close", note: "x" }, "c-2"),
    ).rejects.toMatchObject({ code: "escalation_decided" });
    expect((await t.workflowStore.getEscalation("esc_0001"))?.escalation).toMatchObject({
      decision: "continue",
      decidedBy: "coord-1",
    });
    expect(t.workflow.succeeded).toHaveLength(1);
    expect(await t.events("escalation_decided")).toHaveLength(1);
  });

  it("refuses a pause that ends in the past and changes nothing", async () => {
    const t = await setup();
    await openEscalation(t.deps, ask());
    const before = await t.workflowStore.getEscalation("esc_0001");
    const eventsBefore = await t.events();

    for (const until of ["2027-02-01", NOW.toISOString()]) {
      await expect(
        decideEscalation(t.deps, "esc_0001", { decision: "pause", until }, "coord-1"),
      ).rejects.toMatchObject({ name: "ConflictError", code: "pause_in_past" });
    }
    expect(await t.workflowStore.getEscalation("esc_0001")).toEqual(before);
    expect(before?.escalation.status).toBe("open");
    expect(await t.events()).toEqual(eventsBefore);
    expect(t.workflow.succeeded).toEqual([]);
  });

  it("answers an unknown escalation with NotFoundError", async () => {
    const t = await setup();
    await expect(
      decideEscalation(t.deps, "esc_nope", { decision: "continue" }, "coord-1"),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  describe("on an escalation no task waits for", () => {
    it.each([
      {
        decision: "close",
        input: { decision: "close", note: "Dalībnieks aizgāja" },
        changed: { phase: "closure", closeReason: "closed_by_coordinator" },
      },
      {
        decision: "pause",
        input: { decision: "pause", until: "2027-04-01" },
        changed: { pausedUntil: "2027-04-01T00:00:00.000Z", health: "paused", phase: "learning" },
      },
      {
        decision: "replan",
        input: { decision: "replan" },
        changed: { phase: "planning", planRound: 2, health: "on_track" },
      },
      {
        decision: "rematch",
        input: { decision: "rematch" },
        changed: { phase: "consent", mentorId: NEXT_MENTOR, consentRound: 2, candidates: [] },
      },
    ] as { decision: string; input: DecisionInput; changed: Partial<Relationship> }[])(
      "$decision changes the relationship and restarts its execution",
      async ({ decision, input, changed }) => {
        const t = await setup({ relationship: { candidates: [NEXT_MENTOR] } });
        await tokenlessEscalation(t);
        const result = await decideEscalation(t.deps, "esc_mail", input, "coord-1");

        expect(result.resumed).toBe(true);
        expect(t.workflow.succeeded).toEqual([]);
        expect(await t.relationship()).toMatchObject({ ...changed, execution: 2 });
        expect(t.workflow.stopped).toEqual([{ name: REL, cause: "decision on esc_mail" }]);
        expect(t.workflow.started).toEqual([{ name: `${REL}-2`, input: { relationshipId: REL } }]);
        expect(await t.events("escalation_decided")).toHaveLength(1);
        expect(await t.events("decision_applied")).toEqual([
          expect.objectContaining({
            key: "applied-esc_mail",
            detail: expect.objectContaining({ decision }),
          }),
        ]);
        expect(await t.events("workflow_restarted")).toEqual([
          expect.objectContaining({ key: "execution-2", detail: { execution: 2 } }),
        ]);
      },
    );

    it("stops the execution that runs now and starts the next name", async () => {
      const t = await setup({ relationship: { execution: 2 } });
      await tokenlessEscalation(t);
      await decideEscalation(t.deps, "esc_mail", { decision: "replan" }, "coord-1");
      expect(t.workflow.stopped.map((s) => s.name)).toEqual([`${REL}-2`]);
      expect(t.workflow.started.map((s) => s.name)).toEqual([`${REL}-3`]);
      expect((await t.relationship()).execution).toBe(3);
    });

    it("continue only records the decision", async () => {
      const t = await setup();
      await tokenlessEscalation(t);
      const before = await t.relationship();
      const result = await decideEscalation(t.deps, "esc_mail", { decision: "continue" }, "c-1");

      expect(result.resumed).toBe(false);
      expect(t.workflow.started).toEqual([]);
      expect(t.workflow.stopped).toEqual([]);
      expect(t.workflow.succeeded).toEqual([]);
      expect(await t.relationship()).toEqual(before);
      expect((await t.events()).map((e) => e.type)).toEqual(["escalation_decided"]);
      expect((await t.workflowStore.getEscalation("esc_mail"))?.escalation.status).toBe("decided");
    });

    it("a rematch with no mentor left keeps the execution running", async () => {
      const t = await setup();
      await tokenlessEscalation(t);
      const result = await decideEscalation(t.deps, "esc_mail", { decision: "rematch" }, "c-1");

      expect(result.resumed).toBe(false);
      expect(t.workflow.started).toEqual([]);
      expect(t.workflow.stopped).toEqual([]);
      expect(await t.relationship()).toMatchObject({ mentorId: MENTOR, execution: 1 });
      expect((await t.events("decision_applied"))[0]?.detail).toEqual({
        decision: "rematch",
        found: false,
      });
    });
  });
});

describe("applyDecision", () => {
  /** The relationship stopped at an open low-rating escalation about the mentee's session 2. */
  async function stopped(relationship: Partial<Relationship> = {}) {
    const t = await setup({ relationship: { candidates: [NEXT_MENTOR], ...relationship } });
    await t.workflowStore.openEscalation(
      {
        escalationId: "esc_0009",
        relationshipId: REL,
        reason: "low_rating",
        severity: "medium",
        evidence: [
          {
            reason: "low_rating",
            detail: { reason: "low_rating", participantId: MENTEE, session: 2, value: 3 },
          },
        ],
        phase: relationship.phase ?? "learning",
        cycle: relationship.cycle ?? 2,
        status: "decided",
        openedAt: "2027-02-20T10:00:00.000Z",
      },
      "token-1",
    );
    await t.workflowStore.updateRelationship(REL, {
      openEscalationId: "esc_0009",
      openEscalationReason: "low_rating",
      health: "at_risk",
    });
    return t;
  }
  const acknowledged = findingKey({
    reason: "low_rating",
    detail: { participantId: MENTEE, session: 2 },
  });

  it.each([
    {
      decision: "continue",
      resumeAt: "load",
      stored: { health: "on_track", cycle: 3, phase: "learning" },
    },
    {
      decision: "extend",
      resumeAt: "load",
      stored: { sessionCount: 6, cycle: 3, health: "on_track", phase: "learning" },
    },
    {
      decision: "replan",
      resumeAt: "load",
      stored: { phase: "planning", planRound: 2, health: "on_track", cycle: 2 },
    },
    {
      decision: "rematch",
      resumeAt: "load",
      stored: { phase: "consent", mentorId: NEXT_MENTOR, consentRound: 2, candidates: [] },
    },
    {
      decision: "pause",
      pauseUntil: "2027-04-01T00:00:00.000Z",
      resumeAt: "load",
      stored: { pausedUntil: "2027-04-01T00:00:00.000Z", health: "paused", cycle: 3 },
    },
    {
      decision: "close",
      resumeAt: "closing",
      stored: { phase: "closure", closeReason: "closed_by_coordinator", cycle: 2 },
    },
  ] as {
    decision: string;
    pauseUntil?: string;
    resumeAt: "load" | "closing";
    stored: Partial<Relationship>;
  }[])(
    "$decision stores its effect and resumes at $resumeAt",
    async ({ decision, pauseUntil, resumeAt, stored }) => {
      const t = await stopped();
      const result = await applyDecision(t.deps, REL, { decision, pauseUntil });

      expect(result).toEqual({ resumeAt });
      const relationship = await t.relationship();
      expect(relationship).toMatchObject({ ...stored, updatedAt: NOW.toISOString() });
      expect(relationship.openEscalationId).toBeUndefined();
      expect(relationship.openEscalationReason).toBeUndefined();
      // The findings behind the stop are decided: the next health check lets them pass.
      expect(relationship.acknowledged).toEqual([acknowledged]);
      expect(await t.events("decision_applied")).toEqual([
        expect.objectContaining({
          key: "applied-esc_0009",
          actor: "workflow",
          detail: expect.objectContaining({ decision }),
        }),
      ]);
    },
  );

  it("extend adds two sessions at the plan's pace after the last one", async () => {
    const t = await stopped();
    await applyDecision(t.deps, REL, { decision: "extend" });
    const sessions = await t.workflowStore.listSessions(REL);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sessions[4]).toEqual(session(5));
    expect(sessions[5]).toEqual(session(6));
  });

  it("continue after the last session leads to closure", async () => {
    const t = await stopped({ cycle: 4 });
    expect(await applyDecision(t.deps, REL, { decision: "continue" })).toEqual({
      resumeAt: "load",
    });
    expect(await t.relationship()).toMatchObject({ phase: "closure", cycle: 4 });
  });

  it.each([
    ["consent", { consentRound: 2, planRound: 1 }],
    ["planning", { planRound: 2, consentRound: 1 }],
  ] as const)("continue in %s asks again in a new round", async (phase, rounds) => {
    const t = await stopped({ phase, cycle: 0 });
    await applyDecision(t.deps, REL, { decision: "continue" });
    expect(await t.relationship()).toMatchObject({ phase, ...rounds });
  });

  it("a rematch in consent with nobody left asks the same people again", async () => {
    const t = await stopped({ phase: "consent", cycle: 0, candidates: [] });
    expect(await applyDecision(t.deps, REL, { decision: "rematch" })).toEqual({ resumeAt: "load" });
    expect(await t.relationship()).toMatchObject({ mentorId: MENTOR, consentRound: 2 });
    expect((await t.events("decision_applied"))[0]?.detail).toEqual({
      decision: "rematch",
      found: false,
    });
  });

  it.each(["continue", "extend", "pause", "close", "rematch"])(
    "is idempotent when the step runs twice (%s)",
    async (decision) => {
      const t = await stopped();
      const payload = { decision, pauseUntil: "2027-04-01T00:00:00.000Z" };
      const first = await applyDecision(t.deps, REL, payload);
      const afterFirst = await t.relationship();
      const second = await applyDecision(t.deps, REL, payload);

      expect(second).toEqual(first);
      expect(await t.relationship()).toEqual(afterFirst);
      expect((await t.workflowStore.listSessions(REL)).length).toBe(decision === "extend" ? 6 : 4);
      expect(await t.events("decision_applied")).toHaveLength(1);
      expect(await t.events("mentor_changed")).toHaveLength(decision === "rematch" ? 1 : 0);
    },
  );
});

describe("MemoryWorkflowStore keeps the DynamoDB adapter's invariants", () => {
  const form = (overrides: Partial<FormRequest> = {}): FormRequest => ({
    formId: "f_0001",
    kind: "reflection",
    relationshipId: REL,
    stepKey: "reflection#2",
    participantId: MENTEE,
    language: "lv",
    status: "open",
    createdAt: NOW.toISOString(),
    expiresAt: "2027-03-10T10:00:00.000Z",
    reminders: 0,
    ...overrides,
  });

  it("hands out copies: changing what it answered changes nothing stored", async () => {
    const t = await setup();
    const relationship = await t.relationship();
    relationship.menteeIds.push("p_someoneelse0000000000");
    relationship.people[MENTEE] = { name: "X", email: "x@example.lv", language: "en" };
    await tokenlessEscalation(t);
    const found = await t.workflowStore.getEscalation("esc_mail");
    found?.escalation.evidence.push({ reason: "low_rating", detail: {} });
    expect((await t.relationship()).menteeIds).toEqual([MENTEE]);
    expect((await t.relationship()).people[MENTEE]?.name).toBe("Līga Bērziņa");
    expect((await t.workflowStore.getEscalation("esc_mail"))?.escalation.evidence).toHaveLength(1);
    await expect(t.workflowStore.updateRelationship("rel_nope", { cycle: 1 })).rejects.toThrow();
  });

  it("opens an escalation once, decides it once and lists open before decided, oldest first", async () => {
    const t = await setup();
    const escalation = await tokenlessEscalation(t);
    const later = { ...escalation, escalationId: "esc_later", openedAt: NOW.toISOString() };
    await t.workflowStore.openEscalation(later, "token-later");
    const decision = {
      decision: "continue" as const,
      decidedBy: "c-1",
      decidedAt: NOW.toISOString(),
    };

    expect(await t.workflowStore.decideEscalation("esc_mail", decision)).toBe("");
    expect(await t.workflowStore.decideEscalation("esc_mail", decision)).toBeUndefined();
    expect(await t.workflowStore.decideEscalation("esc_nope", decision)).toBeUndefined();
    const again = await t.workflowStore.openEscalation({ ...escalation, reason: "no_plan" }, "t-2");
    expect(again).toMatchObject({ created: false, escalation: { status: "decided" } });
    expect(again.escalation.reason).toBe("mail_undeliverable");
    expect((await t.workflowStore.getEscalation("esc_mail"))?.taskToken).toBe("t-2");
    expect((await t.workflowStore.listEscalations()).map((e) => e.escalationId)).toEqual([
      "esc_later",
      "esc_mail",
    ]);
    expect((await t.workflowStore.listEscalations("decided")).map((e) => e.decision)).toEqual([
      "continue",
    ]);
  });

  it("asks for a form once, resumes it once and counts reminders and resends while open", async () => {
    const t = await setup();
    const store = t.workflowStore;
    expect((await store.ensureForm(form(), "token-1")).created).toBe(true);
    const again = await store.ensureForm(form({ formId: "f_0002" }), "token-2");
    expect(again).toMatchObject({ created: false, form: { formId: "f_0001" } });
    expect((await store.getForm("f_0001"))?.taskToken).toBe("token-2");
    await store.ensureForm(form({ formId: "f_0003", participantId: MENTOR }), "token-3");
    await store.ensureForm(form({ formId: "f_0004", kind: "introduction", stepKey: "x" }), "");
    await store.ensureForm(
      form({ formId: "f_0005", stepKey: "plan#1", expiresAt: "2027-03-05T00:00:00.000Z" }),
      "token-5",
    );
    expect((await store.listOpenForms()).map((f) => f.formId)).toEqual([
      "f_0005",
      "f_0001",
      "f_0003",
    ]);

    expect(await store.countReminder("f_0001", 1)).toBe(true);
    expect(await store.countReminder("f_0001", 1)).toBe(false);
    expect(await store.countReminder("f_0001", 2)).toBe(true);
    const resent = await store.countResend("f_0001", "2027-03-20T00:00:00.000Z");
    expect(resent).toMatchObject({ resends: 1, form: { expiresAt: "2027-03-20T00:00:00.000Z" } });
    expect((await store.countResend("f_0001"))?.resends).toBe(2);

    expect(await store.submitForm("f_0001", NOW.toISOString(), { held: "yes" }, { a: 1 })).toBe(
      "token-2",
    );
    expect(await store.submitForm("f_0001", NOW.toISOString(), {}, {})).toBeUndefined();
    expect(await store.countResend("f_0001")).toBeUndefined();
    expect((await store.getForm("f_0001"))?.form).toMatchObject({
      status: "submitted",
      output: { held: "yes" },
      reminders: 2,
    });
    await store.closeForms(REL, "reflection#2");
    expect((await store.getForm("f_0003"))?.form.status).toBe("closed");
    expect((await store.getForm("f_0001"))?.form.status).toBe("submitted");
    expect((await store.getForm("f_0005"))?.form.status).toBe("open");
    expect((await store.listOpenForms()).map((f) => f.formId)).toEqual(["f_0005"]);
    expect(await store.listParticipantForms(REL, MENTEE)).toContainEqual({
      form: expect.objectContaining({ formId: "f_0001" }),
      answers: { a: 1 },
    });
  });

  it("a new plan cancels the sessions it leaves out and keeps each session's last invite", async () => {
    const t = await setup();
    const invite = { sequence: 1, startsAt: session(3).startsAt, status: "confirmed" as const };
    await t.workflowStore.updateSession(REL, { ...session(3), invite });
    const moved = { ...session(3), startsAt: "2027-03-16T10:00:00.000Z" };
    await t.workflowStore.savePlan(REL, [], [moved]);

    expect((await t.workflowStore.listSessions(REL)).map((s) => s.number)).toEqual([1, 2, 3]);
    const all = await t.workflowStore.listSessions(REL, { includeCancelled: true });
    expect(all.map((s) => [s.number, s.cancelled ?? false])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(all[2]).toMatchObject({ startsAt: moved.startsAt, invite });
    // An empty goal list keeps the goals; a new one replaces them.
    expect((await t.workflowStore.listGoals(REL)).map((g) => g.key)).toEqual(["g1"]);
    await t.workflowStore.savePlan(REL, [{ key: "g2", title: "Jauns", measure: "m" }], [moved]);
    expect((await t.workflowStore.listGoals(REL)).map((g) => g.key)).toEqual(["g2"]);
  });

  it("keeps an event once per time and key", async () => {
    const t = await setup();
    const event = { at: NOW.toISOString(), key: "k-1", type: "x", actor: "workflow", detail: {} };
    await t.workflowStore.addEvent(REL, event);
    await t.workflowStore.addEvent(REL, { ...event, type: "y" });
    expect((await t.events()).map((e) => e.type)).toEqual(["x"]);
  });

  it("pseudonymises a participant's history once: ids swapped, own words gone, certificate revoked", async () => {
    const t = await setup();
    const store = t.workflowStore;
    await store.putReflection(reflection(MENTOR, 1));
    await store.putReflection(reflection(MENTEE, 1));
    await store.ensureForm(form({ participantId: MENTOR }), "token-1");
    await store.submitForm("f_0001", NOW.toISOString(), {}, { mostValuable: "teksts" });
    await store.addEvent(REL, {
      at: NOW.toISOString(),
      key: `reminder-${MENTOR}`,
      type: "reminded",
      actor: MENTOR,
      detail: { participantId: MENTOR },
    });
    await store.openEscalation(
      {
        ...(await tokenlessEscalation(t)),
        escalationId: "esc_mentor",
        evidence: [{ reason: "low_rating", detail: { participantId: MENTOR } }],
      },
      "",
    );
    const certificate: CertificateRecord = {
      certificateId: `cert_${"a".repeat(26)}`,
      kind: "mentor",
      name: "Jānis Ozoliņš",
      programme: { lv: "Programma", en: "Programme" },
      format: "individual",
      period: { from: "2027-01-10", to: "2027-03-01" },
      issuedAt: NOW.toISOString(),
      status: "valid",
    };
    await store.issueCertificate(REL, MENTOR, certificate);
    expect(
      (await store.issueCertificate(REL, MENTOR, { ...certificate, name: "Cits" })).created,
    ).toBe(false);

    const erased = "p_erased0000000000000000";
    expect(await store.pseudonymise(REL, MENTOR, erased, NOW.toISOString())).toEqual({
      certificatesRevoked: 1,
    });
    expect(await store.pseudonymise(REL, MENTOR, erased, NOW.toISOString())).toEqual({
      certificatesRevoked: 0,
    });

    const relationship = await t.relationship();
    expect(relationship.mentorId).toBe(erased);
    expect(Object.keys(relationship.people)).toEqual([MENTEE]);
    const reflections = await store.listReflections(REL);
    const own = reflections.find((r) => r.participantId === erased);
    expect(own).toMatchObject({ valueRating: 6, held: "yes" });
    expect(own?.mostValuable).toBeUndefined();
    expect(reflections.find((r) => r.participantId === MENTEE)?.mostValuable).toBeDefined();
    expect(await store.getForm("f_0001")).toMatchObject({
      taskToken: "",
      form: { participantId: erased },
    });
    expect(await store.listParticipantForms(REL, erased)).toEqual([
      { form: expect.objectContaining({ formId: "f_0001" }) },
    ]);
    expect(await store.listGoals(REL)).toEqual([{ key: "g1", title: "", measure: "" }]);
    expect(JSON.stringify(await t.events())).not.toContain(MENTOR);
    expect((await t.events())[0]).toMatchObject({ key: `reminder-${erased}`, actor: erased });
    expect((await store.getEscalation("esc_mentor"))?.escalation.evidence[0]?.detail).toEqual({
      participantId: erased,
    });
    expect((await store.getEscalation("esc_mail"))?.escalation.evidence[0]?.detail).toEqual({
      participantId: MENTEE,
    });
    expect(await store.getCertificateOf(REL, erased)).toMatchObject({
      status: "revoked",
      revokedAt: NOW.toISOString(),
      name: "—",
    });
    expect(await store.getCertificateOf(REL, MENTOR)).toBeUndefined();
  });
});
