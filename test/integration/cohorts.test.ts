import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as approveHandler } from "../../functions/console/approve-proposal.js";
import { createHandler as createCohortHandler } from "../../functions/console/create-cohort.js";
import { createHandler as runHandler } from "../../functions/console/create-matching-run.js";
import { createHandler as listCohortsHandler } from "../../functions/console/list-cohorts.js";
import { createHandler as listParticipantsHandler } from "../../functions/console/list-participants.js";
import { createHandler as listRelationshipsHandler } from "../../functions/console/list-relationships.js";
import { createHandler as showCohortHandler } from "../../functions/console/show-cohort.js";
import { createHandler as showFiguresHandler } from "../../functions/console/show-figures.js";
import { createHandler as updateCohortHandler } from "../../functions/console/update-cohort.js";
import { createCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import type { CohortView } from "../../shared/domain/cohorts/view-cohorts.js";
import type { CohortInput } from "../../shared/schemas/cohort.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

/**
 * Cohorts (programme rounds) on DynamoDB Local through the console routes: a timetable in
 * order or a 400 naming the field, one open intake at a time (409), dates that move only
 * while still ahead, applications that join the open intake's cohort, and relationships
 * and lists that carry and filter by it.
 */

let table: Awaited<ReturnType<typeof createTestTable>>;
const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };
const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A round whose timetable starts `from` days from now (negative: its intake is open). */
const round = (from: number, name = "Pavasaris"): CohortInput => ({
  name: { lv: `${name} kārta`, en: `${name} round` },
  intakeOpensAt: iso(from),
  intakeClosesAt: iso(from + 21),
  seminar: { at: iso(from + 24), minutes: 90, place: "Rīga, Smilšu iela 1" },
  matchingBy: iso(from + 30),
  kickoffAt: iso(from + 35),
  endsAt: iso(from + 200),
  formats: ["individual", "group"],
  targets: { mentees: 20, mentors: 10 },
});

type Handler = (deps: () => typeof table.deps) => unknown;
const call = (
  handler: Handler,
  method: string,
  path: string,
  options: { body?: unknown; params?: Record<string, string>; query?: Record<string, string> } = {},
  headers: Record<string, string> = auth,
) => {
  const event = httpEvent({
    method,
    path,
    headers,
    ...(options.body === undefined
      ? {}
      : { body: JSON.stringify(options.body), contentType: "application/json" }),
    ...(options.query ? { query: options.query } : {}),
  });
  if (options.params) event.pathParameters = options.params;
  return invoke(handler(() => table.deps) as never, event);
};
const create = (body: unknown) =>
  call(createCohortHandler, "POST", "/api/console/cohorts", { body });
const patch = (cohortId: string, body: unknown) =>
  call(updateCohortHandler, "PATCH", `/api/console/cohorts/${cohortId}`, {
    body,
    params: { cohortId },
  });
const show = (cohortId: string) =>
  call(showCohortHandler, "GET", `/api/console/cohorts/${cohortId}`, { params: { cohortId } });

let open: CohortView;
let planned: CohortView;

beforeAll(async () => {
  table = await createTestTable();
});

describe("cohorts on DynamoDB Local", () => {
  it("needs the coordinator's token", async () => {
    const answer = await call(listCohortsHandler, "GET", "/api/console/cohorts", {}, {});
    expect(answer.statusCode).toBe(401);
    const anonymous = await call(
      createCohortHandler,
      "POST",
      "/api/console/cohorts",
      { body: round(100) },
      {},
    );
    expect(anonymous.statusCode).toBe(401);
  });

  it("refuses a timetable out of order with a 400 naming the field, and stores nothing", async () => {
    const before = JSON.parse((await call(listCohortsHandler, "GET", "/api/console/cohorts")).body)
      .items.length;
    const late = round(400);
    const seminarAfterKickoff = await create({
      ...late,
      seminar: { ...late.seminar, at: iso(400 + 40) },
    });
    expect(seminarAfterKickoff.statusCode).toBe(400);
    expect(JSON.parse(seminarAfterKickoff.body).issues).toEqual([
      expect.objectContaining({ path: "seminar.at", code: "not_before_kickoffAt" }),
    ]);
    const closeBeforeOpen = await create({ ...late, intakeClosesAt: iso(399) });
    expect(closeBeforeOpen.statusCode).toBe(400);
    expect(JSON.parse(closeBeforeOpen.body).issues.map((i: { path: string }) => i.path)).toContain(
      "intakeClosesAt",
    );
    const unknownField = await create({ ...late, colour: "red" });
    expect(unknownField.statusCode).toBe(400);
    const after = JSON.parse((await call(listCohortsHandler, "GET", "/api/console/cohorts")).body)
      .items.length;
    expect(after).toBe(before);
  });

  it("keeps one intake open at a time: an overlapping intake is a 409", async () => {
    const answer = await create(round(-5, "Ziema"));
    expect(answer.statusCode).toBe(201);
    open = JSON.parse(answer.body);
    expect(open).toMatchObject({
      stage: "intake",
      current: true,
      createdBy: "coordinator:coordinator",
    });
    const overlapping = await create(round(10, "Pārklājas"));
    expect(overlapping.statusCode).toBe(409);
    expect(JSON.parse(overlapping.body).error).toBe("intake_overlaps");
    const later = await create(round(30, "Vasara"));
    expect(later.statusCode).toBe(201);
    planned = JSON.parse(later.body);
    expect(planned).toMatchObject({ stage: "planned", current: false });
    const listed = JSON.parse((await call(listCohortsHandler, "GET", "/api/console/cohorts")).body)
      .items as CohortView[];
    // The newest intake first.
    expect(listed.map((c) => c.cohortId).indexOf(planned.cohortId)).toBeLessThan(
      listed.map((c) => c.cohortId).indexOf(open.cohortId),
    );
  });

  it("moves a date only while it is ahead, keeps the order, and changes targets any time", async () => {
    const started = await patch(open.cohortId, { intakeOpensAt: iso(-1) });
    expect(started.statusCode).toBe(409);
    expect(JSON.parse(started.body).error).toBe("stage_started");
    const intoPast = await patch(open.cohortId, { intakeClosesAt: iso(-1) });
    expect(intoPast.statusCode).toBe(400);
    expect(JSON.parse(intoPast.body).issues[0]).toMatchObject({
      path: "intakeClosesAt",
      code: "in_past",
    });
    const disorder = await patch(planned.cohortId, { kickoffAt: iso(30 + 300) });
    expect(disorder.statusCode).toBe(400);
    expect(JSON.parse(disorder.body).issues.map((i: { path: string }) => i.path)).toContain(
      "endsAt",
    );
    const moved = await patch(planned.cohortId, {
      seminar: { place: "Tiešsaistē: https://meet.example.lv/seminars" },
      targets: { mentees: 30 },
      matchingBy: iso(30 + 31),
    });
    expect(moved.statusCode).toBe(200);
    const body = JSON.parse(moved.body) as CohortView;
    expect(body.seminar).toMatchObject({
      minutes: 90,
      place: "Tiešsaistē: https://meet.example.lv/seminars",
    });
    expect(body.targets).toEqual({ mentees: 30, mentors: 10 });
    expect(body.updatedBy).toBe("coordinator:coordinator");
    expect((await show(planned.cohortId)).statusCode).toBe(200);
    expect((await show("coh_missing")).statusCode).toBe(404);
    expect((await patch(planned.cohortId, {})).statusCode).toBe(400);
  });

  it("lets applications join the open intake's cohort; relationships and lists carry it", async () => {
    const mentee = await table.applyConfirmed(
      validMentee({ institutionName: "Kārtas iestāde", preferredFormats: ["individual"] }),
    );
    const mentor = await table.applyConfirmed(
      validMentor({ organisation: "Kārtas uzņēmums", capacity: 1, formats: ["individual"] }),
    );
    const view = JSON.parse((await show(open.cohortId)).body) as CohortView;
    expect(view.counts).toMatchObject({
      applicants: { mentees: 1, mentors: 1 },
      eligible: { mentees: 1, mentors: 1 },
      placedMentees: 0,
      relationships: 0,
    });
    const listed = JSON.parse(
      (
        await call(listParticipantsHandler, "GET", "/api/console/participants", {
          query: { cohort: open.cohortId },
        })
      ).body,
    ).items as { participantId: string; cohortId: string }[];
    expect(listed.map((p) => p.participantId).sort()).toEqual(
      [mentee.participantId, mentor.participantId].sort(),
    );
    expect(listed.every((p) => p.cohortId === open.cohortId)).toBe(true);

    const run = JSON.parse(
      (
        await call(runHandler, "POST", "/api/console/matching-runs", {
          body: { participantIds: [mentee.participantId, mentor.participantId], minimumScore: 0 },
        })
      ).body,
    );
    const proposalId = run.proposals[0].proposalId as string;
    const approved = await call(
      approveHandler,
      "POST",
      `/api/console/proposals/${proposalId}/approve`,
      {
        params: { proposalId },
      },
    );
    expect(approved.statusCode).toBe(201);
    const relationshipId = JSON.parse(approved.body).relationshipId as string;
    expect((await table.deps.workflowStore.getRelationship(relationshipId))?.cohortId).toBe(
      open.cohortId,
    );
    const inCohort = JSON.parse(
      (
        await call(listRelationshipsHandler, "GET", "/api/console/relationships", {
          query: { cohort: open.cohortId },
        })
      ).body,
    ).items as { relationshipId: string }[];
    expect(inCohort.map((r) => r.relationshipId)).toEqual([relationshipId]);
    const otherCohort = JSON.parse(
      (
        await call(listRelationshipsHandler, "GET", "/api/console/relationships", {
          query: { cohort: planned.cohortId },
        })
      ).body,
    ).items;
    expect(otherCohort).toEqual([]);
    expect(JSON.parse((await show(open.cohortId)).body).counts).toMatchObject({
      placedMentees: 1,
      relationships: 1,
    });
  });

  it("counts the figures of one cohort: its applications only, the programme's all of them", async () => {
    const fresh = await createTestTable();
    const apply = async (institutionType: "municipal_administration" | "planning_region") => {
      for (let i = 0; i < 3; i++)
        await fresh.applyConfirmed(
          validMentee({
            institutionType,
            institutionName: `Skaitļu iestāde ${institutionType} ${i}`,
          }),
        );
    };
    // Three apply before any round exists, three while a round's intake is open.
    await apply("municipal_administration");
    const cohort = await createCohort(fresh.deps, round(-1, "Skaitļi"), "ilze");
    await apply("planning_region");
    const figuresOf = async (query?: Record<string, string>) => {
      const event = httpEvent({
        method: "GET",
        path: "/api/console/figures",
        headers: auth,
        ...(query ? { query } : {}),
      });
      const answer = await invoke(showFiguresHandler(() => fresh.deps) as never, event);
      expect(answer.statusCode).toBe(200);
      const rows = JSON.parse(answer.body).tables.find(
        (t: { name: string }) => t.name === "by-institution-type",
      ).rows as { code: string; applied: { value: number | null } }[];
      return (code: string) => rows.find((row) => row.code === code)?.applied.value;
    };
    const all = await figuresOf();
    expect([all("municipal_administration"), all("planning_region")]).toEqual([3, 3]);
    const ofCohort = await figuresOf({ cohort: cohort.cohortId });
    expect([ofCohort("municipal_administration"), ofCohort("planning_region")]).toEqual([0, 3]);
  });

  it("matches one cohort's pool: its mentees, and mentors of any round with places left", async () => {
    const fresh = await createTestTable();
    // A mentor from before any round, a mentee outside the round, and the round's mentee.
    const mentor = await fresh.applyConfirmed(
      validMentor({ organisation: "Kopiena", capacity: 3, formats: ["individual"] }),
    );
    const outside = await fresh.applyConfirmed(
      validMentee({ institutionName: "Ārpus kārtas", preferredFormats: ["individual"] }),
    );
    const cohort = await createCohort(fresh.deps, round(-1, "Kopa"), "ilze");
    const inside = await fresh.applyConfirmed(
      validMentee({ institutionName: "Kārtā", preferredFormats: ["individual"] }),
    );
    const runOf = async (body: unknown) => {
      const event = httpEvent({
        method: "POST",
        path: "/api/console/matching-runs",
        headers: auth,
        body: JSON.stringify(body),
        contentType: "application/json",
      });
      return invoke(runHandler(() => fresh.deps) as never, event);
    };
    const answer = await runOf({ cohortId: cohort.cohortId, minimumScore: 0 });
    expect(answer.statusCode).toBe(201);
    const run = JSON.parse(answer.body);
    expect(run.cohortId).toBe(cohort.cohortId);
    const placed = run.proposals.flatMap((p: { menteeIds: string[] }) => p.menteeIds);
    expect(placed).toEqual([inside.participantId]);
    expect(placed).not.toContain(outside.participantId);
    expect(run.proposals[0].mentorId).toBe(mentor.participantId);
    expect((await runOf({ cohortId: "coh_missing" })).statusCode).toBe(404);
  });
});
