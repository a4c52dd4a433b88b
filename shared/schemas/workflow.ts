import { z } from "zod";
import { languageSchema } from "../i18n/localized.js";
import { formatSchema } from "./reference.js";

/** Where a relationship is (DESIGN.md, the contract's `phase` values). */
export const phaseSchema = z.enum(["consent", "planning", "learning", "closure", "closed"]);
export type Phase = z.infer<typeof phaseSchema>;

export const healthSchema = z.enum(["on_track", "at_risk", "stalled", "paused"]);
export type Health = z.infer<typeof healthSchema>;

/** The forms the workflow waits for. */
/**
 * The forms people answer. "introduction" is the mentee's introduction to the mentor, sent
 * with the welcome: nothing waits for it (no task token), its answers go to the mentor.
 */
export const formKindSchema = z.enum([
  "consent",
  "introduction",
  "plan",
  "reflection",
  "checkpoint",
  "closure",
]);
export type FormKind = z.infer<typeof formKindSchema>;

export const relationshipSchema = z.object({
  relationshipId: z.string(),
  proposalId: z.string(),
  runId: z.string(),
  /** The cohort (programme round) of its mentees' applications. */
  cohortId: z.string().optional(),
  format: formatSchema,
  mentorId: z.string(),
  menteeIds: z.array(z.string()).min(1),
  /** Mentors proposed after this one, best first (from the proposal's ranked list). */
  candidates: z.array(z.string()),
  /**
   * How to reach each participant (copied at approval): the steps e-mail people without
   * reading every profile again.
   */
  people: z
    .record(z.string(), z.object({ name: z.string(), email: z.string(), language: languageSchema }))
    .default({}),
  phase: phaseSchema,
  /** The state machine state the relationship is in, as the business names it. */
  state: z.string(),
  health: healthSchema,
  /** The current learning cycle (session number), from 1. */
  cycle: z.number().int().min(0),
  sessionCount: z.number().int().min(0),
  /**
   * Which execution runs the relationship (1 for the first, +1 each time a coordinator's
   * decision restarts it): Step Functions keeps a stopped execution's name for 90 days.
   */
  execution: z.number().int().min(1).default(1),
  /** Loops of the workflow so far; the machine stops a relationship past a fixed bound. */
  turns: z.number().int().min(0).default(0),
  /** Which consent round (1 for the first mentor, +1 per next candidate). */
  consentRound: z.number().int().min(1).default(1),
  /** Which plan (1, +1 per replan decision). */
  planRound: z.number().int().min(1).default(1),
  openEscalationId: z.string().optional(),
  /** Findings the coordinator has already decided on; they do not stop the relationship again. */
  acknowledged: z.array(z.string()).default([]),
  openEscalationReason: z.string().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  nextDueAt: z.iso.datetime().optional(),
  pausedUntil: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  closeReason: z.string().optional(),
  /** When the certificate step finished (issued or withheld): a closed relationship without it resumes there. */
  certificatesAt: z.iso.datetime().optional(),
});
export type Relationship = z.infer<typeof relationshipSchema>;

/** A session of the plan, with absolute times (so a resumed execution waits only for what is left). */
export const sessionSchema = z.object({
  number: z.number().int().min(1),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  remindAt: z.iso.datetime(),
  /** Set from the reflections: did it take place? */
  held: z.enum(["yes", "no"]).optional(),
  /** A later plan dropped this session; kept so the calendars get a cancellation. */
  cancelled: z.boolean().optional(),
  /** The last calendar invite sent for this session (its UID is fixed per number). */
  invite: z
    .object({
      sequence: z.number().int().min(0),
      startsAt: z.iso.datetime(),
      status: z.enum(["confirmed", "cancelled"]),
    })
    .optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const goalSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** The expected result, what reaching the goal looks like. */
  measure: z.string(),
  situation: z.string().optional(),
  opportunities: z.string().optional(),
  actions: z.string().optional(),
});
export type Goal = z.infer<typeof goalSchema>;

/** Why a session did not take place, as the reflection asks it. */
export const notHeldReasonSchema = z.enum([
  "partner_cancelled",
  "i_cancelled",
  "agreed_to_move",
  "other",
]);

/**
 * One person's reflection on one session. A session held has the three ratings (1-10); one
 * not held has none, but why (and maybe a new date the person proposes, Riga local time).
 */
export const reflectionSchema = z.object({
  relationshipId: z.string(),
  session: z.number().int().min(1),
  participantId: z.string(),
  held: z.enum(["yes", "no"]),
  valueRating: z.number().int().min(1).max(10).optional(),
  ideasRating: z.number().int().min(1).max(10).optional(),
  safetyRating: z.number().int().min(1).max(10).optional(),
  notHeldReason: notHeldReasonSchema.optional(),
  proposedDate: z.string().optional(),
  mostValuable: z.string().optional(),
  stillUnclear: z.string().optional(),
  tryBeforeNext: z.string().optional(),
  todayUnderstood: z.string().optional(),
  nextTimeDeeper: z.string().optional(),
  shareWithCoordinator: z.boolean(),
  submittedAt: z.iso.datetime(),
});
export type Reflection = z.infer<typeof reflectionSchema>;
/** A reflection with its three ratings: the only kind averages and rating rules read. */
export type RatedReflection = Reflection &
  Required<Pick<Reflection, "valueRating" | "ideasRating" | "safetyRating">>;
export const isRated = (reflection: Reflection): reflection is RatedReflection =>
  reflection.held === "yes" &&
  reflection.valueRating !== undefined &&
  reflection.ideasRating !== undefined &&
  reflection.safetyRating !== undefined;

/** The free-text answers of a reflection (ratings, "held" and dates are figures): what erasure removes. */
export const REFLECTION_TEXT_FIELDS = [
  "mostValuable",
  "stillUnclear",
  "tryBeforeNext",
  "todayUnderstood",
  "nextTimeDeeper",
] as const satisfies readonly (keyof Reflection)[];

/** A progress checkpoint: how far each goal is, 0 to 100 percent. */
export const checkpointSchema = z.object({
  relationshipId: z.string(),
  session: z.number().int().min(1),
  participantId: z.string(),
  progress: z.record(z.string(), z.number().int().min(0).max(100)),
  keyInsight: z.string().optional(),
  planChangeNeeded: z.boolean(),
  submittedAt: z.iso.datetime(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const escalationReasonSchema = z.enum([
  "reflection_missing",
  "sessions_not_held",
  "no_session_held",
  "low_rating",
  "rating_drop",
  "felt_unsafe",
  "progress_stalled",
  "email_bounced",
  /** Raised outside the state machine by an SES bounce or complaint (no task waits for it). */
  "mail_undeliverable",
  "no_candidate_left",
  "no_plan",
]);
export type EscalationReason = z.infer<typeof escalationReasonSchema>;

export const severitySchema = z.enum(["medium", "high"]);

export const decisionSchema = z.enum(["continue", "extend", "replan", "rematch", "pause", "close"]);
export type Decision = z.infer<typeof decisionSchema>;

export const escalationSchema = z.object({
  escalationId: z.string(),
  relationshipId: z.string(),
  reason: escalationReasonSchema,
  severity: severitySchema,
  /** Which rule fired, with the figures (no free text of reflections). */
  evidence: z.array(
    z.object({ reason: escalationReasonSchema, detail: z.record(z.string(), z.unknown()) }),
  ),
  /** Where the relationship was when it stopped. */
  phase: phaseSchema,
  cycle: z.number().int(),
  status: z.enum(["open", "decided"]),
  openedAt: z.iso.datetime(),
  decision: decisionSchema.optional(),
  note: z.string().optional(),
  pauseUntil: z.iso.datetime().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.iso.datetime().optional(),
});
export type Escalation = z.infer<typeof escalationSchema>;

/** A form someone is asked to fill in; the link carries its id. */
export const formRequestSchema = z.object({
  formId: z.string(),
  kind: formKindSchema,
  relationshipId: z.string(),
  /** The workflow step it belongs to, e.g. "consent#1", "reflection#3", "plan#1". */
  stepKey: z.string(),
  participantId: z.string(),
  language: languageSchema,
  status: z.enum(["open", "submitted", "closed"]),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  reminders: z.number().int().min(0),
  submittedAt: z.iso.datetime().optional(),
  /** What the waiting task was resumed with (ids and choices only), for replays. */
  output: z.record(z.string(), z.unknown()).optional(),
});
export type FormRequest = z.infer<typeof formRequestSchema>;
