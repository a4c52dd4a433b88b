import { z } from "zod";
import { area, type FormContext, type Texts, yesNo } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { WAITS } from "../workflow/waiting-times.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";

/** "Mērķi: 1. X (pēdējais progress: 70 %); 2. Y (progress nav atzīmēts)." */
function goalsIntro(t: Texts, context: FormContext) {
  const goals = context.goals ?? [];
  const line = (lv: boolean) =>
    goals
      .map((goal, i) => {
        const value = context.progress?.[goal.key];
        const progress =
          value === undefined
            ? lv
              ? "progress nav atzīmēts"
              : "no progress reported"
            : lv
              ? `pēdējais progress: ${value} %`
              : `last progress: ${value}%`;
        return `${i + 1}. ${goal.title} (${progress})`;
      })
      .join("; ");
  return t(`Jūsu mērķi: ${line(true)}.`, `Your goals: ${line(false)}.`);
}

/** The closing answers (stage 4): goals against results, learnings, next steps, feedback. */
const text = () => z.string().trim().min(1).max(2000);
const optionalText = () => z.string().trim().max(2000).optional();

export const closureAnswerSchema = z.strictObject({
  expectationsBefore: optionalText(),
  mostProgress: optionalText(),
  futureGoals: optionalText(),
  goalsReached: text(),
  learnings: text(),
  notReached: optionalText(),
  nextSteps: optionalText(),
  feedback: optionalText(),
  keepInTouch: z.boolean(),
});

const ASK: MailTemplate = {
  subject: localized(
    "Sadarbības noslēgums: jūsu pārdomas",
    "Closing the relationship: your thoughts",
  ),
  body: localized(
    "Jūsu mentoringa sadarbība tuvojas noslēgumam. Salīdziniet mērķus ar sasniegto, nosauciet 2–3 galvenās atziņas un nākamos soļus un sniedziet atgriezenisko saiti. Lūdzu, atbildiet 14 dienu laikā.",
    "Your mentoring relationship is coming to its end. Compare the goals with what you reached, name 2–3 key learnings and your next steps, and give feedback. Please answer within 14 days.",
  ),
  button: localized("Aizpildīt noslēgumu", "Write the closing answers"),
};

export const closureForm = defineFormKind({
  phase: "closure",
  validForDays: WAITS.closureTimeoutAfter,
  answerSchema: closureAnswerSchema,
  page: (t, context) => ({
    title: t("Sadarbības noslēgums", "Closing the relationship"),
    intro: t(
      "Salīdziniet mērķus ar sasniegto un dalieties ar atziņām. Pēc tam sadarbība tiks noslēgta un izsniegti sertifikāti.",
      "Compare the goals with what you reached and share your learnings. Then the relationship closes and certificates are issued.",
    ),
    submitLabel: t("Nosūtīt", "Send"),
    sections: [
      // Each side prepares for the closing meeting with its own questions.
      context.role === "mentor"
        ? {
            title: t(
              "Sagatavošanās noslēguma tikšanās reizei",
              "Preparing for the closing meeting",
            ),
            intro: t(
              "Nav obligāti; palīdz jums sagatavoties noslēguma sarunai.",
              "Optional; helps you as the mentor prepare for the conversation.",
            ),
            fields: [
              area(
                "expectationsBefore",
                t(
                  "Ko gaidījāt no šīs sadarbības, sākot mentorēt?",
                  "What did you expect of this relationship as a mentor?",
                ),
              ),
              area(
                "mostProgress",
                t(
                  "Kur redzējāt vislielāko izaugsmi, un kur tā vēl ir priekšā?",
                  "Where did you see your partner grow most, and where is growth still ahead?",
                ),
              ),
              area(
                "futureGoals",
                t(
                  "Ko jūs iemācījāties, mentorējot, un ko nākamreiz darītu citādi?",
                  "What did you learn as a mentor, and what would you do differently next time?",
                ),
              ),
            ],
          }
        : {
            title: t(
              "Sagatavošanās noslēguma tikšanās reizei",
              "Preparing for the closing meeting",
            ),
            intro: t(
              "Nav obligāti; palīdz jums sagatavoties sarunai.",
              "Optional; helps you prepare for the conversation.",
            ),
            fields: [
              area(
                "expectationsBefore",
                t(
                  "Kādas bija manas ekspektācijas pirms sadarbības uzsākšanas?",
                  "What did I expect before the relationship began?",
                ),
              ),
              area(
                "mostProgress",
                t(
                  "Kur es redzēju vislielāko progresu, kur ne? Kāpēc?",
                  "Where did I see the most progress, and where not? Why?",
                ),
              ),
              area(
                "futureGoals",
                t(
                  "Kādus mērķus izvirzīšu un ko es mainīšu, patstāvīgi mācoties tālāk?",
                  "Which goals will I set and what will I change while learning on my own?",
                ),
              ),
            ],
          },
      {
        title: t("Rezultāti", "Results"),
        // The goals the answers compare, with their last reported progress.
        ...(context.goals?.length ? { intro: goalsIntro(t, context) } : {}),
        fields: [
          area(
            "goalsReached",
            t(
              "Ko sasniedzām salīdzinājumā ar mērķiem un kāpēc?",
              "What did we reach compared with the goals, and why?",
            ),
            true,
          ),
          area("learnings", t("2–3 galvenās atziņas", "2–3 key learnings"), true),
          area(
            "notReached",
            t(
              "Ko nesasniedzu šīs programmas ietvaros? Kāpēc?",
              "What did I not reach in this programme? Why?",
            ),
          ),
          area("nextSteps", t("Nākamie soļi", "Next steps")),
          area(
            "feedback",
            t(
              "Atgriezeniskā saite otrai sadarbības pusei (to saņems e-pastā)",
              "Feedback for my partner",
            ),
          ),
          yesNo("keepInTouch", t("Vai vēlaties palikt kontaktā?", "Do you want to stay in touch?")),
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: ASK },
  context: async (deps, relationship, form) => {
    const checkpoints = await deps.workflowStore.listCheckpoints(relationship.relationshipId);
    const progress: Record<string, number> = {};
    for (const checkpoint of [...checkpoints].sort((a, b) => a.session - b.session))
      Object.assign(progress, checkpoint.progress);
    return {
      role: form.participantId === relationship.mentorId ? "mentor" : "mentee",
      goals: await deps.workflowStore.listGoals(relationship.relationshipId),
      progress,
    };
  },
  awaited: (_step, relationship) => relationship.phase === "closure",
  output: () => ({ answered: true }),
  keep: async (deps, { form, answers, now }) => {
    await deps.workflowStore.putClosure({
      relationshipId: form.relationshipId,
      participantId: form.participantId,
      answers,
      submittedAt: now.toISOString(),
    });
    await noteAnswer(deps, form, "closure_received");
  },
});
