import { MemoryStore } from "../shared/adapters/memory/memory-store.js";
import { MemoryWorkflowStore } from "../shared/adapters/memory/memory-workflow-store.js";
import { checkEligibility } from "../shared/domain/check-eligibility.js";
import type { Application } from "../shared/schemas/application.js";
import type { Cohort } from "../shared/schemas/cohort.js";
import type { Participant } from "../shared/schemas/participant.js";
import {
  ELIGIBLE_INSTITUTION_TYPES,
  type Format,
  type Role,
  type RoleCategory,
} from "../shared/schemas/reference.js";
import type { Relationship, Session } from "../shared/schemas/workflow.js";
import { validMentee, validMentor } from "../test/fixtures/applications.js";
import { seeded } from "../test/fixtures/random-pool.js";

/**
 * A whole programme round in memory, for the report's simulation: 40 mentees (institution
 * types, role categories, two who do not qualify), 20 mentors (public and private, one who
 * does not qualify), 28 relationships in every format with sessions, ratings, goals and
 * progress, consent answers with a few first-round declines and one silence, two early
 * closures and one still closing, and both programme surveys (with comments, which the
 * report must never show).
 */

const DAY = 86_400_000;
export const SIMULATION_NOW = new Date("2027-09-06T09:00:00.000Z");
const KICKOFF = Date.parse("2027-03-01T08:00:00.000Z");

export const SIMULATED_COHORT: Cohort = {
  cohortId: "coh_spring2027",
  name: { lv: "2027. gada pavasara kārta", en: "Spring 2027 cohort" },
  intakeOpensAt: "2027-01-11T07:00:00.000Z",
  intakeClosesAt: "2027-02-08T21:59:00.000Z",
  seminar: { at: "2027-02-15T08:00:00.000Z", minutes: 90, place: "Rīga, Smilšu iela 1" },
  matchingBy: "2027-02-22T15:00:00.000Z",
  kickoffAt: "2027-03-01T08:00:00.000Z",
  endsAt: "2027-08-31T15:00:00.000Z",
  formats: ["individual", "group", "team", "reverse", "on_demand"],
  targets: { mentees: 40, mentors: 20 },
  stage: "closing",
  createdAt: "2026-12-01T10:00:00.000Z",
  createdBy: "coordinator:ilze",
  updatedAt: "2026-12-01T10:00:00.000Z",
};

const id = (prefix: string, n: number) =>
  `p_${prefix}${String(n).padStart(20 - prefix.length, "0")}`;
const ROLES: Record<RoleCategory, Role> = {
  key: "digital_services_expert",
  collaboration: "data_analyst",
  user: "accountant",
};

function participant(
  participantId: string,
  application: Application,
  appliedAt: string,
): Participant {
  const { status, reasons } = checkEligibility(application);
  return {
    participantId,
    role: application.role,
    name: application.name,
    email: application.email,
    language: application.language,
    status,
    reasons,
    appliedAt,
    confirmation: "confirmed",
    confirmedAt: appliedAt,
    application,
    cohortId: SIMULATED_COHORT.cohortId,
  };
}

/** The relationships' shapes: format and how many mentees, in order. */
const SHAPES: [Format, number][] = [
  ...Array.from({ length: 22 }, (): [Format, number] => ["individual", 1]),
  ["group", 3],
  ["group", 3],
  ["team", 3],
  ["reverse", 1],
  ["reverse", 1],
  ["on_demand", 1],
];

export async function simulatedCohort() {
  const random = seeded(20270301);
  const store = new MemoryStore();
  const workflowStore = new MemoryWorkflowStore();
  await store.createCohort(SIMULATED_COHORT);
  const applied = (n: number) =>
    new Date(Date.parse(SIMULATED_COHORT.intakeOpensAt) + (n * DAY) / 2).toISOString();

  const mentees: Participant[] = [];
  for (let n = 0; n < 40; n++) {
    const category = (["key", "collaboration", "user"] as const)[n % 3] as RoleCategory;
    const outside = n === 38; // a private company: not eligible
    const noCategory = n === 39; // a role outside the three categories: not eligible
    const institutionType = outside
      ? "other"
      : (ELIGIBLE_INSTITUTION_TYPES[random.int(0, n < 20 ? 2 : 6)]?.code ??
        "municipal_administration");
    const application = validMentee({
      name: `Mentorējamā ${n + 1}`,
      email: `mentee${n}@example.lv`,
      institutionName: `Iestāde ${n + 1}`,
      institutionType,
      roleCategory: noCategory ? "none" : category,
      jobRole: ROLES[category],
      preferredFormats: ["individual", "group", "team", "reverse", "on_demand"],
    });
    if (noCategory) delete application.jobRole;
    mentees.push(participant(id("mentee", n), application, applied(n)));
  }
  const mentors: Participant[] = [];
  for (let n = 0; n < 20; n++) {
    const application = validMentor({
      name: `Mentors ${n + 1}`,
      email: `mentor${n}@example.lv`,
      organisation: `Organizācija ${n + 1}`,
      sector: n < 12 ? "public" : "private",
      capacity: 3,
      formats: ["individual", "group", "team", "reverse", "on_demand"],
      // The last one names no role category it can support: not eligible.
      supportedRoleCategories: n === 19 ? [] : ["key", "collaboration", "user"],
    });
    mentors.push(participant(id("mentor", n), application, applied(n)));
  }
  for (const person of [...mentees, ...mentors]) await store.createParticipant(person);

  const eligibleMentees = mentees.filter((m) => m.status === "eligible");
  const eligibleMentors = mentors.filter((m) => m.status === "eligible");
  let next = 0;
  for (const [index, [format, size]] of SHAPES.entries()) {
    const group = eligibleMentees.slice(next, next + size).map((m) => m.participantId);
    next += size;
    const mentor = eligibleMentors[index % eligibleMentors.length] as Participant;
    await simulateRelationship(workflowStore, random, index, format, mentor.participantId, group);
  }
  await simulateSurveys(store, random, [
    ...eligibleMentees.slice(0, next).map((m) => m.participantId),
    ...eligibleMentors.map((m) => m.participantId),
  ]);
  return { store, workflowStore };
}

type Random = ReturnType<typeof seeded>;

async function simulateRelationship(
  workflowStore: MemoryWorkflowStore,
  random: Random,
  index: number,
  format: Format,
  mentorId: string,
  menteeIds: string[],
) {
  const relationshipId = `rel_sim${String(index).padStart(4, "0")}`;
  const approvedAt = new Date(KICKOFF - 6 * DAY + random.int(0, 48) * 3_600_000).toISOString();
  // Relationships 3, 9 and 15: a first-round decline; 20: nobody answered in time.
  const declined = index === 3 || index === 9 || index === 15;
  const silent = index === 20;
  const closedEarly = index === 7 || index === 18;
  const stillClosing = index === 12;
  const people = [mentorId, ...menteeIds];
  const relationship: Relationship = {
    relationshipId,
    proposalId: `prop_sim${index}`,
    runId: "run_sim",
    cohortId: SIMULATED_COHORT.cohortId,
    format,
    mentorId,
    menteeIds,
    candidates: [],
    people: {},
    phase: stillClosing ? "closure" : "closed",
    state: stillClosing ? "4.1 Ask for closure" : "4.5 Certificates",
    health: "on_track",
    cycle: 0,
    sessionCount: 0,
    execution: 1,
    turns: 0,
    consentRound: declined || silent ? 2 : 1,
    planRound: 1,
    acknowledged: [],
    createdAt: approvedAt,
    updatedAt: SIMULATION_NOW.toISOString(),
    ...(stillClosing ? {} : { closedAt: "2027-08-30T12:00:00.000Z" }),
    ...(closedEarly ? { closeReason: "closed_by_coordinator" } : {}),
    ...(stillClosing || closedEarly ? {} : { closeReason: "completed" }),
  };
  workflowStore.putRelationship(relationship);
  const consent = async (round: number, who: string, decision: "accept" | "decline", at: number) =>
    workflowStore.addEvent(relationshipId, {
      at: new Date(Date.parse(approvedAt) + at * 3_600_000).toISOString(),
      key: `answer-consent-${round}-${who}`,
      type: `consent_${decision}`,
      actor: who,
      detail: {
        stepKey: `consent#${round}`,
        ...(decision === "decline" ? { reason: "Nav laika" } : {}),
      },
    });
  if (declined) await consent(1, mentorId, "decline", 20);
  else if (!silent) for (const who of people) await consent(1, who, "accept", random.int(2, 60));
  if (declined || silent)
    for (const who of people) await consent(2, who, "accept", 100 + random.int(0, 40));

  // The plan: every three weeks from a few days after the kick-off, 60 to 120 minutes.
  const planned = closedEarly ? 3 : format === "on_demand" ? 2 : random.int(6, 8);
  const minutes = random.pick([60, 90, 90, 120]);
  const start = KICKOFF + (declined || silent ? 9 : random.int(2, 8)) * DAY;
  const sessions: Session[] = Array.from({ length: planned }, (_, i) => {
    const startsAt = start + i * 21 * DAY;
    return {
      number: i + 1,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + minutes * 60_000).toISOString(),
      remindAt: new Date(startsAt - DAY).toISOString(),
    };
  });
  const goals = Array.from({ length: random.int(2, 3) }, (_, g) => ({
    key: `g${g + 1}`,
    title: `Mērķis ${g + 1}`,
    measure: "Ieviests un pārbaudīts",
  }));
  await workflowStore.savePlan(relationshipId, goals, sessions);
  for (const session of sessions) {
    const held = random.next() < 0.88 ? "yes" : "no";
    await workflowStore.updateSession(relationshipId, { ...session, held });
    if (held === "no") continue;
    for (const who of people) {
      if (random.next() < 0.1) continue; // no reflection from this one
      const value = random.int(6, 10);
      await workflowStore.putReflection({
        relationshipId,
        session: session.number,
        participantId: who,
        held: "yes",
        valueRating: value,
        ideasRating: Math.max(1, value - random.int(0, 2)),
        safetyRating: random.int(7, 10),
        mostValuable: "Šis teksts paliek starp dalībniekiem.",
        shareWithCoordinator: false,
        submittedAt: new Date(
          Date.parse(session.endsAt) + random.int(1, 48) * 3_600_000,
        ).toISOString(),
      });
    }
  }
  // Progress at the third session and at the end; most goals reach 100 %.
  const checkpointAt = [Math.min(3, planned), planned];
  for (const [c, session] of checkpointAt.entries()) {
    const progress = Object.fromEntries(
      goals.map((goal) => [
        goal.key,
        c === 0
          ? random.int(10, 50)
          : closedEarly
            ? random.int(20, 60)
            : random.next() < 0.7
              ? 100
              : random.int(50, 90),
      ]),
    );
    await workflowStore.putCheckpoint({
      relationshipId,
      session,
      participantId: menteeIds[0] as string,
      progress,
      planChangeNeeded: false,
      submittedAt: new Date(start + (session - 1) * 21 * DAY + 2 * DAY).toISOString(),
    });
  }
}

async function simulateSurveys(store: MemoryStore, random: Random, participantIds: string[]) {
  for (const [kind, share, at] of [
    ["survey_halfway", 0.85, "2027-05-31T10:00:00.000Z"],
    ["survey_end", 0.75, "2027-09-01T10:00:00.000Z"],
  ] as const) {
    for (const participantId of participantIds) {
      if (random.next() > share) continue;
      const satisfaction = random.int(kind === "survey_end" ? 7 : 5, 10);
      await store.putCohortAnswer({
        cohortId: SIMULATED_COHORT.cohortId,
        participantId,
        kind,
        answers: {
          satisfaction,
          recommend: Math.min(10, Math.max(0, satisfaction + random.int(-1, 2))),
          comment: "Ļoti noderīga pieredze — paldies!",
        },
        answeredAt: at,
      });
    }
  }
}
