import type {
  CohortEscalation,
  CohortEscalationReason,
} from "../../../schemas/cohort-escalation.js";
import { formatRigaInText } from "../../../schemas/form-answers.js";
import * as wf from "../../workflow/workflow-deps.js";
import { cohortEscalationFigures, cohortEscalationId } from "./cohort-escalation-reasons.js";
import { COHORT_ESCALATION_MAILS } from "./cohort-mails.js";
import { cohortOf, cohortPeople, recordCohort } from "./cohort-people.js";
import { cohortLink } from "./cohort-tasks.js";
import { COHORT_DECISION_DAYS } from "./load-cohort.js";

/** The figures behind a cohort escalation (counts and ids, never free text). */
async function detailOf(deps: wf.WorkflowDeps, cohortId: string, reason: CohortEscalationReason) {
  const cohort = await cohortOf(deps, cohortId);
  const people = await cohortPeople(deps, cohortId);
  const eligible = (role: string) => people.eligible.filter((p) => p.role === role).length;
  switch (reason) {
    case "intake_shortfall":
      return { mentees: eligible("mentee"), mentors: eligible("mentor"), targets: cohort.targets };
    case "matching_late": {
      const mentees = people.eligible.filter((p) => p.role === "mentee");
      return {
        placed: mentees.filter((p) => people.placedIds.has(p.participantId)).length,
        unplaced: mentees.filter((p) => !people.placedIds.has(p.participantId)).length,
        relationships: people.relationships.length,
      };
    }
    case "stragglers": {
      const open = people.relationships.filter((r) => r.phase !== "closed");
      return { relationshipIds: open.map((r) => r.relationshipId), open: open.length };
    }
  }
}

/**
 * "Wait for the coordinator's decision": opens the cohort's escalation with the waiting
 * task's token and e-mails the coordinator once. Already decided (a restarted execution
 * asks again): the task resumes at once with that decision.
 */
export async function awaitCohortDecision(
  deps: wf.WorkflowDeps,
  input: { cohortId: string; reason: CohortEscalationReason; taskToken: string; state: string },
) {
  const cohort = await cohortOf(deps, input.cohortId);
  const now = deps.clock.now();
  const detail = await detailOf(deps, input.cohortId, input.reason);
  const draft: CohortEscalation = {
    escalationId: cohortEscalationId(cohort, input.reason),
    cohortId: input.cohortId,
    reason: input.reason,
    detail,
    status: "open",
    openedAt: now.toISOString(),
  };
  const { escalation, created } = await deps.store.openCohortEscalation(draft, input.taskToken);
  if (escalation.status !== "open") {
    await deps.cohortWorkflow.succeed(input.taskToken, {
      decision: escalation.decision ?? "go_on",
    });
    return;
  }
  const coordinator = wf.coordinatorOf(deps);
  const lv = coordinator.language === "lv";
  const by = new Date(now.getTime() + COHORT_DECISION_DAYS * 86_400_000);
  const entries = cohortEscalationFigures(detail, coordinator.language);
  const pairs =
    input.reason === "stragglers"
      ? (await cohortPeople(deps, input.cohortId)).relationships
          .filter((r) => r.phase !== "closed")
          .map((r) => ({ label: wf.pairName(r), text: lv ? "nav noslēgtas" : "not closed" }))
      : [];
  await wf.sendOnce(
    deps,
    `cohort:${input.cohortId}:escalation:${escalation.escalationId}`,
    coordinator,
    COHORT_ESCALATION_MAILS[input.reason],
    {
      name: coordinator.name,
      cohort: cohort.name[coordinator.language],
      when: formatRigaInText(by, coordinator.language),
      link: cohortLink(deps, input.cohortId),
      sections: [{ title: lv ? "Skaitļi" : "Figures", entries: [...entries, ...pairs] }],
    },
  );
  if (created)
    await recordCohort(
      deps,
      input.cohortId,
      `escalation-${escalation.escalationId}`,
      "cohort_escalation_opened",
      {
        escalationId: escalation.escalationId,
        reason: input.reason,
      },
    );
}
