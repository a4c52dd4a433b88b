import type { z } from "zod";
import type { FormPage } from "../../forms/form-definition.js";
import type { FormContext, Texts } from "../../forms/form-fields.js";
import type { MailKind, MailTemplate } from "../../mail/workflow-mail.js";
import type { FormRequest, Phase, Relationship } from "../../schemas/workflow.js";
import { record, type WorkflowDeps } from "../workflow/workflow-deps.js";

/** What an answer is, once the form's schema has accepted it. */
export type Answers = Record<string, unknown>;

/** A form's answer, ready to be kept. */
export interface AcceptedAnswer<A extends Answers> {
  form: FormRequest;
  answers: A;
  /** The session the form belongs to (its step key's number: consent round, session...). */
  step: number;
  now: Date;
}

/**
 * Everything about one kind of form, in one module (shared/domain/forms/<kind>-form.ts):
 * the form registry (form-kinds.ts) collects them by `FormKind`, so a new kind is its enum
 * value, its module and its registry entry, and the compiler names anything missing.
 */
export interface FormKindModule<A extends Answers = Answers> {
  /** The phase a relationship is in while this form is asked for. */
  phase: Exclude<Phase, "closed">;
  /** How long its link stays valid: as long as the workflow waits for it (WAITS). */
  validForDays: number;
  /** What the form accepts; field names the workflow depends on are fixed (DESIGN.md). */
  answerSchema: z.ZodType<A, unknown>;
  /**
   * The fields, labels and texts in both languages; `t` fills `{partners}` and `{session}`
   * from the context, and the form's id is its kind.
   */
  page(t: Texts, context: FormContext): FormPage;
  /** The e-mail that asks for it and the one that reminds. */
  mail: { ask: MailKind | MailTemplate; nudge: MailKind | MailTemplate };
  /** Whether the workflow still waits for the form: it belongs to the current step. */
  awaited(step: number, relationship: Relationship): boolean;
  /** More of what the page shows, read when the link is opened (never written). */
  context?(
    deps: WorkflowDeps,
    relationship: Relationship,
    form: FormRequest,
  ): Promise<Partial<FormContext>>;
  /** What the schema cannot check (a checkpoint's goals come from the plan). */
  refine?(answers: A, context: FormContext): z.ZodError | undefined;
  /** What the waiting task resumes with: ids and choices only, never free text. */
  output(answers: A): Record<string, unknown>;
  /** Keeps the answer where the workflow and the console read it, and notes it on the timeline. */
  keep(deps: WorkflowDeps, answer: AcceptedAnswer<A>): Promise<void>;
}

/**
 * A module with its own answer type, as the registry holds it: inside the module the
 * answers are typed by its schema; outside, only the schema's output reaches `keep`.
 */
export const defineFormKind = <A extends Answers>(module: FormKindModule<A>): FormKindModule =>
  module as unknown as FormKindModule;

/** The answer's timeline event: one per form, whoever answered. */
export const noteAnswer = (
  deps: WorkflowDeps,
  form: FormRequest,
  type: string,
  detail?: Record<string, unknown>,
) => record(deps, form.relationshipId, `answer-${form.formId}`, type, form.participantId, detail);

/** The number in a form's step key ("reflection#3" -> 3). */
export const stepOf = (form: Pick<FormRequest, "stepKey">): number =>
  Number(form.stepKey.split("#")[1] ?? 0);
