import { z } from "zod";
import { area, choice, ratingField, type Texts } from "../../forms/form-fields.js";
import { type Localized, localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { localDateTimeSchema } from "../../schemas/form-answers.js";
import { notHeldReasonSchema } from "../../schemas/workflow.js";
import { WAITS } from "../workflow/waiting-times.js";
import { defineFormKind, noteAnswer, stepOf } from "./form-kind.js";

/**
 * The reflection after each session (stage 3). A session that took place: three ratings 1-10
 * and five short answers. One that did not: why, and a new date the person proposes (both
 * for the coordinator), and no ratings, so a meeting that never happened never lowers an
 * average or raises a low-rating finding.
 */
const optionalText = z.string().trim().max(2000).optional();
const rating = z.number().int().min(1).max(10);

const RATINGS = ["valueRating", "ideasRating", "safetyRating"] as const;
const TEXTS = [
  "mostValuable",
  "stillUnclear",
  "tryBeforeNext",
  "todayUnderstood",
  "nextTimeDeeper",
] as const;

export const reflectionAnswerSchema = z
  .strictObject({
    held: z.enum(["yes", "no"]),
    valueRating: rating.optional(),
    ideasRating: rating.optional(),
    safetyRating: rating.optional(),
    mostValuable: optionalText,
    stillUnclear: optionalText,
    tryBeforeNext: optionalText,
    todayUnderstood: optionalText,
    nextTimeDeeper: optionalText,
    notHeldReason: notHeldReasonSchema.optional(),
    /** Riga local time, as the form's date field sends it. */
    proposedDate: localDateTimeSchema.optional(),
    shareWithCoordinator: z.boolean(),
  })
  .superRefine((answer, ctx) => {
    const missing = (field: string) =>
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: "required",
        params: { reason: "required" },
      });
    if (answer.held === "yes")
      for (const field of RATINGS) if (answer[field] === undefined) missing(field);
    if (answer.held === "no" && answer.notHeldReason === undefined) missing("notHeldReason");
  })
  // Only what belongs to the answer given is kept: no ratings or words for a session not held.
  .transform((answer) => {
    const kept: Record<string, unknown> = { ...answer };
    const drop = answer.held === "yes" ? ["notHeldReason", "proposedDate"] : [...RATINGS, ...TEXTS];
    for (const field of drop) delete kept[field];
    return kept as typeof answer;
  });

/** The three ratings, in the order the form asks them. */
const RATING_QUESTIONS = (t: Texts): [(typeof RATINGS)[number], Localized][] => [
  ["valueRating", t("Cik vērtīga bija tikšanās?", "How valuable was the session?")],
  [
    "ideasRating",
    t("Cik daudz jaunu ideju vai atziņu ieguvāt?", "How many new ideas or insights did you gain?"),
  ],
  ["safetyRating", t("Cik droši un ērti jutāties?", "How safe and comfortable did you feel?")],
];

const ASK: MailTemplate = {
  subject: localized("Kā veicās {session}. tikšanās reizē?", "How did session {session} go?"),
  body: localized(
    "Lūdzu, dažās minūtēs novērtējiet tikšanos: trīs vērtējumi un pieci īsi jautājumi. Ja tikšanās nenotika, pietiek atzīmēt, kāpēc, un ierosināt jaunu datumu. Jūsu atbildes paliek starp jums; koordinators redz tikai vērtējumus, ja vien neizvēlaties dalīties ar tekstu.",
    "Please take a few minutes to reflect on the session: three ratings and five short questions. If the session did not take place, just say why and propose a new date. Your answers stay between you; the coordinator sees only the ratings unless you choose to share your words.",
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
  page: (t, context) => ({
    title: t("Refleksija pēc {session}. tikšanās", "Reflection on session {session}"),
    intro: t(
      "Dažās minūtēs novērtējiet tikšanos. Jūsu teksts paliek starp jums; koordinators redz tikai vērtējumus, ja vien neizvēlaties dalīties.",
      "Reflect on the session in a few minutes. Your words stay between you; the coordinator sees only the ratings unless you choose to share.",
    ),
    submitLabel: t("Nosūtīt refleksiju", "Send the reflection"),
    sections: [
      {
        title: t("Tikšanās", "The session"),
        fields: [
          choice("held", t("Vai tikšanās notika?", "Did the meeting take place?"), [
            ["yes", t("Jā", "Yes")],
            ["no", t("Nē", "No")],
          ]),
        ],
      },
      {
        title: t("Vērtējumi", "Ratings"),
        shownWhen: { field: "held", value: "yes" },
        fields: RATING_QUESTIONS(t).map(([name, label]) => ({
          ...ratingField(name, label),
          required: false,
          requiredWhen: t("obligāts, ja tikšanās notika", "required if the session took place"),
        })),
      },
      {
        title: t("Īsi jautājumi", "Short questions"),
        shownWhen: { field: "held", value: "yes" },
        fields: [
          area(
            "mostValuable",
            t("Vērtīgākais, ko ņemu līdzi", "The most valuable thing I take away"),
          ),
          area(
            "stillUnclear",
            t("Kas vēl nav skaidrs vai jāturpina?", "What is still unclear or needs follow-up?"),
          ),
          // After the last session there is no next time to promise.
          context.lastSession
            ? area(
                "tryBeforeNext",
                t("Ko izmēģināšu praksē turpmāk?", "What will I try in practice from now on?"),
              )
            : area(
                "tryBeforeNext",
                t(
                  "Ko izmēģināšu praksē līdz nākamajai reizei?",
                  "What will I try in practice before next time?",
                ),
              ),
          area("todayUnderstood", t("Šodien es sapratu, ka …", "Today I understood that …")),
          context.lastSession
            ? area(
                "nextTimeDeeper",
                t(
                  "Turpmāk es vēlētos padziļināties …",
                  "From here on I would like to go deeper into …",
                ),
              )
            : area(
                "nextTimeDeeper",
                t(
                  "Nākamreiz es vēlētos padziļināties …",
                  "Next time I would like to go deeper into …",
                ),
              ),
        ],
      },
      {
        title: t("Ja tikšanās nenotika", "If the session did not take place"),
        intro: t(
          "Koordinators redz iemeslu un jūsu ierosināto datumu, lai palīdzētu sarunāt nākamo tikšanos.",
          "The coordinator sees the reason and the date you propose, to help arrange the next meeting.",
        ),
        shownWhen: { field: "held", value: "no" },
        fields: [
          {
            ...choice("notHeldReason", t("Kāpēc tā nenotika?", "Why did it not take place?"), [
              ["partner_cancelled", t("To atcēla otra puse", "My partner cancelled it")],
              ["i_cancelled", t("Es to atcēlu", "I cancelled it")],
              ["agreed_to_move", t("Vienojāmies to pārcelt", "We agreed to move it")],
              ["other", t("Cits iemesls", "Another reason")],
            ]),
            required: false,
            requiredWhen: t(
              "obligāts, ja tikšanās nenotika",
              "required if the session did not take place",
            ),
          },
          {
            kind: "datetime",
            name: "proposedDate",
            label: t("Ierosinu jaunu datumu un laiku", "I propose a new date and time"),
            help: t("Rīgas laikā.", "Riga time."),
          },
        ],
      },
      {
        title: t("Dalīšanās", "Sharing"),
        fields: [
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
  context: async (deps, relationship, form) => {
    const sessions = await deps.workflowStore.listSessions(relationship.relationshipId);
    return { lastSession: stepOf(form) >= sessions.length };
  },
  keep: async (deps, { form, answers, step, now }) => {
    await deps.workflowStore.putReflection({
      relationshipId: form.relationshipId,
      session: step,
      participantId: form.participantId,
      ...answers,
      submittedAt: now.toISOString(),
    });
    // The timeline keeps the figures only (ratings, or why not held and the date proposed);
    // the text stays with the reflection.
    await noteAnswer(deps, form, "reflection_received", {
      session: step,
      held: answers.held,
      ...(answers.held === "yes"
        ? {
            valueRating: answers.valueRating,
            ideasRating: answers.ideasRating,
            safetyRating: answers.safetyRating,
          }
        : {
            notHeldReason: answers.notHeldReason,
            ...(answers.proposedDate ? { proposedDate: answers.proposedDate } : {}),
          }),
    });
  },
});
