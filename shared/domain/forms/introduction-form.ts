import { z } from "zod";
import type { FormPage } from "../../forms/form-definition.js";
import { area, formTexts, type Texts } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import type { FormRequest, Relationship } from "../../schemas/workflow.js";
import { WAITS } from "../workflow/waiting-times.js";
import {
  addDays,
  personOf,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "../workflow/workflow-deps.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";

const text = z.string().trim().min(1).max(2000);
const optional = z.string().trim().max(2000).optional();

/**
 * The mentee's introduction (the guideline's introduction guide): me as a professional, my
 * way of learning, practical agreements, the human side. Sent with the welcome; nothing
 * waits for it (no task token), and only the mentor reads it, by e-mail.
 */
export const introductionAnswerSchema = z.strictObject({
  workAreas: text,
  turningPoints: optional,
  strengths: optional,
  howILearn: text,
  feedbackStyle: optional,
  wantToDevelop: text,
  mentorILookFor: optional,
  whyITakePart: optional,
  meetingFormat: optional,
  rhythm: optional,
  sessionStructure: optional,
  supportExpected: optional,
  doneSoFar: optional,
  personalFacts: optional,
  inspires: optional,
  wantToGive: optional,
});
type IntroductionAnswer = z.infer<typeof introductionAnswerSchema>;

/** The answers, passed on to the mentor. */
const PASSED_ON: MailTemplate = {
  subject: localized(
    "{partners} iepazīstina ar sevi",
    "Your mentee introduces themselves: {partners}",
  ),
  body: localized(
    "Pirms pirmās tikšanās {partners} pastāsta par sevi: atbildes ir zemāk. Izmantojiet tās, lai sagatavotos sarunai; šīs atbildes redzat tikai jūs.",
    "{partners} wrote about themselves before your first meeting. Use it to prepare the conversation; only you see these answers.",
  ),
};

const introductionPage = (t: Texts): FormPage => ({
  title: t("Pastāstiet par sevi pirms pirmās tikšanās", "Introduce yourself to your mentor"),
  intro: t(
    "Šo veidlapu pirms pirmās tikšanās aizpilda mentorējamā puse (jūsu sadarbība: {partners}). Jūsu atbildes saņems tikai mentorējošā puse, lai sagatavotos pirmajai tikšanās reizei. Aizpildiet to, kas jums šķiet svarīgs; obligāti ir tikai trīs lauki.",
    "This form is for the mentee. Only your mentor ({partners}) gets your answers, to prepare for your first meeting. Fill in what matters to you; only three fields are required.",
  ),
  submitLabel: t("Nosūtīt atbildes", "Send to my mentor"),
  sections: [
    {
      title: t("Par mani kā profesionāli", "Me as a professional"),
      fields: [
        area("workAreas", t("Manas darba jomas", "My areas of work"), true),
        area(
          "turningPoints",
          t("2–3 galvenie karjeras pagrieziena punkti", "2–3 turning points of my career"),
        ),
        area(
          "strengths",
          t("Spēcīgās puses un specializācijas jomas", "My strengths and fields of specialisation"),
        ),
      ],
    },
    {
      title: t("Par manu mācīšanās pieeju", "My way of learning"),
      fields: [
        area(
          "howILearn",
          t(
            "Kā es vislabāk mācos (praktiski piemēri, lasīšana, diskusijas, vizuāli materiāli u. c.)",
            "How I learn best (practical examples, reading, discussion, visual material, etc.)",
          ),
          true,
        ),
        area(
          "feedbackStyle",
          t(
            "Kā man patīk saņemt informāciju un atgriezenisko saiti",
            "How I like to receive information and feedback",
          ),
        ),
        area(
          "wantToDevelop",
          t(
            "Ko vēlos attīstīt šajā mentoringa programmā",
            "What I want to develop in this programme",
          ),
          true,
        ),
        area("mentorILookFor", t("Kādu mentoru es meklēju", "What kind of mentor I look for")),
        area(
          "whyITakePart",
          t("Kāpēc es piedalos mentoringa programmā", "Why I take part in the mentoring programme"),
        ),
      ],
    },
    {
      title: t("Praktiskās vienošanās", "Practical agreements"),
      fields: [
        area(
          "meetingFormat",
          t(
            "Kāds tikšanās formāts man ir ērtāks (klātienē vai tiešsaistē)",
            "Which meeting format suits me (in person or online)",
          ),
        ),
        area(
          "rhythm",
          t(
            "Cik bieži vēlos tikties un cik ilgi spēju saglabāt fokusu",
            "How often I want to meet and how long I can keep my focus",
          ),
        ),
        area(
          "sessionStructure",
          t(
            "Kā es labprāt strukturētu sarunas (piem., īsa atskaite par progresu, konkrētas tēmas, nākamie soļi)",
            "How I would like the sessions structured (e.g. a short progress update, specific topics, next steps)",
          ),
        ),
        area(
          "supportExpected",
          t(
            "Kādu atbalstu un atgriezenisko saiti sagaidu mentorēšanā",
            "What kind of support and feedback I expect from my mentor",
          ),
        ),
        area(
          "doneSoFar",
          t(
            "Kas jau ir paveikts mana mērķa sasniegšanā",
            "What I have already done towards my goal",
          ),
        ),
      ],
    },
    {
      title: t("Cilvēciskā puse", "The human side"),
      fields: [
        area(
          "personalFacts",
          t(
            "Daži personīgi fakti (hobiji, intereses, kā līdzsvaroju darbu un privāto dzīvi)",
            "A few personal facts (hobbies, interests, how I balance work and private life)",
          ),
        ),
        area(
          "inspires",
          t(
            "Kas mani iedvesmo un motivē darbā un ikdienā",
            "What inspires and motivates me at work and every day",
          ),
        ),
        area(
          "wantToGive",
          t(
            "Kāpēc man ir svarīgi piedalīties šajā programmā un ko vēlos dot",
            "Why taking part matters to me and what I want to give",
          ),
        ),
      ],
    },
  ],
});

export const introductionForm = defineFormKind({
  phase: "planning",
  validForDays: WAITS.introductionValidFor,
  answerSchema: introductionAnswerSchema,
  page: introductionPage,
  // It comes with the welcome (its button), so the welcome is also what a resend sends.
  mail: { ask: "welcome", nudge: "welcome" },
  awaited: (_round, relationship) =>
    relationship.phase === "planning" || relationship.phase === "learning",
  output: () => ({ answered: true }),
  keep: async (deps, { form, answers }) => {
    await passOn(deps, form, answers);
    await noteAnswer(deps, form, "introduction_received");
  },
});

/** The mentee's introduction reaches the mentor, in the mentor's language, once. */
async function passOn(deps: WorkflowDeps, form: FormRequest, answers: IntroductionAnswer) {
  const relationship = await relationshipOf(deps, form.relationshipId);
  const mentor = await personOf(deps, relationship, relationship.mentorId);
  const mentee = await personOf(deps, relationship, form.participantId);
  const values = answers as Record<string, unknown>;
  const sections = introductionPage(formTexts({ partners: mentor.name }))
    .sections.map((section) => ({
      title: section.title[mentor.language],
      entries: section.fields.flatMap((field) => {
        const value = values[field.name];
        return field.kind !== "hidden" && typeof value === "string" && value !== ""
          ? [{ label: field.label[mentor.language], text: value }]
          : [];
      }),
    }))
    .filter((section) => section.entries.length > 0);
  await sendOnce(deps, `introduction:${form.formId}`, mentor, PASSED_ON, {
    name: mentor.name,
    partners: mentee.name,
    sections,
  });
}

/**
 * The mentee's introduction form, made once per (relationship, consent round, mentee) when
 * the welcome goes out.
 */
export async function ensureIntroductionForm(
  deps: WorkflowDeps,
  relationship: Relationship,
  participantId: string,
): Promise<FormRequest> {
  const participant = await personOf(deps, relationship, participantId);
  const now = deps.clock.now();
  const { form } = await deps.workflowStore.ensureForm(
    {
      formId: deps.ids.next("f"),
      kind: "introduction",
      relationshipId: relationship.relationshipId,
      stepKey: `introduction#${relationship.consentRound}`,
      participantId,
      language: participant.language,
      status: "open",
      createdAt: now.toISOString(),
      expiresAt: addDays(now, WAITS.introductionValidFor).toISOString(),
      reminders: 0,
    },
    "",
  );
  return form;
}
