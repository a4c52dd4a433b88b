import { z } from "zod";
import { area, yesNo } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { WAITS } from "../workflow/waiting-times.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";

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
  page: (t) => ({
    title: t("Sadarbības noslēgums", "Closing the relationship"),
    intro: t(
      "Salīdziniet mērķus ar sasniegto un dalieties ar atziņām. Pēc tam sadarbība tiks noslēgta un izsniegti sertifikāti.",
      "Compare the goals with what you reached and share your learnings. Then the relationship closes and certificates are issued.",
    ),
    submitLabel: t("Nosūtīt", "Send"),
    sections: [
      {
        title: t("Sagatavošanās noslēguma tikšanās reizei", "Preparing for the closing meeting"),
        intro: t(
          "Nav obligāti; palīdz mentorējamajam sagatavoties sarunai.",
          "Optional; helps the mentee prepare for the conversation.",
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
          area("feedback", t("Atgriezeniskā saite partnerim", "Feedback for my partner")),
          yesNo("keepInTouch", t("Vai vēlaties palikt kontaktā?", "Do you want to stay in touch?")),
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: ASK },
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
