import { z } from "zod";

/** What each workflow form accepts. Field names the workflow depends on are fixed (DESIGN.md). */
const text = (max = 2000) => z.string().trim().min(1).max(max);
const optionalText = (max = 2000) => z.string().trim().max(max).optional();
const rating = z.number().int().min(1).max(10);

export const consentAnswerSchema = z.strictObject({
  decision: z.enum(["accept", "decline"]),
  reason: optionalText(1000),
});

/** A local date and time in Riga, as a datetime-local field sends it. */
export const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

/** The SMART checks of a goal (guidelines, annex "SMART modeļa skaidrojums"). */
export const SMART = ["specific", "measurable", "achievable", "relevant", "timeBound"] as const;
/** The SWOT quadrants, three questions each (guidelines, annex "SWOT analīzes paraugs"). */
export const SWOT = ["strength", "weakness", "opportunity", "threat"] as const;

const goalFields = (n: 1 | 2 | 3) => ({
  [`goal${n}`]: n === 1 ? text(300) : optionalText(300),
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

/** The goals of a plan as the table keeps them. */
export function goalsOfPlan(plan: Record<string, unknown>) {
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
export type PlanAnswer = z.infer<typeof planAnswerSchema>;

export const reflectionAnswerSchema = z.strictObject({
  held: z.enum(["yes", "no"]),
  valueRating: rating,
  ideasRating: rating,
  safetyRating: rating,
  mostValuable: optionalText(),
  stillUnclear: optionalText(),
  tryBeforeNext: optionalText(),
  todayUnderstood: optionalText(),
  nextTimeDeeper: optionalText(),
  shareWithCoordinator: z.boolean(),
});

export const checkpointAnswerSchema = z
  .object({
    keyInsight: optionalText(),
    planChangeNeeded: z.boolean(),
  })
  // The goals are the plan's: `progress_<goal>` per goal, in percent. answerForm checks that
  // every goal has one; anything else a form could carry is refused here.
  .catchall(z.number().int().min(0).max(100));

/**
 * The mentee's introduction (the guideline's introduction guide): me as a professional, my
 * way of learning, practical agreements, the human side. Read by the mentor only.
 */
export const introductionAnswerSchema = z.strictObject({
  workAreas: text(),
  turningPoints: optionalText(),
  strengths: optionalText(),
  howILearn: text(),
  feedbackStyle: optionalText(),
  wantToDevelop: text(),
  mentorILookFor: optionalText(),
  whyITakePart: optionalText(),
  meetingFormat: optionalText(),
  rhythm: optionalText(),
  sessionStructure: optionalText(),
  supportExpected: optionalText(),
  doneSoFar: optionalText(),
  personalFacts: optionalText(),
  inspires: optionalText(),
  wantToGive: optionalText(),
});

export const closureAnswerSchema = z.strictObject({
  expectationsBefore: optionalText(),
  mostProgress: optionalText(),
  futureGoals: optionalText(),
  goalsReached: text(),
  learnings: text(),
  notReached: optionalText(),
  nextSteps: optionalText(),
  feedback: optionalText(),
  keepInTouch: z.boolean(),
});

/** The Riga wall-clock time as a UTC instant (Latvia keeps EET/EEST). */
export function rigaLocalToUtc(local: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  const offset = (at: Date) => {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Riga",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    return wall - at.getTime();
  };
  // Two passes settle the offset even right at a daylight-saving change.
  const first = new Date(asUtc.getTime() - offset(asUtc));
  return new Date(asUtc.getTime() - offset(first));
}

/** How a moment reads in Riga, for e-mails and pages. */
export function formatRiga(at: Date, language: "lv" | "en"): string {
  return new Intl.DateTimeFormat(language === "lv" ? "lv-LV" : "en-GB", {
    timeZone: "Europe/Riga",
    dateStyle: "long",
    timeStyle: "short",
  }).format(at);
}
