import { beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { createHandler as listHandler } from "../../functions/console/list-mentor-community.js";
import { createHandler as reinviteHandler } from "../../functions/console/reinvite-mentor.js";
import { createHandler as showFormHandler } from "../../functions/forms/show-cohort-form.js";
import type { MentorCommunity } from "../../shared/domain/community/list-mentor-community.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { approveProposal } from "../../shared/domain/decide-proposal.js";
import type { Application } from "../../shared/schemas/application.js";
import type { Cohort } from "../../shared/schemas/cohort.js";
import type { Participant } from "../../shared/schemas/participant.js";
import { uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { useSesLocal } from "./ses-local.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

/**
 * The mentor community routes on DynamoDB Local and the local SES: the list with each
 * mentor's rounds, relationships, ratings and next-round answer; a re-invite e-mails the
 * "count me in" form, a second one its reminder, a third is refused; unknown people, no
 * round ahead and bad bodies are refused and change nothing stored.
 */
type Table = Awaited<ReturnType<typeof createTestTable>>;
const ses = useSesLocal();
const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

const round = (cohortId: string, from: number, stage: Cohort["stage"]): Cohort => ({
  cohortId,
  name: { lv: `Kārta ${cohortId}`, en: `Round ${cohortId}` },
  intakeOpensAt: iso(from),
  intakeClosesAt: iso(from + 15),
  seminar: { at: iso(from + 17), minutes: 90, place: "Rīga, Smilšu iela 1" },
  matchingBy: iso(from + 20),
  kickoffAt: iso(from + 25),
  endsAt: iso(from + 200),
  formats: ["individual"],
  targets: { mentees: 10, mentors: 5 },
  stage,
  createdAt: iso(-400),
  createdBy: "coordinator:anna",
  updatedAt: iso(-400),
});

/** A confirmed, eligible applicant of `cohortId`, as intake leaves one. */
async function person(t: Table, application: Application, cohortId: string) {
  const participant: Participant = {
    participantId: t.deps.ids.next("p"),
    role: application.role,
    name: application.name,
    email: application.email,
    language: application.language,
    status: "eligible",
    reasons: [],
    appliedAt: iso(-300),
    confirmation: "confirmed",
    confirmedAt: iso(-300),
    application,
    cohortId,
  };
  await t.store.createParticipant(participant);
  return participant;
}

const list = (deps: Deps) =>
  invoke(
    listHandler(() => deps) as never,
    httpEvent({ method: "GET", path: "/api/console/mentors", headers: auth }),
  );
const reinvite = (deps: Deps, participantId: string, body?: string) =>
  invoke(reinviteHandler(() => deps) as never, {
    ...httpEvent({
      method: "POST",
      path: `/api/console/mentors/${participantId}/reinvite`,
      headers: auth,
      ...(body === undefined ? {} : { body, contentType: "application/json" }),
    }),
    pathParameters: { participantId },
  });
const parsed = (answer: { statusCode: number; body: string }) => ({
  status: answer.statusCode,
  body: JSON.parse(answer.body) as Record<string, unknown>,
});

let table: Table;
let deps: Deps;
let anna: Participant;
let karlis: Participant;
let liga: Participant;

beforeAll(async () => {
  table = await createTestTable();
  deps = { ...table.deps, mailer: ses.mailerFor(table) };
  await table.store.createCohort(round("coh_winter", -250, "closed"));
  await table.store.createCohort(round("coh_spring", 5, "planned"));
  anna = await person(table, validMentor({ name: "Anna Kalniņa" }), "coh_winter");
  karlis = await person(table, validMentor({ name: "Kārlis Ozols" }), "coh_winter");
  liga = await person(table, validMentee({ preferredFormats: ["individual"] }), "coh_winter");
  const run = await createMatchingRun(
    deps,
    { participantIds: [liga.participantId, anna.participantId], minimumScore: 0 },
    "anna",
  );
  const proposal = run.proposals[0];
  if (!proposal) throw new Error("no proposal");
  const { relationshipId } = await approveProposal(deps, proposal.proposalId, "anna");
  if (!relationshipId) throw new Error("not approved");
  await deps.workflowStore.updateRelationship(relationshipId, {
    phase: "closed",
    closeReason: "completed",
  });
  await deps.workflowStore.putReflection({
    relationshipId,
    session: 1,
    participantId: liga.participantId,
    held: "yes",
    valueRating: 9,
    ideasRating: 8,
    safetyRating: 10,
    shareWithCoordinator: false,
    submittedAt: iso(-100),
  });
  await table.store.putCohortAnswer({
    cohortId: "coh_spring",
    participantId: karlis.participantId,
    kind: "count_me_in",
    answers: { places: 2 },
    answeredAt: iso(-1),
  });
  await table.store.putCohortAnswer({
    cohortId: "coh_winter",
    participantId: liga.participantId,
    kind: "mentee_future",
    answers: { future: "peer_mentor" },
    answeredAt: iso(-60),
  });
});

/** Every item of the table, in key order. */
const items = async () =>
  JSON.stringify(
    (await table.scanAll()).sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`)),
  );

describe("GET /api/console/mentors", () => {
  it("lists the mentors with their rounds, relationships, ratings and next round", async () => {
    const answer = await list(deps);
    expect(answer.statusCode).toBe(200);
    const community = JSON.parse(answer.body) as MentorCommunity;
    expect(community.nextCohort).toMatchObject({ cohortId: "coh_spring" });
    expect(community.mentors.map((m) => m.name)).toEqual(["Anna Kalniņa", "Kārlis Ozols"]);
    expect(community.mentors[0]).toMatchObject({
      participantId: anna.participantId,
      cohorts: [{ cohortId: "coh_winter", name: { lv: "Kārta coh_winter" } }],
      relationships: { held: 1, completed: 1, running: 0 },
      // One mentee rated: hidden.
      ratings: { raters: 1, value: null, ideas: null, safety: null, hidden: true },
      places: 3,
      next: { answer: "none", places: null },
      reinvitable: true,
    });
    expect(community.mentors[1]).toMatchObject({
      next: { answer: "count_me_in", places: 2 },
      reinvitable: false,
    });
    expect(community.futureMentors).toEqual([
      expect.objectContaining({ participantId: liga.participantId, future: "peer_mentor" }),
    ]);
  });
});

describe("POST /api/console/mentors/{participantId}/reinvite", () => {
  it("refuses a bad body, an unknown person, a mentee and a mentor in the round, changing nothing", async () => {
    const before = await items();
    const bad = parsed(await reinvite(deps, anna.participantId, JSON.stringify({ cohortId: 5 })));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.issues)).toContain("cohortId");
    expect((await reinvite(deps, anna.participantId, '{"extra":true}')).statusCode).toBe(400);
    expect((await reinvite(deps, "p_unknown000000000000000", "{}")).statusCode).toBe(404);
    expect((await reinvite(deps, liga.participantId, "{}")).statusCode).toBe(404);
    const unknownRound = JSON.stringify({ cohortId: "coh_none" });
    expect((await reinvite(deps, anna.participantId, unknownRound)).statusCode).toBe(404);
    const counted = parsed(await reinvite(deps, karlis.participantId, "{}"));
    expect(counted).toMatchObject({ status: 409, body: { error: "already_in_cohort" } });
    expect(await items()).toBe(before);
    expect(await ses.mailTo(anna.email)).toEqual([]);
  });

  it("e-mails the count-me-in form, then its reminder, and refuses a third", async () => {
    const first = parsed(await reinvite(deps, anna.participantId, "{}"));
    expect(first).toMatchObject({ status: 200, body: { cohortId: "coh_spring", mode: "send" } });
    const mail = await ses.mailTo(anna.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("You are invited to mentor in “Round coh_spring”");
    const link = mail[0]?.links.find((l) => l.includes("/cohort-forms/"));
    if (!link) throw new Error("no form link");
    const token = decodeURIComponent(new URL(link).pathname.slice("/cohort-forms/".length));
    const page = await invoke(showFormHandler(() => deps) as never, {
      ...httpEvent({ method: "GET", path: `/cohort-forms/${token}`, query: { lang: "en" } }),
      pathParameters: { link: token },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Yes, count me in for “Round coh_spring”");

    // No body at all is the next round too.
    const second = parsed(await reinvite(deps, anna.participantId));
    expect(second).toMatchObject({ status: 200, body: { cohortId: "coh_spring", mode: "remind" } });
    expect((await ses.mailTo(anna.email)).map((m) => m.subject)).toEqual([
      "You are invited to mentor in “Round coh_spring”",
      "Reminder: you are invited to mentor in “Round coh_spring”",
    ]);
    const events = await table.store.listCohortEvents("coh_spring");
    expect(events).toEqual([
      expect.objectContaining({
        type: "mentor_reinvited",
        actor: "coordinator:coordinator",
        detail: { participantId: anna.participantId, mode: "send" },
      }),
      expect.objectContaining({ detail: { participantId: anna.participantId, mode: "remind" } }),
    ]);

    const before = await items();
    const third = parsed(await reinvite(deps, anna.participantId, "{}"));
    expect(third).toMatchObject({ status: 409, body: { error: "already_invited" } });
    expect(await items()).toBe(before);
    expect(await ses.mailTo(anna.email)).toHaveLength(2);
    const shown = JSON.parse((await list(deps)).body) as MentorCommunity;
    expect(shown.mentors[0]?.next.invitedAt).toBe(second.body.invitedAt);
    expect(shown.mentors[0]?.reinvitable).toBe(false);
  });

  it("refuses when no round ahead takes mentors", async () => {
    const other = await createTestTable();
    const otherDeps = { ...other.deps, mailer: ses.mailerFor(other) };
    await other.store.createCohort(round("coh_past", -250, "closed"));
    // Its matching deadline has passed: too late to count anyone in.
    await other.store.createCohort(round("coh_matching", -25, "matching"));
    const mentor = await person(other, validMentor({ email: uniqueEmail("nora") }), "coh_past");
    const before = JSON.stringify(await other.scanAll());
    const answer = parsed(await reinvite(otherDeps, mentor.participantId, "{}"));
    expect(answer).toMatchObject({ status: 409, body: { error: "no_next_cohort" } });
    const named = JSON.stringify({ cohortId: "coh_matching" });
    expect((await reinvite(otherDeps, mentor.participantId, named)).statusCode).toBe(409);
    expect(JSON.stringify(await other.scanAll())).toBe(before);
    const community = JSON.parse((await list(otherDeps)).body) as MentorCommunity;
    expect(community.nextCohort).toBeUndefined();
    expect(community.mentors.map((m) => m.reinvitable)).toEqual([false]);
  });
});
