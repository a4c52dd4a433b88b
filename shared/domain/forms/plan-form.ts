import { z } from "zod";
import { area, choice } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import { localDateTimeSchema, rigaLocalToUtc } from "../../schemas/form-answers.js";
import { oneLine } from "../../schemas/one-line.js";
import type { Goal, Session } from "../../schemas/workflow.js";
import { WAITS } from "../workflow/waiting-times.js";
import { relationshipOf } from "../workflow/workflow-deps.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";
import { SMART, SMART_CHECKS, SWOT, SWOT_QUESTIONS } from "./plan-questions.js";

/**
 * The mentoring plan (stage 2): SWOT, one to three SMART goals and the meeting schedule,
 * filled in by the mentor after the first meeting. Its sessions drive the learning cycles.
 */
const optionalText = (max = 2000) => z.string().trim().max(max).optional();

const goalFields = (n: 1 | 2 | 3) => ({
  // A goal is one line (a text input): its title labels the checkpoint forms and the console.
  [`goal${n}`]: n === 1 ? oneLine().min(1).max(300) : oneLine().max(300).optional(),
  [`situation${n}`]: optionalText(1000),
  [`opportunities${n}`]: optionalText(1000),
  [`actions${n}`]: optionalText(1000),
  [`result${n}`]: optionalText(1000),
  ...Object.fromEntries(SMART.map((check) => [`${check}${n}`, z.boolean().default(false)])),
});

const swotFields = Object.fromEntries(
  SWOT.flatMap((quadrant) => [1, 2, 3].map((q) => [`${quadrant}${q}`, optionalText(1000)])),
);

export const planAnswerSchema = z
  .strictObject({
    ...goalFields(1),
    ...goalFields(2),
    ...goalFields(3),
    ...swotFields,
    /** Meetings a month: the programme's rhythm is 1 to 2. */
    cadence: z.enum(["1", "2"]).transform(Number),
    /** Minutes; a person focuses well for about 1.5 to 2 hours. */
    sessionMinutes: z.number().int().min(30).max(180),
    sessionFormat: z.enum(["in_person", "online", "mixed"]),
    firstSessionAt: localDateTimeSchema,
    sessionCount: z.number().int().min(1).max(24),
  })
  .superRefine((plan, ctx) => {
    // A goal counts once it passes all five SMART checks; the first goal is required.
    for (const n of [1, 2, 3]) {
      const values = plan as Record<string, unknown>;
      if (!values[`goal${n}`]) continue;
      if (!values[`result${n}`]) {
        ctx.addIssue({
          code: "custom",
          path: [`result${n}`],
          message: "required",
          params: { reason: "required" },
        });
      }
      for (const check of SMART) {
        if (values[`${check}${n}`] !== true) {
          ctx.addIssue({
            code: "custom",
            path: [`${check}${n}`],
            message: "smart",
            params: { reason: "smart_check" },
          });
        }
      }
    }
  });

export type PlanAnswer = z.infer<typeof planAnswerSchema>;

/** The goals of a plan as the table keeps them. */
export function goalsOfPlan(plan: Record<string, unknown>): Goal[] {
  return [1, 2, 3].flatMap((n) => {
    const title = plan[`goal${n}`];
    if (typeof title !== "string" || title === "") return [];
    const text = (name: string) =>
      typeof plan[`${name}${n}`] === "string" ? (plan[`${name}${n}`] as string) : undefined;
    return [
      {
        key: `g${n}`,
        title,
        measure: text("result") ?? "",
        situation: text("situation"),
        opportunities: text("opportunities"),
        actions: text("actions"),
      },
    ];
  });
}

const DAY = 86_400_000;

/** The sessions of a plan, with absolute times; a replan renumbers from the current session. */
export function scheduleSessions(plan: PlanAnswer, firstNumber: number, now: Date): Session[] {
  const first = rigaLocalToUtc(plan.firstSessionAt);
  const every = plan.cadence === 2 ? 14 * DAY : 28 * DAY;
  return Array.from({ length: plan.sessionCount }, (_, i) => {
    const startsAt = new Date(first.getTime() + i * every);
    // Two days ahead, but never before the plan exists.
    const remindAt = new Date(Math.max(now.getTime(), startsAt.getTime() - 2 * DAY));
    return {
      number: firstNumber + i,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + plan.sessionMinutes * 60_000).toISOString(),
      remindAt: remindAt.toISOString(),
    };
  });
}

const ASK: MailTemplate = {
  subject: localized("Lūdzu, aizpildiet sadarbības plānu", "Please fill in the mentoring plan"),
  body: localized(
    "Pēc pirmās tikšanās ierakstiet kopīgos SMART mērķus, tikšanās biežumu un datumus ({partners}). Visas tikšanās nonāks abu kalendāros. Lūdzu, aizpildiet plānu 14 dienu laikā.",
    "After the first meeting, write down your shared SMART goals, how often you meet and the dates ({partners}). Every session will reach both calendars. Please fill in the plan within 14 days.",
  ),
  button: localized("Aizpildīt plānu", "Fill in the plan"),
};

export const planForm = defineFormKind({
  phase: "planning",
  validForDays: WAITS.planTimeoutAfter,
  answerSchema: planAnswerSchema,
  page: (t) => ({
    title: t("Sadarbības plāns", "The mentoring plan"),
    intro: t(
      "Pirmajā tikšanās reizē mentors kopā ar {partners} izpēta situāciju (SWOT), ieraksta līdz trim SMART mērķiem un vienojas par tikšanās grafiku. Pēc nosūtīšanas visi saņems tikšanās datumus un kalendāra ielūgumus.",
      "At the first meeting the mentor, together with {partners}, looks at the situation (SWOT), writes down up to three SMART goals and agrees the meeting schedule. After sending, everyone gets the dates and calendar invitations.",
    ),
    submitLabel: t("Saglabāt plānu", "Save the plan"),
    sections: [
      ...SWOT_QUESTIONS.map(({ quadrant, title, questions }) => ({
        title,
        intro: t(
          "Nav obligāti; atbildes redz tikai jūs un mentors.",
          "Optional; only you and the mentor see the answers.",
        ),
        fields: questions.map((label, i) => area(`${quadrant}${i + 1}`, label)),
      })),
      ...[1, 2, 3].map((n) => ({
        title: t(`${n}. mērķis`, `Goal ${n}`),
        ...(n > 1
          ? {
              intro: t(
                "Aizpildiet, ja jums ir vēl viens mērķis.",
                "Fill in if you have another goal.",
              ),
            }
          : {}),
        fields: [
          {
            kind: "text" as const,
            name: `goal${n}`,
            label: t("Mērķis", "Goal"),
            required: n === 1,
            maxLength: 300,
          },
          area(`situation${n}`, t("Reālā situācija", "The situation now")),
          area(`opportunities${n}`, t("Iespējas", "Opportunities")),
          area(`actions${n}`, t("Konkrētas plānotās darbības", "Concrete planned actions")),
          area(
            `result${n}`,
            t(
              "Sagaidāmais rezultāts (un kas notiek, ja mērķi nesasniedz)",
              "Expected result (and what happens if the goal is not reached)",
            ),
            n === 1,
          ),
          ...SMART_CHECKS.map(({ check, label, help }) => ({
            kind: "checkbox" as const,
            name: `${check}${n}`,
            label,
            help,
          })),
        ],
      })),
      {
        title: t("Tikšanās", "Meetings"),
        fields: [
          choice("cadence", t("Cik bieži tiksieties?", "How often will you meet?"), [
            ["1", t("Reizi mēnesī", "Once a month")],
            ["2", t("Divreiz mēnesī", "Twice a month")],
          ]),
          {
            kind: "number",
            name: "sessionMinutes",
            label: t("Tikšanās ilgums minūtēs", "Length of a meeting in minutes"),
            help: t(
              "Cilvēks labi koncentrējas apmēram 1,5–2 stundas.",
              "A person focuses well for about 1.5–2 hours.",
            ),
            required: true,
            min: 30,
            max: 180,
          },
          choice("sessionFormat", t("Tikšanās veids", "Where you meet"), [
            ["in_person", t("Klātienē", "In person")],
            ["online", t("Tiešsaistē", "Online")],
            ["mixed", t("Jaukti", "Mixed")],
          ]),
          {
            kind: "datetime",
            name: "firstSessionAt",
            label: t(
              "Pirmās plānotās tikšanās laiks (Rīgas laiks)",
              "Time of the first planned meeting (Riga time)",
            ),
            required: true,
          },
          {
            kind: "number",
            name: "sessionCount",
            label: t("Cik tikšanās plānojat?", "How many meetings do you plan?"),
            required: true,
            min: 1,
            max: 24,
          },
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: ASK },
  awaited: (round, relationship) =>
    relationship.phase === "planning" && round === relationship.planRound,
  output: () => ({ answered: true }),
  keep: async (deps, { form, answers, now }) => {
    const relationshipId = form.relationshipId;
    const relationship = await relationshipOf(deps, relationshipId);
    const goals = goalsOfPlan(answers as Record<string, unknown>);
    // A replan keeps what already happened: numbering goes on after the last session
    // that was held or has ended, so its record (and calendar event) stay as they were.
    const past = (await deps.workflowStore.listSessions(relationshipId))
      .filter((s) => s.held !== undefined || Date.parse(s.endsAt) <= now.getTime())
      .map((s) => s.number);
    const firstNumber = Math.max(1, relationship.cycle, Math.max(0, ...past) + 1);
    const sessions = scheduleSessions(answers, firstNumber, now);
    await deps.workflowStore.savePlan(relationshipId, goals, sessions);
    await deps.workflowStore.updateRelationship(relationshipId, {
      phase: "learning",
      cycle: firstNumber,
      sessionCount: firstNumber - 1 + sessions.length,
      nextDueAt: sessions[0]?.startsAt,
      updatedAt: now.toISOString(),
    });
    await noteAnswer(deps, form, "plan_saved", {
      goals: goals.length,
      sessions: sessions.length,
      firstSessionAt: sessions[0]?.startsAt,
    });
  },
});
