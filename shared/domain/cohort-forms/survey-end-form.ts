import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { defineCohortFormKind } from "./cohort-form-kind.js";
import { surveyAnswerSchema, surveyFields } from "./survey-questions.js";

/** At the end of the round: how was the programme? */
const ASK: MailTemplate = {
  subject: localized(
    "Programmas noslēguma aptauja: trīs jautājumi",
    "The programme's closing survey: three questions",
  ),
  body: localized(
    "Kārta „{cohort}” noslēdzas. Paldies, ka piedalījāties! Lūdzu, novērtējiet programmu: tie ir trīs jautājumi, un atbildēšana aizņem pāris minūtes. Koordinators redz tikai kopējos rezultātus, nevis atsevišķas atbildes.",
    "The round “{cohort}” is coming to its end. Thank you for taking part! Please rate the programme: three questions, a couple of minutes. The coordinator sees only the overall results, not single answers.",
  ),
  button: localized("Atbildēt uz aptauju", "Answer the survey"),
};

const REMIND: MailTemplate = {
  subject: localized(
    "Atgādinājums: programmas noslēguma aptauja",
    "Reminder: the programme's closing survey",
  ),
  body: localized(
    "Mēs vēl gaidām jūsu atbildes kārtas „{cohort}” noslēguma aptaujā. Tie ir trīs jautājumi, un jūsu viedoklis palīdz veidot nākamās kārtas.",
    "We are still waiting for your answers to the closing survey of “{cohort}”. It is three questions, and your view shapes the next rounds.",
  ),
  button: localized("Atbildēt tagad", "Answer now"),
};

export const surveyEndForm = defineCohortFormKind({
  kind: "survey_end",
  roles: ["mentee", "mentor"],
  validForDays: 21,
  answerSchema: surveyAnswerSchema("survey_end"),
  page: (t) => ({
    title: t("Programmas noslēguma aptauja", "The programme's closing survey"),
    intro: t(
      "Kārta „{cohort}” noslēdzas. Jūsu atbildes redz tikai programmas komanda, un konsolē tās parādās kopsavilkumā, nevis atsevišķi.",
      "The round “{cohort}” is coming to its end. Only the programme team sees your answers, and the console shows them as a summary, not one by one.",
    ),
    submitLabel: t("Nosūtīt atbildes", "Send my answers"),
    sections: [{ title: t("Jūsu vērtējums", "Your rating"), fields: surveyFields(t) }],
  }),
  mail: { ask: ASK, remind: REMIND },
  thanks: localized(
    "Paldies! Jūsu atbildes palīdzēs veidot nākamās programmas kārtas.",
    "Thank you! Your answers help shape the programme's next rounds.",
  ),
});
