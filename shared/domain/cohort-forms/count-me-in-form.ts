import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { cohortAnswerShapes } from "../../schemas/cohort-answer.js";
import { defineCohortFormKind, placesOf } from "./cohort-form-kind.js";

/**
 * A mentor of an earlier round is invited to the next one (the cohort in the link): one
 * click says "count me in", with the places filled in from the mentor's profile.
 */
const ASK: MailTemplate = {
  subject: localized(
    "Aicinām mentorēt kārtā „{cohort}”",
    "You are invited to mentor in “{cohort}”",
  ),
  body: localized(
    "Sākas programmas kārta „{cohort}”, un mēs priecātos, ja mentorētu arī tajā. Pirmās tikšanās sāksies {kickoff}. Ja piekrītat, atveriet saiti un apstipriniet ar vienu klikšķi; tur varat norādīt arī, cik mentorējamos varētu uzņemties.",
    "The programme round “{cohort}” is starting, and we would be glad if you mentored in it too. The first meetings begin on {kickoff}. If you agree, open the link and confirm with one click; there you can also say how many mentees you could take on.",
  ),
  button: localized("Jā, piedalīšos", "Yes, count me in"),
};

const REMIND: MailTemplate = {
  subject: localized(
    "Atgādinājums: aicinājums mentorēt kārtā „{cohort}”",
    "Reminder: you are invited to mentor in “{cohort}”",
  ),
  body: localized(
    "Atgādinām par aicinājumu mentorēt programmas kārtā „{cohort}”. Ja vēlaties piedalīties, apstipriniet to ar vienu klikšķi līdz savietošanas sākumam.",
    "A reminder of the invitation to mentor in the programme round “{cohort}”. If you would like to take part, confirm with one click before matching begins.",
  ),
  button: localized("Jā, piedalīšos", "Yes, count me in"),
};

export const countMeInForm = defineCohortFormKind({
  kind: "count_me_in",
  roles: ["mentor"],
  validForDays: 30,
  // The places count when matching runs: until its deadline the answer can still be given.
  closesAt: (cohort) => cohort.matchingBy,
  answerSchema: cohortAnswerShapes.count_me_in.strict(),
  page: (t) => ({
    title: t("Mentorēšana kārtā „{cohort}”", "Mentoring in “{cohort}”"),
    intro: t(
      "Apstipriniet, ka mentorēsiet kārtā „{cohort}”. Pirmās tikšanās sāksies {kickoff}. Vietu skaits ir aizpildīts no jūsu profila; ja vēlaties, nomainiet to.",
      "Confirm that you will mentor in “{cohort}”. The first meetings begin on {kickoff}. The number of places is filled in from your profile; change it if you like.",
    ),
    submitLabel: t("Jā, piedalīšos kārtā „{cohort}”", "Yes, count me in for “{cohort}”"),
    sections: [
      {
        title: t("Jūsu vietas", "Your places"),
        fields: [
          {
            kind: "number",
            name: "places",
            label: t("Cik mentorējamos varētu uzņemties?", "How many mentees could you take on?"),
            help: localized("No 1 līdz 5.", "From 1 to 5."),
            required: true,
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
    "Paldies, jūsu dalība ir apstiprināta! Koordinators ar jums sazināsies, kad sāksies savietošana.",
    "Thank you, you are counted in! The coordinator will be in touch when matching begins.",
  ),
});
