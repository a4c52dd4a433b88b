import { z } from "zod";
import { area, choice, ratingField } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { WAITS } from "../workflow/waiting-times.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";

/** The reflection after each session (stage 3): three ratings 1-10, short answers, "held". */
const optionalText = z.string().trim().max(2000).optional();
const rating = z.number().int().min(1).max(10);

export const reflectionAnswerSchema = z.strictObject({
  held: z.enum(["yes", "no"]),
  valueRating: rating,
  ideasRating: rating,
  safetyRating: rating,
  mostValuable: optionalText,
  stillUnclear: optionalText,
  tryBeforeNext: optionalText,
  todayUnderstood: optionalText,
  nextTimeDeeper: optionalText,
  shareWithCoordinator: z.boolean(),
});

const ASK: MailTemplate = {
  subject: localized("Kā veicās {session}. tikšanās reizē?", "How did session {session} go?"),
  body: localized(
    "Lūdzu, dažās minūtēs novērtējiet tikšanos: trīs vērtējumi un trīs īsi jautājumi. Jūsu atbildes paliek starp jums; koordinators redz tikai vērtējumus, ja vien paši neizvēlaties dalīties ar tekstu.",
    "Please take a few minutes to reflect on the session: three ratings and three short questions. Your answers stay between you; the coordinator sees only the ratings unless you choose to share your words.",
  ),
  button: localized("Aizpildīt refleksiju", "Write the reflection"),
};

const NUDGE: MailTemplate = {
  subject: localized(
    "Atgādinājums: {session}. tikšanās refleksija",
    "Reminder: the reflection on session {session}",
  ),
  body: localized(
    "Jūsu refleksija par {session}. tikšanos vēl nav saņemta. Tā aizņem tikai dažas minūtes un palīdz sekot līdzi progresam.",
    "Your reflection on session {session} has not arrived yet. It takes a few minutes and helps you follow your progress.",
  ),
  button: localized("Aizpildīt tagad", "Write it now"),
};

export const reflectionForm = defineFormKind({
  phase: "learning",
  validForDays: WAITS.reflectionMissingAfter,
  answerSchema: reflectionAnswerSchema,
  page: (t) => ({
    title: t("Refleksija pēc {session}. tikšanās", "Reflection on session {session}"),
    intro: t(
      "Dažās minūtēs novērtējiet tikšanos. Jūsu teksts paliek starp jums; koordinators redz tikai vērtējumus, ja vien neizvēlaties dalīties.",
      "Reflect on the session in a few minutes. Your words stay between you; the coordinator sees only the ratings unless you choose to share.",
    ),
    submitLabel: t("Nosūtīt refleksiju", "Send the reflection"),
    sections: [
      {
        title: t("Vērtējumi", "Ratings"),
        fields: [
          choice("held", t("Vai tikšanās notika?", "Did the meeting take place?"), [
            ["yes", t("Jā", "Yes")],
            ["no", t("Nē", "No")],
          ]),
          ratingField(
            "valueRating",
            t("Cik vērtīga bija tikšanās?", "How valuable was the session?"),
          ),
          ratingField(
            "ideasRating",
            t(
              "Cik daudz jaunu ideju vai atziņu ieguvāt?",
              "How many new ideas or insights did you gain?",
            ),
          ),
          ratingField(
            "safetyRating",
            t("Cik droši un ērti jutāties?", "How safe and comfortable did you feel?"),
          ),
        ],
      },
      {
        title: t("Īsi jautājumi", "Short questions"),
        fields: [
          area(
            "mostValuable",
            t("Vērtīgākais, ko ņemu līdzi", "The most valuable thing I take away"),
          ),
          area(
            "stillUnclear",
            t("Kas vēl nav skaidrs vai jāturpina?", "What is still unclear or needs follow-up?"),
          ),
          area(
            "tryBeforeNext",
            t(
              "Ko izmēģināšu praksē līdz nākamajai reizei?",
              "What will I try in practice before next time?",
            ),
          ),
          area("todayUnderstood", t("Šodien es sapratu, ka …", "Today I understood that …")),
          area(
            "nextTimeDeeper",
            t("Nākamreiz es vēlētos padziļināties …", "Next time I would like to go deeper into …"),
          ),
          {
            kind: "checkbox",
            name: "shareWithCoordinator",
            label: t(
              "Dalīties ar savām atbildēm ar koordinatoru",
              "Share my answers with the coordinator",
            ),
          },
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: NUDGE },
  awaited: (session, relationship) =>
    relationship.phase === "learning" && session === relationship.cycle,
  output: (answers) => ({ held: answers.held }),
  keep: async (deps, { form, answers, step, now }) => {
    await deps.workflowStore.putReflection({
      relationshipId: form.relationshipId,
      session: step,
      participantId: form.participantId,
      ...answers,
      submittedAt: now.toISOString(),
    });
    // The timeline keeps the figures only; the text stays with the reflection.
    await noteAnswer(deps, form, "reflection_received", {
      session: step,
      held: answers.held,
      valueRating: answers.valueRating,
      ideasRating: answers.ideasRating,
      safetyRating: answers.safetyRating,
    });
  },
});
