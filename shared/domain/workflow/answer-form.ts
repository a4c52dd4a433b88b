import { z } from "zod";
import { profileOf, renderMatchDetails } from "../../forms/partner-profile.js";
import { type FormContext, workflowForm } from "../../forms/workflow-forms.js";
import { type Localized, localized } from "../../i18n/localized.js";
import { parseLink } from "../../ports/signer.js";
import {
  checkpointAnswerSchema,
  closureAnswerSchema,
  consentAnswerSchema,
  goalsOfPlan,
  introductionAnswerSchema,
  planAnswerSchema,
  reflectionAnswerSchema,
  rigaLocalToUtc,
} from "../../schemas/form-answers.js";
import type { PairScore } from "../../schemas/matching.js";
import type { Participant } from "../../schemas/participant.js";
import type { FormRequest, Goal, Relationship, Session } from "../../schemas/workflow.js";
import { menteeFeatures, mentorFeatures } from "../matching/pool-features.js";
import { DEFAULT_WEIGHTS, explainPair } from "../matching/score-pair.js";
import {
  participantIds,
  partnersOf,
  personOf,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

/**
 * Before agreeing, each side sees the others' short profile and why they were matched:
 * a mentee the mentor, a mentor each mentee.
 */
async function matchDetails(
  deps: WorkflowDeps,
  relationship: Relationship,
  viewer: string,
): Promise<Localized> {
  const people = new Map<string, Participant>();
  for (const id of participantIds(relationship)) {
    const participant = await deps.store.getParticipant(id);
    if (participant) people.set(id, participant);
  }
  const mentor = people.get(relationship.mentorId);
  const others = [...people.values()].filter((p) => p.participantId !== viewer);
  const vocabulary = new Map<string, number>();
  const fits: { name: string; fit: PairScore }[] = [];
  if (mentor?.application.role === "mentor") {
    const mentorView = mentorFeatures(
      {
        id: mentor.participantId,
        application: mentor.application,
        remainingCapacity: mentor.application.capacity,
      },
      vocabulary,
    );
    const mentees =
      viewer === mentor.participantId
        ? others
        : [...people.values()].filter((p) => p.participantId === viewer);
    for (const mentee of mentees) {
      if (mentee.application.role !== "mentee") continue;
      const view = menteeFeatures(
        { id: mentee.participantId, application: mentee.application },
        vocabulary,
      );
      fits.push({
        name: mentee.name,
        fit: explainPair(view, mentorView, relationship.format, DEFAULT_WEIGHTS),
      });
    }
  }
  const profiles = others.map(profileOf);
  return localized(
    renderMatchDetails(profiles, fits, "lv"),
    renderMatchDetails(profiles, fits, "en"),
  );
}

/** What a form link leads to; the pages and statuses differ for each. */
export type FormAccess =
  | { status: "open"; form: FormRequest; context: FormContext }
  | { status: "unknown" }
  | { status: "expired" | "answered" | "closed"; form: FormRequest };

/**
 * Opens a form link without changing anything (mail scanners open links): an unknown or
 * tampered link, an expired one, an answered one and one no longer needed are told apart.
 */
export async function openFormLink(deps: WorkflowDeps, link: string): Promise<FormAccess> {
  const parsed = parseLink(link);
  if (!parsed) return { status: "unknown" };
  const found = await deps.workflowStore.getForm(parsed.formId);
  if (!found || !(await deps.signer.verify(link, found.form.expiresAt)))
    return { status: "unknown" };
  const { form } = found;
  if (form.status === "submitted") return { status: "answered", form };
  if (form.status === "closed") return { status: "closed", form };
  if (Date.parse(form.expiresAt) <= deps.clock.now().getTime()) return { status: "expired", form };
  const relationship = await relationshipOf(deps, form.relationshipId);
  const session = Number(form.stepKey.split("#")[1] ?? 0);
  return {
    status: "open",
    form,
    context: {
      partners: await partnersOf(deps, relationship, form.participantId),
      session,
      goals:
        form.kind === "checkpoint" ? await deps.workflowStore.listGoals(form.relationshipId) : [],
      ...(form.kind === "consent"
        ? { details: await matchDetails(deps, relationship, form.participantId) }
        : {}),
    },
  };
}

const SCHEMAS = {
  consent: consentAnswerSchema,
  introduction: introductionAnswerSchema,
  plan: planAnswerSchema,
  reflection: reflectionAnswerSchema,
  checkpoint: checkpointAnswerSchema,
  closure: closureAnswerSchema,
} as const;

export type AnswerResult =
  | { status: "recorded"; form: FormRequest; resumed: boolean }
  | { status: "invalid"; error: z.ZodError; context: FormContext; form: FormRequest }
  | Exclude<FormAccess, { status: "open" }>;

const DAY = 86_400_000;

/** The sessions of a plan, with absolute times; a replan renumbers from the current session. */
export function scheduleSessions(
  plan: z.infer<typeof planAnswerSchema>,
  firstNumber: number,
  now: Date,
): Session[] {
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

/**
 * A person answers a form: checked, recorded once (a conditional write moves it from open
 * to submitted), kept where the workflow and the console read it, and the waiting task
 * resumed. A late or repeated answer is told "already recorded", never an error.
 */
export async function answerForm(
  deps: WorkflowDeps,
  link: string,
  input: Record<string, unknown>,
  opened?: FormAccess,
): Promise<AnswerResult> {
  // The caller may have opened the link already (to read the posted fields by the form).
  const access = opened ?? (await openFormLink(deps, link));
  if (access.status !== "open") return access;
  const { form, context } = access;
  const parsed = SCHEMAS[form.kind].safeParse(input);
  if (!parsed.success) return { status: "invalid", error: parsed.error, context, form };
  const answers = parsed.data as Record<string, unknown>;
  const progress = progressOf(answers);
  if (form.kind === "checkpoint") {
    // The schema cannot know the goals; a missing or broken goal value is rejected here,
    // before anything is stored.
    const goals = context.goals ?? [];
    if (!goals.every((goal) => Number.isInteger(progress[goal.key])))
      return { status: "invalid", error: missingGoals(goals, progress), context, form };
  }
  const now = deps.clock.now();
  const at = now.toISOString();

  // Only ids and choices travel to the workflow, never free text.
  const output: Record<string, unknown> =
    form.kind === "consent"
      ? { decision: answers.decision }
      : form.kind === "reflection"
        ? { held: answers.held }
        : { answered: true };
  const token = await deps.workflowStore.submitForm(form.formId, at, output, answers);
  if (token === undefined) return { status: "answered", form };

  const relationshipId = form.relationshipId;
  const session = Number(form.stepKey.split("#")[1] ?? 0);
  switch (form.kind) {
    case "consent":
      await record(
        deps,
        relationshipId,
        `answer-${form.formId}`,
        `consent_${answers.decision}`,
        form.participantId,
        {
          stepKey: form.stepKey,
        },
      );
      break;
    case "introduction":
      await passIntroductionOn(deps, form, answers);
      await record(
        deps,
        relationshipId,
        `answer-${form.formId}`,
        "introduction_received",
        form.participantId,
      );
      break;
    case "plan": {
      const plan = parsed.data as z.infer<typeof planAnswerSchema>;
      const relationship = await relationshipOf(deps, relationshipId);
      const goals: Goal[] = goalsOfPlan(parsed.data as Record<string, unknown>);
      // A replan keeps what already happened: numbering goes on after the last session
      // that was held or has ended, so its record (and calendar event) stay as they were.
      const past = (await deps.workflowStore.listSessions(relationshipId))
        .filter((s) => s.held !== undefined || Date.parse(s.endsAt) <= now.getTime())
        .map((s) => s.number);
      const firstNumber = Math.max(1, relationship.cycle, Math.max(0, ...past) + 1);
      const sessions = scheduleSessions(plan, firstNumber, now);
      await deps.workflowStore.savePlan(relationshipId, goals, sessions);
      await deps.workflowStore.updateRelationship(relationshipId, {
        phase: "learning",
        cycle: firstNumber,
        sessionCount: firstNumber - 1 + sessions.length,
        nextDueAt: sessions[0]?.startsAt,
        updatedAt: at,
      });
      await record(
        deps,
        relationshipId,
        `answer-${form.formId}`,
        "plan_saved",
        form.participantId,
        {
          goals: goals.length,
          sessions: sessions.length,
          firstSessionAt: sessions[0]?.startsAt,
        },
      );
      break;
    }
    case "reflection": {
      const r = parsed.data as z.infer<typeof reflectionAnswerSchema>;
      await deps.workflowStore.putReflection({
        relationshipId,
        session,
        participantId: form.participantId,
        ...r,
        submittedAt: at,
      });
      await record(
        deps,
        relationshipId,
        `answer-${form.formId}`,
        "reflection_received",
        form.participantId,
        {
          session,
          held: r.held,
          valueRating: r.valueRating,
          ideasRating: r.ideasRating,
          safetyRating: r.safetyRating,
        },
      );
      break;
    }
    case "checkpoint": {
      await deps.workflowStore.putCheckpoint({
        relationshipId,
        session,
        participantId: form.participantId,
        progress,
        keyInsight: typeof answers.keyInsight === "string" ? answers.keyInsight : undefined,
        planChangeNeeded: answers.planChangeNeeded === true,
        submittedAt: at,
      });
      await record(
        deps,
        relationshipId,
        `answer-${form.formId}`,
        "checkpoint_received",
        form.participantId,
        {
          session,
          progress,
        },
      );
      break;
    }
    case "closure":
      await deps.workflowStore.putClosure({
        relationshipId,
        participantId: form.participantId,
        answers,
        submittedAt: at,
      });
      await record(
        deps,
        relationshipId,
        `answer-${form.formId}`,
        "closure_received",
        form.participantId,
      );
      break;
  }
  const resumed = token !== "" && (await deps.workflow.succeed(token, output));
  return { status: "recorded", form, resumed };
}

function progressOf(answers: Record<string, unknown>): Record<string, number> {
  const progress: Record<string, number> = {};
  for (const [name, value] of Object.entries(answers)) {
    if (name.startsWith("progress_") && typeof value === "number") progress[name.slice(9)] = value;
  }
  return progress;
}

function missingGoals(goals: Goal[], progress: Record<string, number>): z.ZodError {
  return new z.ZodError(
    goals
      .filter((goal) => !Number.isInteger(progress[goal.key]))
      .map((goal) => ({
        code: "custom" as const,
        path: [`progress_${goal.key}`],
        message: "required",
        input: undefined,
        params: { reason: "required" },
      })),
  );
}

/** The mentee's introduction reaches the mentor, in the mentor's language, once. */
async function passIntroductionOn(
  deps: WorkflowDeps,
  form: FormRequest,
  answers: Record<string, unknown>,
): Promise<void> {
  const relationship = await relationshipOf(deps, form.relationshipId);
  const mentor = await personOf(deps, relationship, relationship.mentorId);
  const mentee = await personOf(deps, relationship, form.participantId);
  const definition = workflowForm("introduction", { partners: mentor.name });
  const sections = definition.sections
    .map((section) => ({
      title: section.title[mentor.language],
      entries: section.fields.flatMap((field) => {
        const value = answers[field.name];
        return field.kind !== "hidden" && typeof value === "string" && value !== ""
          ? [{ label: field.label[mentor.language], text: value }]
          : [];
      }),
    }))
    .filter((section) => section.entries.length > 0);
  await sendOnce(deps, `introduction:${form.formId}`, mentor, "introduction", {
    name: mentor.name,
    partners: mentee.name,
    sections,
  });
}
