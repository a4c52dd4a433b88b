import type { CohortAnswer, CohortFormKind } from "../../schemas/cohort-answer.js";
import { cohortFormKindSchema } from "../../schemas/cohort-answer.js";
import { NotFoundError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";

/** Fewer answers than this and a mean is hidden: it would give a person's rating away. */
export const SUMMARY_MINIMUM = 3;

/** A mean of answers, or null (hidden when fewer than SUMMARY_MINIMUM answered). */
export interface SummaryMean {
  value: number | null;
  hidden: boolean;
}

export interface SurveySummary {
  count: number;
  satisfaction: SummaryMean;
  recommend: SummaryMean;
  /** How many wrote a comment (the comments themselves never leave the table this way). */
  comments: number;
}

export interface CohortAnswerSummary {
  cohortId: string;
  surveys: Record<"survey_halfway" | "survey_end", SurveySummary>;
  /** How many answered each kind, and how the choices fell (counts only, no names). */
  counts: Record<CohortFormKind, { count: number; choices: Record<string, number> }>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function mean(values: number[]): SummaryMean {
  if (values.length === 0) return { value: null, hidden: false };
  if (values.length < SUMMARY_MINIMUM) return { value: null, hidden: true };
  return { value: round1(values.reduce((a, b) => a + b, 0) / values.length), hidden: false };
}

const numbers = (answers: CohortAnswer[], field: string) =>
  answers.flatMap((a) =>
    typeof a.answers[field] === "number" ? [a.answers[field] as number] : [],
  );

function survey(answers: CohortAnswer[]): SurveySummary {
  return {
    count: answers.length,
    satisfaction: mean(numbers(answers, "satisfaction")),
    recommend: mean(numbers(answers, "recommend")),
    comments: answers.filter((a) => typeof a.answers.comment === "string" && a.answers.comment)
      .length,
  };
}

/** The choice an answer made, as a count's key (never free text). */
const CHOICE: Record<CohortFormKind, (answers: Record<string, unknown>) => string | undefined> = {
  seminar_attendance: (a) => (a.attending === true ? "yes" : "no"),
  survey_halfway: () => undefined,
  survey_end: () => undefined,
  mentor_again: (a) => (a.again === true ? "yes" : "no"),
  mentee_future: (a) => (typeof a.future === "string" ? a.future : undefined),
  count_me_in: (a) => (typeof a.places === "number" ? `places_${a.places}` : undefined),
};

/**
 * `GET /api/console/cohorts/{cohortId}/answers/summary`: the round's survey answers as
 * counts and means (a mean of fewer than three answers is hidden), and how many answered
 * each cohort form and how their choices fell. Never a comment, never who answered what.
 */
export async function summariseCohortAnswers(
  deps: Pick<WorkflowDeps, "store">,
  cohortId: string,
): Promise<CohortAnswerSummary> {
  if (!(await deps.store.getCohort(cohortId))) throw new NotFoundError(`no cohort ${cohortId}`);
  const answers = await deps.store.listCohortAnswers(cohortId);
  const of = (kind: CohortFormKind) => answers.filter((a) => a.kind === kind);
  const counts = Object.fromEntries(
    cohortFormKindSchema.options.map((kind) => {
      const choices: Record<string, number> = {};
      for (const answer of of(kind)) {
        const key = CHOICE[kind](answer.answers);
        if (key) choices[key] = (choices[key] ?? 0) + 1;
      }
      return [kind, { count: of(kind).length, choices }];
    }),
  ) as CohortAnswerSummary["counts"];
  return {
    cohortId,
    surveys: { survey_halfway: survey(of("survey_halfway")), survey_end: survey(of("survey_end")) },
    counts,
  };
}
