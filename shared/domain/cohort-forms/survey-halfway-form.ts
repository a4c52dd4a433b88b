import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { defineCohortFormKind } from "./cohort-form-kind.js";
import { surveyAnswerSchema, surveyFields } from "./survey-questions.js";

/** Halfway through the round: how is the programme going? */
const ASK: MailTemplate = {
  subject: localized(
    "Programmas vidusposma aptauja: trīs jautājumi",
    "The programme's halfway survey: three questions",
  ),
  body: localized(
    "Kārta „{cohort}” ir pusceļā. Lūdzu, novērtējiet programmu līdz šim: tie ir trīs jautājumi, un atbildēšana aizņem pāris minūtes. Koordinators redz tikai kopējos rezultātus, nevis atsevišķas atbildes.",
    "The round “{cohort}” is halfway through. Please rate the programme so far: three questions, a couple of minutes. The coordinator sees only the overall results, not single answers.",
  ),
  button: localized("Atbildēt uz aptauju", "Answer the survey"),
};

const REMIND: MailTemplate = {
  subject: localized(
    "Atgādinājums: programmas vidusposma aptauja",
    "Reminder: the programme's halfway survey",
  ),
  body: localized(
    "Mēs vēl gaidām jūsu atbildes kārtas „{cohort}” vidusposma aptaujā. Tie ir trīs jautājumi, un jūsu viedoklis palīdz uzlabot programmu vēl šajā kārtā.",
    "We are still waiting for your answers to the halfway survey of “{cohort}”. It is three questions, and your view helps improve the programme while this round still runs.",
  ),
  button: localized("Atbildēt tagad", "Answer now"),
};

export const surveyHalfwayForm = defineCohortFormKind({
  kind: "survey_halfway",
  roles: ["mentee", "mentor"],
  validForDays: 21,
  answerSchema: surveyAnswerSchema("survey_halfway"),
  page: (t) => ({
    title: t("Programmas vidusposma aptauja", "The programme's halfway survey"),
    intro: t(
      "Kārta „{cohort}” ir pusceļā. Jūsu atbildes redz tikai programmas komanda, un konsolē tās parādās kopsavilkumā, nevis atsevišķi.",
      "The round “{cohort}” is halfway through. Only the programme team sees your answers, and the console shows them as a summary, not one by one.",
    ),
    submitLabel: t("Nosūtīt atbildes", "Send my answers"),
    sections: [{ title: t("Jūsu vērtējums", "Your rating"), fields: surveyFields(t) }],
  }),
  mail: { ask: ASK, remind: REMIND },
  thanks: localized(
    "Paldies! Jūsu atbildes palīdzēs uzlabot programmu vēl šajā kārtā.",
    "Thank you! Your answers help improve the programme while this round still runs.",
  ),
});
