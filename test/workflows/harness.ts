import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { type LocalMail, listLocalMail } from "../../infra/local/start-ses-local.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { approveProposal } from "../../shared/domain/decide-proposal.js";
import { answerForm } from "../../shared/domain/workflow/answer-form.js";
import { decideEscalation } from "../../shared/domain/workflow/decide-escalation.js";
import type { MenteeApplication, MentorApplication } from "../../shared/schemas/application.js";
import type { Format } from "../../shared/schemas/reference.js";
import { uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { applyConfirmed } from "../fixtures/confirmed-applicants.js";
import { PLAN, rigaLocal } from "../fixtures/form-answers.js";
import { localMailbox, startLocalProgramme } from "../fixtures/local-programme.js";
import { pollUntil } from "../fixtures/poll.js";

const DAY = 86_400_000;

/**
 * One local runtime, clock and table for a test file: the synthesized ASL runs against
 * DynamoDB Local and the local SES; the clock stands still until a test moves it.
 */
export async function createHarness() {
  const coordinatorEmail = uniqueEmail("koordinators");
  const saved = JSON.parse(readFileSync(inject("workflowFile"), "utf8")) as {
    definition: Record<string, unknown>;
    cohortDefinition: Record<string, unknown>;
    functions: [string, string][];
  };
  const { clock, workflow, defaultDeps } = await startLocalProgramme({
    dynamoEndpoint: inject("workflowDynamoEndpoint"),
    sesEndpoint: inject("sesEndpoint"),
    tableName: `wf-${randomUUID()}`,
    workflow: {
      definition: saved.definition,
      cohortDefinition: saved.cohortDefinition,
      functions: new Map(saved.functions),
    },
    startAt: new Date("2027-01-04T08:00:00Z"),
    settings: {
      FORM_LINK_SECRET: `secret-${randomUUID()}`,
      PUBLIC_BASE_URL: "http://forms.test",
      COORDINATOR_TOKEN: "workflow-test-token",
      COORDINATOR_EMAIL: coordinatorEmail,
    },
  });
  const deps: Deps = defaultDeps();

  const until = <T>(
    what: string,
    probe: () => Promise<T | undefined | false>,
    timeoutMs = 20_000,
  ) => pollUntil(what, probe, timeoutMs, 25);

  const harness = {
    deps,
    clock,
    workflow,
    coordinatorEmail,
    runtime: workflow.runtime,
    cohortRuntime: workflow.cohortRuntime,
    async stop() {
      await workflow.stop();
    },
    advanceDays(days: number) {
      clock.advance(days * DAY);
    },
    /** Participants apply, matching proposes, the coordinator approves: the workflow starts. */
    async seed(
      options: {
        mentees?: Partial<MenteeApplication>[];
        mentor?: Partial<MentorApplication>;
        /** Other mentors who fit as well, for the proposal's ranked list. */
        alternatives?: Partial<MentorApplication>[];
        format?: Format;
      } = {},
    ) {
      const format = options.format ?? "individual";
      const menteeApplications = (options.mentees ?? [{}]).map((overrides, i) =>
        validMentee({
          preferredFormats: [format],
          institutionName: `Iestāde ${randomUUID()}`,
          ...overrides,
          email: uniqueEmail(`mentee${i}`),
        }),
      );
      const mentorApplication = validMentor({
        formats: [format],
        capacity: 6,
        organisation: `Uzņēmums ${randomUUID()}`,
        ...options.mentor,
        email: uniqueEmail("mentor"),
      });
      // Each applies and confirms from the local SES mailbox, as a person would.
      const mailbox = localMailbox(inject("sesEndpoint"));
      const mentees: { participantId: string }[] = [];
      for (const application of menteeApplications)
        mentees.push(await applyConfirmed(deps, mailbox, application));
      const mentor = await applyConfirmed(deps, mailbox, mentorApplication);
      const alternatives = [];
      for (const overrides of options.alternatives ?? []) {
        const application = validMentor({
          formats: [format],
          capacity: 6,
          organisation: `Uzņēmums ${randomUUID()}`,
          // A weaker fit than the first mentor, so the ranking is clear.
          sector: "public",
          ...overrides,
          email: uniqueEmail("alternative"),
        });
        alternatives.push({
          id: (await applyConfirmed(deps, mailbox, application)).participantId,
          email: application.email,
        });
      }
      const run = await createMatchingRun(
        deps,
        {
          minimumScore: 0,
          participantIds: [
            ...mentees.map((m) => m.participantId),
            mentor.participantId,
            ...alternatives.map((a) => a.id),
          ],
        },
        "coordinator",
      );
      const proposal = run.proposals.find((p) =>
        p.menteeIds.includes(mentees[0]?.participantId ?? ""),
      );
      if (!proposal) throw new Error("matching proposed nothing for the seeded mentee");
      const approved = await approveProposal(deps, proposal.proposalId, "coordinator");
      const seededMentees = mentees.map((m, i) => ({
        id: m.participantId,
        email: menteeApplications[i]?.email ?? "",
      }));
      return {
        relationshipId: approved.relationshipId as string,
        proposal: approved,
        /** The first mentee, whom the proposal places. */
        mentee: seededMentees[0] ?? { id: "", email: "" },
        mentor: {
          id: proposal.mentorId,
          email:
            proposal.mentorId === mentor.participantId
              ? mentorApplication.email
              : (alternatives.find((a) => a.id === proposal.mentorId)?.email ?? ""),
        },
        mentees: seededMentees,
        alternatives,
      };
    },
    async mailTo(email: string): Promise<LocalMail[]> {
      return (await listLocalMail(inject("sesEndpoint"))).filter((mail) => mail.to.includes(email));
    },
    /** The newest mail to `email` whose subject matches, once it has arrived. */
    async waitForMail(email: string, subject: RegExp, count = 1): Promise<LocalMail> {
      return until(`mail "${subject}" to ${email}`, async () => {
        const found = (await harness.mailTo(email)).filter((mail) => subject.test(mail.subject));
        return found.length >= count ? found.at(-1) : undefined;
      });
    },
    /** Answers the form behind an e-mail's link, as a person would. */
    async answer(mail: LocalMail, fields: Record<string, unknown>) {
      const link = mail.links.find((l) => l.includes("/f/"));
      if (!link) throw new Error(`no form link in "${mail.subject}"`);
      return answerForm(deps, link.split("/f/")[1] ?? "", fields);
    },
    state(relationshipId: string) {
      return workflow.runtime.describeLatest(relationshipId).currentState;
    },
    async waitForState(relationshipId: string, state: string) {
      try {
        return await until(
          `state "${state}"`,
          async () => harness.stateSafe(relationshipId) === state,
        );
      } catch (error) {
        const execution = workflow.runtime.describeLatest(relationshipId);
        throw new Error(
          `${(error as Error).message}; now ${execution.currentState} (${execution.status} ${execution.error ?? ""} ${execution.cause ?? ""})`,
        );
      }
    },
    stateSafe(relationshipId: string) {
      try {
        return workflow.runtime.describeLatest(relationshipId).currentState;
      } catch {
        return undefined;
      }
    },
    async waitForStatus(relationshipId: string, status: "SUCCEEDED" | "FAILED") {
      return until(
        `execution ${status}`,
        async () => workflow.runtime.describeLatest(relationshipId).status === status,
      );
    },
    relationship(relationshipId: string) {
      return deps.workflowStore.getRelationship(relationshipId);
    },
    /** The relationship once it has an open escalation. */
    async openEscalation(relationshipId: string) {
      return until("an open escalation", async () => {
        const current = await harness.relationship(relationshipId);
        return current?.openEscalationId ? current : undefined;
      });
    },
    /** The coordinator decides an escalation. */
    decide(escalationId: string, decision: Parameters<typeof decideEscalation>[2]) {
      return decideEscalation(deps, escalationId, decision, "coordinator");
    },
    /**
     * The clock reaches the end of `session`; each person, in order, answers the reflection
     * form about it.
     */
    async reflectOn(
      session: { number: number; endsAt: string } | undefined,
      ...answers: [email: string, fields: Record<string, unknown>][]
    ) {
      if (!session) throw new Error("no such session");
      clock.advanceTo(new Date(session.endsAt));
      for (const [email, fields] of answers) {
        await harness.answer(
          await harness.waitForMail(email, reflectionMail(session.number)),
          fields,
        );
      }
    },
    until,
  };
  return harness;
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** The harness of this test file: created before its tests, stopped after them. */
export function useHarness(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await createHarness());
  });
  afterAll(async () => {
    await h.stop?.();
  });
  return h;
}

/** The subject of the reflection form about session `n`, in English or Latvian. */
export const reflectionMail = (n: number) => new RegExp(`session ${n} go|${n}\\. tikšanās reizē`);

export const ACCEPT = { decision: "accept" };
export const DECLINE = { decision: "decline", reason: "Nav laika" };
/** A Riga wall-clock time `days` ahead of the clock, as the plan form's date field sends it. */
export { PLAN, rigaLocal };

export const GOOD_REFLECTION = {
  held: "yes",
  valueRating: 9,
  ideasRating: 8,
  safetyRating: 9,
  mostValuable: "Konkrēti padomi",
  shareWithCoordinator: false,
};
/** A reflection that rates the session's value low: the evaluation escalates it. */
export const LOW_VALUE = { ...GOOD_REFLECTION, valueRating: 2 };
/** A reflection that says the session did not take place. */
export const NOT_HELD = { ...GOOD_REFLECTION, held: "no", notHeldReason: "agreed_to_move" };

/** A relationship seeded and brought to its first session: the seed and its sessions. */
export async function seedToLearning(
  h: Harness,
  sessions = 3,
  options?: Parameters<Harness["seed"]>[0],
) {
  const seeded = await h.seed(options);
  return { ...seeded, sessions: await toLearning(h, seeded, sessions) };
}

/** Everyone accepts and the mentor plans: the relationship reaches its first session. */
export async function toLearning(
  h: Harness,
  seeded: Awaited<ReturnType<Harness["seed"]>>,
  sessions = 3,
) {
  const { relationshipId, mentor, mentees } = seeded;
  for (const person of [mentor.email, ...mentees.map((m) => m.email)]) {
    await h.answer(await h.waitForMail(person, /match|pāris/i), ACCEPT);
  }
  await h.answer(
    await h.waitForMail(mentor.email, /plan/i),
    PLAN(sessions, rigaLocal(h.clock.now(), 10)),
  );
  const { STATES } = await import("../../workflows/relationship/relationship-states.js");
  await h.waitForState(relationshipId, STATES.waitReminder);
  return h.deps.workflowStore.listSessions(relationshipId);
}
