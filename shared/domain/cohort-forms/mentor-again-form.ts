import { yesNo } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { cohortAnswerShapes } from "../../schemas/cohort-answer.js";
import { defineCohortFormKind, placesOf } from "./cohort-form-kind.js";

/** To the round's mentors near its end: would they mentor again, and how many people? */
const ASK: MailTemplate = {
  subject: localized(
    "Vai mentorēsiet arī nākamajā kārtā?",
    "Would you mentor again in the next round?",
  ),
  body: localized(
    "Paldies par jūsu darbu kārtā „{cohort}”! Mēs jau plānojam nākamo kārtu. Lūdzu, pastāstiet, vai vēlaties mentorēt arī tajā un cik cilvēkus varētu uzņemties. Atbilde jūs ne pie kā nesaista: pirms nākamās kārtas vēl jautāsim.",
    "Thank you for mentoring in “{cohort}”! We are already planning the next round. Please tell us whether you would like to mentor in it too, and how many people you could take on. The answer commits you to nothing: we will ask again before the next round.",
  ),
  button: localized("Atbildēt", "Answer"),
};

const REMIND: MailTemplate = {
  subject: localized(
    "Atgādinājums: vai mentorēsiet arī nākamajā kārtā?",
    "Reminder: would you mentor again in the next round?",
  ),
  body: localized(
    "Mēs vēl gaidām jūsu atbildi, vai vēlaties mentorēt arī nākamajā kārtā pēc „{cohort}”. Tā palīdzēs mums saprast, cik mentorējamo varēsim uzņemt.",
    "We are still waiting to hear whether you would like to mentor again in the round after “{cohort}”. It helps us know how many mentees we can take in.",
  ),
  button: localized("Atbildēt tagad", "Answer now"),
};

/** A "yes" says how many people (1 to 5); a "no" keeps no number. */
const answerSchema = cohortAnswerShapes.mentor_again
  .strict()
  .superRefine((answer, ctx) => {
    if (answer.again && (answer.places === undefined || answer.places < 1))
      ctx.addIssue({
        code: "custom",
        path: ["places"],
        message: "required",
        params: { reason: "required" },
      });
  })
  .transform((answer): { again: boolean; places?: number } =>
    answer.again ? { again: true, places: answer.places } : { again: false },
  );

export const mentorAgainForm = defineCohortFormKind({
  kind: "mentor_again",
  roles: ["mentor"],
  validForDays: 21,
  answerSchema,
  page: (t) => ({
    title: t("Mentorēšana nākamajā kārtā", "Mentoring in the next round"),
    intro: t(
      "Paldies par jūsu darbu kārtā „{cohort}”! Atbilde palīdz plānot nākamo kārtu un jūs ne pie kā nesaista.",
      "Thank you for mentoring in “{cohort}”! Your answer helps plan the next round and commits you to nothing.",
    ),
    submitLabel: t("Nosūtīt atbildi", "Send my answer"),
    sections: [
      {
        title: t("Jūsu atbilde", "Your answer"),
        fields: [
          yesNo(
            "again",
            t(
              "Vai vēlaties mentorēt arī nākamajā kārtā?",
              "Would you like to mentor again in the next round?",
            ),
          ),
        ],
      },
      {
        title: t("Cik cilvēkus?", "How many people?"),
        shownWhen: { field: "again", value: "yes" },
        fields: [
          {
            kind: "number",
            name: "places",
            label: t("Cik mentorējamos varētu uzņemties?", "How many mentees could you take on?"),
            help: localized("No 1 līdz 5.", "From 1 to 5."),
            requiredWhen: localized("obligāts, ja atbildējāt „Jā”", "required if you answered Yes"),
            min: 1,
            max: 5,
          },
        ],
      },
    ],
  }),
  defaults: ({ participant }) => ({ places: String(placesOf(participant)) }),
  mail: { ask: ASK, remind: REMIND },
  thanks: localized(
    "Paldies! Pirms nākamās kārtas ar jums sazināsimies.",
    "Thank you! We will be in touch before the next round.",
  ),
});
