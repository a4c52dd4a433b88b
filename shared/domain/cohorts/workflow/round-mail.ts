import type { Cohort } from "../../../schemas/cohort.js";
import type { CohortFormKind } from "../../../schemas/cohort-answer.js";
import type { Participant } from "../../../schemas/participant.js";
import {
  sendSeminarInvite,
  sendSeminarMaterials,
  sendSeminarReminder,
} from "../../cohort-forms/seminar-mail.js";
import { sendCohortForm } from "../../cohort-forms/send-cohort-form.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";
import { announceIntake } from "../announce-intake.js";
import { sendCohortReport } from "../send-cohort-report.js";
import { joinWaitingList } from "../waiting-list.js";

/**
 * What the cohort workflow asks of the round's other modules: the waiting list, the
 * seminar's e-mails, the round's forms and the funder's report. Each is idempotent (its
 * e-mails go through the outbox's keys), so a retried or restarted step sends nothing twice.
 */
export const ROUND_MAIL = {
  async announceIntake(deps: WorkflowDeps, cohort: Cohort): Promise<number> {
    return (await announceIntake(deps, cohort)).sent;
  },
  /** Not placed this round: the kind "not this round" e-mail, and the waiting list. */
  async notThisRound(deps: WorkflowDeps, cohort: Cohort, person: Participant): Promise<void> {
    await joinWaitingList(deps, {
      email: person.email,
      language: person.language,
      role: person.role,
      source: "not_this_round",
      cohortId: cohort.cohortId,
    });
  },
  /** A cancelled round's applicants keep their place for the next intake (their e-mail says so). */
  async keepOnWaitingList(deps: WorkflowDeps, person: Participant): Promise<void> {
    await deps.store.joinWaitingList({
      entryId: deps.ids.next("w"),
      email: person.email,
      language: person.language,
      role: person.role,
      source: "not_this_round",
      joinedAt: deps.clock.now().toISOString(),
      notifiedCohorts: [],
    });
  },
  seminarInvite: (deps: WorkflowDeps, cohort: Cohort, person: Participant) =>
    sendSeminarInvite(deps, cohort, person),
  seminarReminder: (deps: WorkflowDeps, cohort: Cohort, person: Participant) =>
    sendSeminarReminder(deps, cohort, person),
  seminarMaterials: (deps: WorkflowDeps, cohort: Cohort, person: Participant) =>
    sendSeminarMaterials(deps, cohort, person),
  survey: (deps: WorkflowDeps, cohort: Cohort, participant: Participant, kind: CohortFormKind) =>
    sendCohortForm(deps, { cohort, participant, kind, mode: "ask" }),
  report: (deps: WorkflowDeps, cohort: Cohort) => sendCohortReport(deps, cohort),
};
