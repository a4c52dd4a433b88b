import type { CohortAnswer } from "../../schemas/cohort-answer.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { SURVEY_KINDS } from "./cohort-report-facts.js";

type AnswerDeps = Pick<WorkflowDeps, "store">;

/** Every answer a participant gave to a round's forms (the GDPR export), oldest first. */
export async function cohortAnswersOf(deps: AnswerDeps, participantId: string) {
  const cohorts = await deps.store.listCohorts();
  const answers = await Promise.all(cohorts.map((c) => deps.store.listCohortAnswers(c.cohortId)));
  return answers
    .flat()
    .filter((a) => a.participantId === participantId)
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

/**
 * Erasure of a participant's round answers: the two survey scores stay under the pseudonym
 * (the funder's report counts them, as it counts an erased applicant by category); the
 * comment and every other answer go. Running it again changes nothing more.
 */
export async function eraseCohortAnswers(
  deps: AnswerDeps,
  participantId: string,
  pseudonym: string,
) {
  for (const answer of await cohortAnswersOf(deps, participantId)) {
    if ((SURVEY_KINDS as readonly string[]).includes(answer.kind)) {
      const { satisfaction, recommend } = answer.answers;
      const kept: CohortAnswer = {
        ...answer,
        participantId: pseudonym,
        answers: { satisfaction, recommend },
      };
      await deps.store.putCohortAnswer(kept);
    }
    await deps.store.deleteCohortAnswer(answer.cohortId, answer.kind, participantId);
  }
}
