import { z } from "zod";
import { area, yesNo } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import type { Goal } from "../../schemas/workflow.js";
import { WAITS } from "../workflow/waiting-times.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";

/** The progress checkpoint every few sessions (stage 3): progress per goal of the plan. */
const optionalText = () => z.string().trim().max(2000).optional();

export const checkpointAnswerSchema = z
  .object({
    keyInsight: optionalText(),
    planChangeNeeded: z.boolean(),
  })
  // The goals are the plan's: `progress_<goal>` per goal, in percent. answerForm checks that
  // every goal has one; anything else a form could carry is refused here.
  .catchall(z.number().int().min(0).max(100));

type CheckpointAnswer = z.infer<typeof checkpointAnswerSchema>;

/** `progress_<goal>` fields as goal key -> percent. */
function progressOf(answers: CheckpointAnswer): Record<string, number> {
  const progress: Record<string, number> = {};
  for (const [name, value] of Object.entries(answers)) {
    if (name.startsWith("progress_") && typeof value === "number") progress[name.slice(9)] = value;
  }
  return progress;
}

function missingGoals(goals: Goal[], progress: Record<string, number>): z.ZodError {
  return new z.ZodError(
    goals
      .filter((goal) => !Number.isInteger(progress[goal.key]))
      .map((goal) => ({
        code: "custom" as const,
        path: [`progress_${goal.key}`],
        message: "required",
        input: undefined,
        params: { reason: "required" },
      })),
  );
}

const ASK: MailTemplate = {
  subject: localized(
    "Progresa pārbaude pēc {session}. tikšanās",
    "Progress checkpoint after session {session}",
  ),
  body: localized(
    "Ir pienācis laiks paskatīties uz mērķiem: cik tālu esat ar katru no tiem, kāda ir šī posma galvenā atziņa un vai plāns jāmaina?",
    "Time to look at your goals: how far along is each of them, what is the key insight of this stage, and does the plan need a change?",
  ),
  button: localized("Novērtēt progresu", "Rate your progress"),
};

export const checkpointForm = defineFormKind({
  phase: "learning",
  validForDays: WAITS.progressTimeoutAfter,
  answerSchema: checkpointAnswerSchema,
  page: (t, context) => ({
    title: t(
      "Progresa pārbaude pēc {session}. tikšanās",
      "Progress checkpoint after session {session}",
    ),
    intro: t(
      "Novērtējiet, cik tālu esat ar katru mērķi (0–100 %), un pierakstiet šī posma galveno atziņu.",
      "Rate how far along each goal is (0–100%) and write down the key insight of this stage.",
    ),
    submitLabel: t("Nosūtīt", "Send"),
    sections: [
      {
        title: t("Mērķi", "Goals"),
        fields: (context.goals ?? []).map((goal) => ({
          kind: "number" as const,
          name: `progress_${goal.key}`,
          label: localized(goal.title, goal.title),
          help: t("Progress procentos (0–100).", "Progress in percent (0–100)."),
          required: true,
          min: 0,
          max: 100,
        })),
      },
      {
        title: t("Pārdomas", "Thoughts"),
        fields: [
          area("keyInsight", t("Šī posma galvenā atziņa", "The key insight of this stage")),
          yesNo("planChangeNeeded", t("Vai plāns jāmaina?", "Does the plan need a change?")),
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: ASK },
  awaited: (session, relationship) =>
    relationship.phase === "learning" && session === relationship.cycle,
  context: async (deps, relationship) => ({
    goals: await deps.workflowStore.listGoals(relationship.relationshipId),
  }),
  // The schema cannot know the goals; a missing or broken goal value is refused here,
  // before anything is stored.
  refine: (answers, context) => {
    const goals = context.goals ?? [];
    const progress = progressOf(answers);
    return goals.every((goal) => Number.isInteger(progress[goal.key]))
      ? undefined
      : missingGoals(goals, progress);
  },
  output: () => ({ answered: true }),
  keep: async (deps, { form, answers, step, now }) => {
    const progress = progressOf(answers);
    await deps.workflowStore.putCheckpoint({
      relationshipId: form.relationshipId,
      session: step,
      participantId: form.participantId,
      progress,
      keyInsight: typeof answers.keyInsight === "string" ? answers.keyInsight : undefined,
      planChangeNeeded: answers.planChangeNeeded === true,
      submittedAt: now.toISOString(),
    });
    await noteAnswer(deps, form, "checkpoint_received", { session: step, progress });
  },
});
