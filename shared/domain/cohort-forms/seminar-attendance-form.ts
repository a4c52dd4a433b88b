import { yesNo } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { cohortAnswerShapes } from "../../schemas/cohort-answer.js";
import { defineCohortFormKind } from "./cohort-form-kind.js";

/** Before the information seminar: will the person attend? (DOMAIN.md, "Forming pairs", 4.) */
const ASK: MailTemplate = {
  subject: localized(
    "Informatīvais seminārs {when}: vai piedalīsieties?",
    "Information seminar on {when}: will you attend?",
  ),
  body: localized(
    "Programmas kārtas „{cohort}” informatīvais seminārs notiks {when} (Rīgas laikā), vieta: {place}. Seminārā pastāstīsim, kā programma norit, ko sagaidīt no mentoringa sadarbības un kā sagatavoties pirmajai tikšanās reizei. Lūdzu, atbildiet, vai piedalīsieties.",
    "The information seminar of the programme round “{cohort}” takes place on {when} (Riga time), at: {place}. It explains how the programme runs, what to expect from a mentoring relationship and how to prepare for the first meeting. Please tell us whether you will attend.",
  ),
  button: localized("Atbildēt", "Answer"),
};

const REMIND: MailTemplate = {
  subject: localized(
    "Atgādinājums: vai piedalīsieties informatīvajā seminārā?",
    "Reminder: will you attend the information seminar?",
  ),
  body: localized(
    "Mēs vēl gaidām jūsu atbildi, vai piedalīsieties kārtas „{cohort}” informatīvajā seminārā {when} (Rīgas laikā), vieta: {place}. Atbilde palīdz mums sagatavoties.",
    "We are still waiting to hear whether you will attend the information seminar of “{cohort}” on {when} (Riga time), at: {place}. Your answer helps us prepare.",
  ),
  button: localized("Atbildēt tagad", "Answer now"),
};

export const seminarAttendanceForm = defineCohortFormKind({
  kind: "seminar_attendance",
  roles: ["mentee", "mentor"],
  validForDays: 30,
  // After the seminar has begun the answer helps nobody.
  closesAt: (cohort) => cohort.seminar.at,
  answerSchema: cohortAnswerShapes.seminar_attendance.strict(),
  page: (t) => ({
    title: t("Informatīvais seminārs", "Information seminar"),
    intro: t(
      "Kārtas „{cohort}” informatīvais seminārs notiks {when} (Rīgas laikā), vieta: {place}. Jūsu atbildi redzēs programmas koordinators; to var mainīt, atverot šo saiti vēlreiz.",
      "The information seminar of “{cohort}” takes place on {when} (Riga time), at: {place}. The programme coordinator sees your answer; you can change it by opening this link again.",
    ),
    submitLabel: t("Nosūtīt atbildi", "Send my answer"),
    sections: [
      {
        title: t("Jūsu atbilde", "Your answer"),
        fields: [
          yesNo(
            "attending",
            t(
              "Vai piedalīsieties informatīvajā seminārā {when}, vieta: {place}?",
              "Will you attend the information seminar on {when}, at: {place}?",
            ),
          ),
        ],
      },
    ],
  }),
  mail: { ask: ASK, remind: REMIND },
  thanks: localized(
    "Paldies! Ja jūsu plāni mainīsies, atveriet saiti no e-pasta vēlreiz un nomainiet atbildi. Tiem, kas semināru neapmeklēs, pēc tā nosūtīsim programmas materiālus.",
    "Thank you! If your plans change, open the link from the e-mail again and change your answer. Everyone who does not attend gets the programme's materials after the seminar.",
  ),
});
