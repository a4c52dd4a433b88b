import type { Language } from "../../../i18n/localized.js";
import type { Cohort } from "../../../schemas/cohort.js";
import { formatRigaInText } from "../../../schemas/form-answers.js";
import type { CohortAction } from "../../../schemas/step-payloads.js";
import { listOverdueForms } from "../../workflow/list-overdue-forms.js";
import * as wf from "../../workflow/workflow-deps.js";
import { COHORT_MAILS, type CohortMail } from "./cohort-mails.js";
import {
  changeCohort,
  cohortOf,
  cohortPeople,
  enterStage,
  placedPeople,
  recordCohort,
} from "./cohort-people.js";
import { kickoffAttachment, programmeCalendar } from "./kickoff-calendar.js";
import { cohortMoments, digestNumberAt, runningHalfwayAt } from "./load-cohort.js";
import { ROUND_MAIL } from "./round-mail.js";

type Deps = wf.WorkflowDeps;

/** What a check answers: whether the coordinator must decide. */
export interface CohortCheck {
  escalate: boolean;
}

export const cohortLink = (deps: Deps, cohortId: string) =>
  wf.publicUrl(deps, `/console/cohorts/${cohortId}`);

const nameIn = (cohort: Cohort, language: Language) => cohort.name[language];

/** One of the cohort's own e-mails to a person, once per key. */
export async function sendCohortMail(
  deps: Deps,
  cohort: Cohort,
  key: string,
  to: { email: string; language: Language; name: string },
  mail: CohortMail,
  values: Omit<Parameters<typeof wf.sendOnce>[4], "name" | "cohort"> = {},
  attachments?: Parameters<typeof wf.sendOnce>[5],
) {
  await wf.sendOnce(
    deps,
    `cohort:${cohort.cohortId}:${key}`,
    to,
    COHORT_MAILS[mail],
    { ...values, name: to.name, cohort: nameIn(cohort, to.language) },
    attachments,
  );
}

const toCoordinator = (deps: Deps) => wf.coordinatorOf(deps);

/** The intake's numbers against the targets, as e-mail sections. */
async function intakeSections(deps: Deps, cohort: Cohort, language: Language) {
  const people = await cohortPeople(deps, cohort.cohortId);
  const count = (role: "mentee" | "mentor", list: typeof people.applicants) =>
    list.filter((p) => p.role === role).length;
  const lv = language === "lv";
  return {
    people,
    sections: (["mentee", "mentor"] as const).map((role) => ({
      title: role === "mentee" ? (lv ? "Mentorējamie" : "Mentees") : lv ? "Mentori" : "Mentors",
      entries: [
        {
          label: lv ? "Apstiprināti pieteikumi" : "Confirmed applications",
          text: String(count(role, people.applicants)),
        },
        { label: lv ? "Atbilst prasībām" : "Eligible", text: String(count(role, people.eligible)) },
        {
          label: lv ? "Mērķis" : "Target",
          text: String(role === "mentee" ? cohort.targets.mentees : cohort.targets.mentors),
        },
      ],
    })),
  };
}

/** Each quick step of the cohort workflow, by the action the machine names. */
export const COHORT_TASKS: Record<
  CohortAction,
  (deps: Deps, cohort: Cohort, input: { reason?: string }) => Promise<unknown>
> = {
  async announce(deps, cohort) {
    await enterStage(deps, cohort.cohortId, "intake");
    const sent = await ROUND_MAIL.announceIntake(deps, cohort);
    await recordCohort(deps, cohort.cohortId, "intake-announced", "intake_announced", { sent });
    return null;
  },

  async intakeNumbers(deps, cohort) {
    const coordinator = toCoordinator(deps);
    const { sections } = await intakeSections(deps, cohort, coordinator.language);
    await sendCohortMail(deps, cohort, "intake-numbers", coordinator, "intake_numbers", {
      when: formatRigaInText(new Date(cohort.intakeClosesAt), coordinator.language),
      link: cohortLink(deps, cohort.cohortId),
      sections,
    });
    await recordCohort(deps, cohort.cohortId, "intake-numbers", "intake_numbers_sent");
    return null;
  },

  async checkIntake(deps, cohort): Promise<CohortCheck> {
    const { eligible } = await cohortPeople(deps, cohort.cohortId);
    const mentees = eligible.filter((p) => p.role === "mentee").length;
    const mentors = eligible.filter((p) => p.role === "mentor").length;
    const escalate = mentees < cohort.targets.mentees || mentors < cohort.targets.mentors;
    await recordCohort(
      deps,
      cohort.cohortId,
      `intake-closed-${cohort.intakeClosesAt}`,
      "intake_closed",
      {
        mentees,
        mentors,
        targets: cohort.targets,
      },
    );
    return { escalate };
  },

  async inviteSeminar(deps, cohort) {
    await enterStage(deps, cohort.cohortId, "seminar");
    const { eligible } = await cohortPeople(deps, cohort.cohortId);
    for (const participant of eligible) await ROUND_MAIL.seminarInvite(deps, cohort, participant);
    await recordCohort(deps, cohort.cohortId, "seminar-invited", "seminar_invited", {
      invited: eligible.length,
    });
    return null;
  },

  async remindSeminar(deps, cohort) {
    const [{ eligible }, answers] = await Promise.all([
      cohortPeople(deps, cohort.cohortId),
      deps.store.listCohortAnswers(cohort.cohortId),
    ]);
    // Those who said no are not reminded.
    const declined = new Set(
      answers
        .filter((a) => a.kind === "seminar_attendance" && a.answers.attending === false)
        .map((a) => a.participantId),
    );
    const reminded = eligible.filter((p) => !declined.has(p.participantId));
    for (const participant of reminded) await ROUND_MAIL.seminarReminder(deps, cohort, participant);
    await recordCohort(deps, cohort.cohortId, "seminar-reminded", "seminar_reminded", {
      reminded: reminded.length,
    });
    return null;
  },

  async sendMaterials(deps, cohort) {
    const { eligible } = await cohortPeople(deps, cohort.cohortId);
    const attended = new Set(cohort.seminarAttended ?? []);
    const absent = eligible.filter((p) => !attended.has(p.participantId));
    for (const participant of absent) await ROUND_MAIL.seminarMaterials(deps, cohort, participant);
    await enterStage(deps, cohort.cohortId, "matching");
    await recordCohort(deps, cohort.cohortId, "seminar-materials", "seminar_materials_sent", {
      attended: attended.size,
      materials: absent.length,
    });
    return null;
  },

  async checkMatching(deps, cohort): Promise<CohortCheck> {
    const [{ eligible, placedIds }, runs] = await Promise.all([
      cohortPeople(deps, cohort.cohortId),
      deps.store.listMatchingRuns(),
    ]);
    const ours = runs.filter((r) => r.run.cohortId === cohort.cohortId);
    const pending = ours.flatMap((r) => r.proposals).filter((p) => p.status === "proposed").length;
    const mentees = eligible.filter((p) => p.role === "mentee");
    const placed = mentees.filter((p) => placedIds.has(p.participantId)).length;
    const escalate = ours.length === 0 || pending > 0;
    await recordCohort(
      deps,
      cohort.cohortId,
      `matching-checked-${cohort.matchingBy}`,
      "matching_checked",
      {
        runs: ours.length,
        pending,
        placed,
        unplaced: mentees.length - placed,
      },
    );
    return { escalate };
  },

  async kickoff(deps, cohort) {
    await enterStage(deps, cohort.cohortId, "kickoff");
    const people = await cohortPeople(deps, cohort.cohortId);
    const placed = placedPeople(people);
    for (const { participantId } of placed) {
      const person = await deps.store.getParticipant(participantId);
      if (!person) continue;
      await sendCohortMail(
        deps,
        cohort,
        `kickoff:${participantId}`,
        person,
        "kickoff_placed",
        {
          when: formatRigaInText(new Date(cohort.kickoffAt), person.language),
          sections: [programmeCalendar(cohort, person.language)],
        },
        [kickoffAttachment(deps, cohort, person)],
      );
    }
    // Everyone eligible this round who is in no relationship: a kind word and the waiting list.
    const unplaced = people.eligible.filter((p) => !people.placedIds.has(p.participantId));
    for (const person of unplaced) await ROUND_MAIL.notThisRound(deps, cohort, person);
    await recordCohort(deps, cohort.cohortId, "kickoff", "kickoff_sent", {
      placed: placed.length,
      unplaced: unplaced.length,
      relationships: people.relationships.length,
    });
    return null;
  },

  async runningTick(deps, cohort) {
    const now = deps.clock.now();
    if (now.getTime() >= Date.parse(cohort.kickoffAt))
      await enterStage(deps, cohort.cohortId, "running");
    const people = await cohortPeople(deps, cohort.cohortId);
    if (now.getTime() >= runningHalfwayAt(cohort)) {
      for (const { participantId } of placedPeople(people)) {
        const person = await deps.store.getParticipant(participantId);
        if (person) await ROUND_MAIL.survey(deps, cohort, person, "survey_halfway");
      }
      await recordCohort(deps, cohort.cohortId, "survey-halfway", "survey_halfway_sent");
    }
    const digest = digestNumberAt(cohort, now);
    if (digest >= 1 && now.getTime() < Date.parse(cohort.endsAt) + 86_400_000)
      await sendDigest(deps, cohort, people, digest);
    return cohortMoments(await cohortOf(deps, cohort.cohortId), now);
  },

  async nudgeClosing(deps, cohort) {
    await enterStage(deps, cohort.cohortId, "closing");
    const { relationships } = await cohortPeople(deps, cohort.cohortId);
    const open = relationships.filter((r) => r.phase !== "closed");
    const by = new Date(cohortMoments(cohort, deps.clock.now()).closingBy);
    for (const relationship of open)
      for (const id of wf.participantIds(relationship)) {
        const person = relationship.people[id] ?? (await deps.store.getParticipant(id));
        if (!person) continue;
        await sendCohortMail(
          deps,
          cohort,
          `closing-nudge:${relationship.relationshipId}:${id}`,
          person,
          "closing_nudge",
          {
            when: formatRigaInText(by, person.language),
          },
        );
      }
    await recordCohort(deps, cohort.cohortId, "closing-nudge", "closing_nudged", {
      open: open.length,
    });
    return null;
  },

  async checkStragglers(deps, cohort): Promise<CohortCheck> {
    const { relationships } = await cohortPeople(deps, cohort.cohortId);
    const open = relationships.filter((r) => r.phase !== "closed");
    await recordCohort(
      deps,
      cohort.cohortId,
      `stragglers-${cohortMoments(cohort, deps.clock.now()).closingBy}`,
      "stragglers_checked",
      {
        open: open.length,
      },
    );
    return { escalate: open.length > 0 };
  },

  async alumni(deps, cohort) {
    await enterStage(deps, cohort.cohortId, "report");
    const people = await cohortPeople(deps, cohort.cohortId);
    for (const { participantId, role } of placedPeople(people)) {
      const person = await deps.store.getParticipant(participantId);
      if (!person) continue;
      await ROUND_MAIL.survey(deps, cohort, person, "survey_end");
      await ROUND_MAIL.survey(
        deps,
        cohort,
        person,
        role === "mentor" ? "mentor_again" : "mentee_future",
      );
    }
    await recordCohort(deps, cohort.cohortId, "alumni", "alumni_asked", {
      asked: placedPeople(people).length,
    });
    return null;
  },

  async report(deps, cohort) {
    await ROUND_MAIL.report(deps, cohort);
    await enterStage(deps, cohort.cohortId, "closed");
    await recordCohort(deps, cohort.cohortId, "report", "report_sent");
    return null;
  },

  async cancel(deps, cohort) {
    await changeCohort(deps, cohort.cohortId, (c) =>
      c.stage === "cancelled" ? undefined : { stage: "cancelled" },
    );
    const { applicants } = await cohortPeople(deps, cohort.cohortId);
    for (const person of applicants) {
      await sendCohortMail(deps, cohort, `cancelled:${person.participantId}`, person, "cancelled");
      await ROUND_MAIL.keepOnWaitingList(deps, person);
    }
    await recordCohort(deps, cohort.cohortId, "cancelled", "cohort_cancelled", {
      told: applicants.length,
    });
    return null;
  },

  /** A cohort escalation's wait ran out: noted, and the round goes on. */
  async decisionTimedOut(deps, cohort, input) {
    const escalations = await deps.store.listCohortEscalations(cohort.cohortId);
    for (const escalation of escalations.filter(
      (e) => e.status === "open" && e.reason === input.reason,
    )) {
      await deps.store.closeCohortEscalation({
        ...escalation,
        status: "timed_out",
        decidedAt: deps.clock.now().toISOString(),
      });
      await recordCohort(
        deps,
        cohort.cohortId,
        `decision-${escalation.escalationId}`,
        "cohort_decision_timed_out",
        {
          escalationId: escalation.escalationId,
          reason: escalation.reason,
        },
      );
    }
    return { decision: "go_on" };
  },
};

/** The fortnightly digest: open escalations, overdue forms and relationships at risk. */
async function sendDigest(
  deps: Deps,
  cohort: Cohort,
  people: Awaited<ReturnType<typeof cohortPeople>>,
  digest: number,
) {
  const coordinator = toCoordinator(deps);
  const lv = coordinator.language === "lv";
  const ids = new Set(people.relationships.map((r) => r.relationshipId));
  const [escalations, overdue] = await Promise.all([
    deps.workflowStore.listEscalations("open"),
    listOverdueForms(deps),
  ]);
  const open = escalations.filter((e) => ids.has(e.relationshipId));
  const late = overdue.filter((f) => ids.has(f.relationshipId));
  const atRisk = people.relationships.filter(
    (r) => r.phase !== "closed" && (r.health === "at_risk" || r.health === "stalled"),
  );
  const pair = (relationshipId: string) => {
    const r = people.relationships.find((x) => x.relationshipId === relationshipId);
    return r ? wf.pairName(r) : relationshipId;
  };
  const list = (items: string[]) => (items.length ? items.join("\n") : lv ? "nav" : "none");
  await sendCohortMail(deps, cohort, `digest:${digest}`, coordinator, "digest", {
    link: cohortLink(deps, cohort.cohortId),
    sections: [
      {
        title: lv ? "Pārskats" : "Digest",
        entries: [
          {
            label: lv ? "Atvērtās eskalācijas" : "Open escalations",
            text: `${open.length}\n${list(open.map((e) => pair(e.relationshipId)))}`,
          },
          {
            label: lv ? "Nokavētās veidlapas" : "Overdue forms",
            text: `${late.length}\n${list([...new Set(late.map((f) => pair(f.relationshipId)))])}`,
          },
          {
            label: lv ? "Attiecības riskā" : "Relationships at risk",
            text: `${atRisk.length}\n${list(atRisk.map((r) => wf.pairName(r)))}`,
          },
        ],
      },
    ],
  });
  await recordCohort(deps, cohort.cohortId, `digest-${digest}`, "digest_sent", {
    digest,
    escalations: open.length,
    overdue: late.length,
    atRisk: atRisk.length,
  });
}
