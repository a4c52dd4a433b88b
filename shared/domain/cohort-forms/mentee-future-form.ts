import { choice } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { cohortAnswerShapes } from "../../schemas/cohort-answer.js";
import { defineCohortFormKind } from "./cohort-form-kind.js";

/**
 * To the round's mentees near its end: would they mentor later, themselves or as a peer
 * mentor (supporting colleagues in a similar role)? The programme builds its mentor
 * community from these answers (DOMAIN.md, "Purpose").
 */
const ASK: MailTemplate = {
  subject: localized(
    "Vai vēlaties nākotnē mentorēt citus?",
    "Would you like to mentor others in the future?",
  ),
  body: localized(
    "Kārta „{cohort}” tuvojas noslēgumam. Programma veido mentoru kopienu, un tās dalībnieki bieži paši kļūst par mentoriem vai atbalsta kolēģus līdzīgā amatā. Lūdzu, pastāstiet, vai tas jūs interesē: atbilde jūs ne pie kā nesaista.",
    "The round “{cohort}” is nearing its end. The programme is building a community of mentors, and its participants often become mentors themselves or support colleagues in similar roles. Please tell us whether this interests you: the answer commits you to nothing.",
  ),
  button: localized("Atbildēt", "Answer"),
};

const REMIND: MailTemplate = {
  subject: localized(
    "Atgādinājums: vai vēlaties nākotnē mentorēt citus?",
    "Reminder: would you like to mentor others in the future?",
  ),
  body: localized(
    "Mēs vēl gaidām jūsu atbildi, vai nākotnē vēlaties mentorēt citus pēc kārtas „{cohort}”. Tas ir viens jautājums.",
    "We are still waiting to hear whether you would like to mentor others after “{cohort}”. It is one question.",
  ),
  button: localized("Atbildēt tagad", "Answer now"),
};

export const menteeFutureForm = defineCohortFormKind({
  kind: "mentee_future",
  roles: ["mentee"],
  validForDays: 21,
  answerSchema: cohortAnswerShapes.mentee_future.strict(),
  page: (t) => ({
    title: t("Mentorēšana nākotnē", "Mentoring in the future"),
    intro: t(
      "Kārta „{cohort}” tuvojas noslēgumam. Atbilde palīdz veidot programmas mentoru kopienu un jūs ne pie kā nesaista.",
      "The round “{cohort}” is nearing its end. Your answer helps build the programme's community of mentors and commits you to nothing.",
    ),
    submitLabel: t("Nosūtīt atbildi", "Send my answer"),
    sections: [
      {
        title: t("Jūsu atbilde", "Your answer"),
        fields: [
          choice(
            "future",
            t(
              "Vai vēlētos vēlāk kļūt par mentoru vai līdzinieku mentoru?",
              "Would you like to become a mentor or a peer mentor later?",
            ),
            [
              ["mentor", t("Jā, par mentoru", "Yes, a mentor")],
              [
                "peer_mentor",
                t(
                  "Jā, par līdzinieku mentoru (atbalstīt kolēģus līdzīgā amatā)",
                  "Yes, a peer mentor (supporting colleagues in a similar role)",
                ),
              ],
              ["both", t("Jā, abos veidos", "Yes, both")],
              ["no", t("Pagaidām nē", "Not for now")],
            ],
          ),
        ],
      },
    ],
  }),
  mail: { ask: ASK, remind: REMIND },
  thanks: localized(
    "Paldies! Ja atbildējāt „Jā”, koordinators ar jums sazināsies pirms nākamās kārtas.",
    "Thank you! If you answered yes, the coordinator will be in touch before the next round.",
  ),
});
