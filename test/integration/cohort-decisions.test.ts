import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as decideHandler } from "../../functions/console/decide-cohort-escalation.js";
import { createCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import type { CohortInput } from "../../shared/schemas/cohort.js";
import type { CohortEscalation } from "../../shared/schemas/cohort-escalation.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

/**
 * The coordinator's answer to a cohort workflow's question, over the console route on
 * DynamoDB Local: a readable 400 for a decision the question does not offer or a bad date,
 * nothing changed by it; an extension moves the stage's date; an answer no waiting task
 * takes restarts the cohort's workflow under its next name; a second answer is a 409.
 */
let table: Awaited<ReturnType<typeof createTestTable>>;
const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const round = (): CohortInput => ({
  name: { lv: "Lēmumu kārta", en: "Decisions round" },
  intakeOpensAt: iso(-2),
  intakeClosesAt: iso(1),
  seminar: { at: iso(4), minutes: 60, place: "Tiešsaistē" },
  matchingBy: iso(10),
  kickoffAt: iso(14),
  endsAt: iso(120),
  formats: ["individual"],
  targets: { mentees: 20, mentors: 10 },
});

beforeAll(async () => {
  table = await createTestTable();
});

const decide = (cohortId: string, body: unknown) => {
  const event = httpEvent({
    method: "POST",
    path: `/api/console/cohorts/${cohortId}/decision`,
    headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` },
    body: JSON.stringify(body),
    contentType: "application/json",
  });
  event.pathParameters = { cohortId };
  return invoke(decideHandler(() => table.deps) as never, event);
};

describe("POST /api/console/cohorts/{cohortId}/decision", () => {
  it("extends the intake, refusing what the question does not offer", async () => {
    const cohort = await createCohort(table.deps, round(), "ilze");
    expect(table.startedCohorts).toContain(cohort.cohortId);
    const escalation: CohortEscalation = {
      escalationId: "intake_shortfall-test",
      cohortId: cohort.cohortId,
      reason: "intake_shortfall",
      detail: { mentees: 2, mentors: 1 },
      status: "open",
      openedAt: new Date().toISOString(),
    };
    await table.deps.store.openCohortEscalation(escalation, "token-gone");
    const problem = async (body: unknown) => {
      const answer = await decide(cohort.cohortId, body);
      return { status: answer.statusCode, body: JSON.parse(answer.body) };
    };
    const id = escalation.escalationId;
    expect((await problem({ escalationId: id, decision: "extend" })).status).toBe(400);
    expect(
      JSON.stringify(
        (await problem({ escalationId: id, decision: "extend", until: iso(-1) })).body,
      ),
    ).toContain("until");
    // Not before the matching deadline: the timetable stays in order.
    expect((await problem({ escalationId: id, decision: "extend", until: iso(11) })).status).toBe(
      400,
    );
    expect((await problem({ escalationId: id, decision: "pause" })).status).toBe(400);
    expect((await problem({ escalationId: "nope", decision: "go_on" })).status).toBe(404);
    expect((await table.deps.store.getCohort(cohort.cohortId))?.intakeClosesAt).toBe(
      cohort.intakeClosesAt,
    );

    const until = iso(5);
    const done = await problem({ escalationId: id, decision: "extend", until });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "decided",
      decision: "extend",
      decidedBy: "coordinator:coordinator",
    });
    const stored = await table.deps.store.getCohort(cohort.cohortId);
    expect(stored?.intakeClosesAt).toBe(new Date(until).toISOString());
    // No task waited for the answer: the workflow starts again under its next name.
    expect(table.startedCohorts).toContain(`${cohort.cohortId}-2`);
    expect(stored?.execution).toBe(2);
    expect((await problem({ escalationId: id, decision: "go_on" })).status).toBe(409);
    const events = await table.deps.store.listCohortEvents(cohort.cohortId);
    expect(events.map((e) => e.type)).toContain("cohort_escalation_decided");
  });
});
