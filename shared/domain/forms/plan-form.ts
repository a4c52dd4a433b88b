import { z } from "zod";
import { area, choice, type Texts } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import {
  formatRigaDayUntil,
  formatRigaInText,
  localDateTimeSchema,
  rigaLocalToUtc,
} from "../../schemas/form-answers.js";
import { oneLine } from "../../schemas/one-line.js";
import type { Goal, Relationship, Session } from "../../schemas/workflow.js";
import { WAITS } from "../workflow/waiting-times.js";
import {
  participantIds,
  partnersOf,
  personOf,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "../workflow/workflow-deps.js";
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
    /** When the first (getting-to-know) meeting took place: the plan is written at or after it. */
    firstMeetingAt: localDateTimeSchema,
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

// The form and its e-mails agree: the plan is written at or after the first meeting.
const ASK: MailTemplate = {
  subject: localized("Lūdzu, aizpildiet sadarbības plānu", "Please fill in the mentoring plan"),
  body: localized(
    "Lūdzu, aizpildiet sadarbības plānu ({partners}): pirmajā tikšanās reizē vai pēc tās kopīgi ierakstiet SMART mērķus, tikšanās biežumu un datumus; veidlapā norādīsiet arī pirmās tikšanās datumu. Visas tikšanās nonāks visu dalībnieku kalendāros, un plānu saņems visi. Lūdzu, aizpildiet to 14 dienu laikā.",
    "At or after the first meeting, write down the SMART goals, how often you meet and the dates together with {partners}; the form also asks when the first meeting took place. Every session will reach everyone's calendar, and everyone gets the plan. Please fill it in within 14 days.",
  ),
  button: localized("Aizpildīt plānu", "Fill in the plan"),
};

const NUDGE: MailTemplate = {
  subject: localized("Atgādinājums: sadarbības plāns", "Reminder: the mentoring plan"),
  body: localized(
    "Sadarbības plāns ({partners}) vēl nav saņemts. Ja pirmā tikšanās jau notika, lūdzu, aizpildiet plānu 7 dienu laikā; ja vēl ne, sarunājiet to. Pēc tam koordinators sazināsies ar jums.",
    "The mentoring plan ({partners}) has not arrived yet. If the first meeting has taken place, please fill in the plan within 7 days; if not, arrange it. After that the coordinator will get in touch.",
  ),
  button: localized("Aizpildīt plānu", "Fill in the plan"),
};

/**
 * When the plan's dates may be: the first meeting has taken place, the first planned session
 * is not in the past and within six weeks, the last within a year (the programme's longest
 * round).
 */
export const PLAN_LIMITS = { firstSessionWithinDays: 42, lastSessionWithinDays: 365 } as const;

const dateIssue = (path: string, reason: string) => ({
  code: "custom" as const,
  path: [path],
  message: reason,
  input: undefined,
  params: { reason },
});

/**
 * The plan's dates against the moment it is sent, and against the cohort's planned end
 * (`endsBy`) when the relationship belongs to one.
 */
export function planDateIssues(plan: PlanAnswer, now: Date, endsBy?: string) {
  const issues = [];
  if (rigaLocalToUtc(plan.firstMeetingAt).getTime() > now.getTime())
    issues.push(dateIssue("firstMeetingAt", "in_future"));
  const sessions = scheduleSessions(plan, 1, now);
  const first = Date.parse(sessions[0]?.startsAt ?? "");
  const last = Date.parse(sessions.at(-1)?.startsAt ?? "");
  if (first < now.getTime()) issues.push(dateIssue("firstSessionAt", "in_past"));
  else if (first > now.getTime() + PLAN_LIMITS.firstSessionWithinDays * DAY)
    issues.push(dateIssue("firstSessionAt", "first_session_too_late"));
  else if (last > now.getTime() + PLAN_LIMITS.lastSessionWithinDays * DAY)
    issues.push(dateIssue("sessionCount", "schedule_too_long"));
  else if (endsBy && Date.parse(sessions.at(-1)?.endsAt ?? "") > Date.parse(endsBy))
    issues.push(dateIssue("sessionCount", "after_cohort_end"));
  return issues;
}

/** The field's note on the round's planned end ("by 30 June 2027"). */
const endsByHelp = (t: Texts, endsBy: Date) => {
  const by = localized(formatRigaDayUntil(endsBy, "lv"), formatRigaDayUntil(endsBy, "en"));
  return t(
    `Visām tikšanām jānotiek līdz ${by.lv}, kad beidzas programmas kārta.`,
    `Every meeting must take place by ${by.en}, when the programme round ends.`,
  );
};

export const planForm = defineFormKind({
  phase: "planning",
  validForDays: WAITS.planTimeoutAfter,
  answerSchema: planAnswerSchema,
  page: (t, context) => ({
    title: t("Sadarbības plāns", "The mentoring plan"),
    intro: t(
      "Plānu veidojat kopā: jūs un {partners}. Pirmajā tikšanās reizē vai pēc tās izpētiet situāciju (SWOT), ierakstiet līdz trim SMART mērķiem un vienojieties par tikšanās grafiku. Pēc nosūtīšanas visi saņems plānu, tikšanās datumus un kalendāra ielūgumus.",
      "At or after the first meeting you and {partners} look at the situation (SWOT), write down up to three SMART goals and agree the meeting schedule. After sending, everyone gets the plan, the dates and calendar invitations.",
    ),
    submitLabel: t("Saglabāt plānu", "Save the plan"),
    sections: [
      ...SWOT_QUESTIONS.map(({ quadrant, title, questions }) => ({
        title,
        // The questions speak to the mentee, whoever writes the answers down.
        intro: t(
          "Jautājumi ir adresēti mentorējamajai pusei: uz tiem atbild {partners}, un jūs palīdzat atbildes pierakstīt. Nav obligāti; atbildes redzat tikai jūs, kas veidojat šo plānu.",
          "The questions speak to the mentee: {partners} answers them, and you help write them down. Optional; only the two of you see the answers.",
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
          {
            ...area(
              `result${n}`,
              t(
                "Sagaidāmais rezultāts (un kas notiek, ja mērķi nesasniedz)",
                "Expected result (and what happens if the goal is not reached)",
              ),
              n === 1,
            ),
            ...(n > 1
              ? {
                  requiredWhen: t(
                    "obligāts, ja ierakstāt šo mērķi",
                    "required if you write this goal",
                  ),
                }
              : {}),
          },
          // Each tick is required for a goal written down: goal 1 always, goals 2 and 3 if given.
          ...SMART_CHECKS.map(({ check, label, help }) => ({
            kind: "checkbox" as const,
            name: `${check}${n}`,
            label,
            help,
            ...(n === 1
              ? { required: true }
              : {
                  requiredWhen: t(
                    "obligāts, ja ierakstāt šo mērķi",
                    "required if you write this goal",
                  ),
                }),
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
            name: "firstMeetingAt",
            label: t(
              "Kad notika pirmā (iepazīšanās) tikšanās? (Rīgas laikā)",
              "When did the first (getting-to-know) meeting take place? (Riga time)",
            ),
            required: true,
          },
          {
            kind: "datetime",
            name: "firstSessionAt",
            label: t(
              "Pirmās plānotās tikšanās laiks (Rīgas laikā)",
              "Time of the first planned meeting (Riga time)",
            ),
            required: true,
          },
          {
            kind: "number",
            name: "sessionCount",
            label: t("Cik tikšanās plānojat?", "How many meetings do you plan?"),
            ...(context.planEndsBy
              ? {
                  help: endsByHelp(t, new Date(context.planEndsBy)),
                }
              : {}),
            required: true,
            min: 1,
            max: 24,
          },
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: NUDGE },
  refine: (answers, context) => {
    const issues = planDateIssues(answers, new Date(context.now ?? Date.now()), context.planEndsBy);
    return issues.length > 0 ? new z.ZodError(issues) : undefined;
  },
  // The round's planned end bounds the plan: the page says it, the check refuses later sessions.
  context: async (deps, relationship) => {
    const cohort = relationship.cohortId
      ? await deps.store.getCohort(relationship.cohortId)
      : undefined;
    return cohort ? { planEndsBy: cohort.endsAt } : {};
  },
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
      firstMeetingAt: rigaLocalToUtc(answers.firstMeetingAt).toISOString(),
    });
    await sendPlan(deps, relationship, goals, sessions);
  },
});

const PLAN_SAVED: MailTemplate = {
  // No "plan" in the subject: the form's own e-mails are the ones that ask for it.
  subject: localized("Jūsu kopīgie mērķi un tikšanās datumi", "The goals and dates you agreed"),
  body: localized(
    "Sadarbības plāns ({partners}) ir saglabāts. Zemāk ir mērķi un tikšanās laiki; kalendāra ielūgumus saņemsiet atsevišķā e-pastā.",
    "The mentoring plan ({partners}) is saved. Its goals and meeting times are below; the calendar invitations come in a separate e-mail.",
  ),
};

/** The plan reaches every participant: the goals with their results and the dates (not the SWOT). */
async function sendPlan(
  deps: WorkflowDeps,
  relationship: Relationship,
  goals: Goal[],
  sessions: Session[],
) {
  for (const id of participantIds(relationship)) {
    const person = await personOf(deps, relationship, id);
    const lang = person.language;
    await sendOnce(
      deps,
      `plan:${relationship.relationshipId}:${relationship.planRound}:${id}`,
      person,
      PLAN_SAVED,
      {
        name: person.name,
        partners: await partnersOf(deps, relationship, id),
        sections: [
          {
            title: lang === "lv" ? "Mērķi" : "Goals",
            entries: goals.map((goal, i) => ({
              label:
                lang === "lv" ? `${i + 1}. mērķis: ${goal.title}` : `Goal ${i + 1}: ${goal.title}`,
              text: goal.measure,
            })),
          },
          {
            title: lang === "lv" ? "Tikšanās" : "Sessions",
            entries: sessions.map((session) => ({
              label: lang === "lv" ? `${session.number}. tikšanās` : `Session ${session.number}`,
              text: formatRigaInText(new Date(session.startsAt), lang),
            })),
          },
        ],
      },
    );
  }
}
