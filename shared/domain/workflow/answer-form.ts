import type { z } from "zod";
import type { FormContext } from "../../forms/form-fields.js";
import { parseLink } from "../../ports/signer.js";
import type { FormRequest } from "../../schemas/workflow.js";
import { stepOf } from "../forms/form-kind.js";
import { FORM_KINDS } from "../forms/form-kinds.js";
import { partnersOf, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

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
  const kind = FORM_KINDS[form.kind];
  return {
    status: "open",
    form,
    context: {
      partners: await partnersOf(deps, relationship, form.participantId),
      session: stepOf(form),
      goals: [],
      now: deps.clock.now().toISOString(),
      ...(kind.context ? await kind.context(deps, relationship, form) : {}),
    },
  };
}

export type AnswerResult =
  | { status: "recorded"; form: FormRequest; resumed: boolean }
  | { status: "invalid"; error: z.ZodError; context: FormContext; form: FormRequest }
  | Exclude<FormAccess, { status: "open" }>;

/**
 * A person answers a form: checked by its kind, recorded once (a conditional write moves
 * it from open to submitted), kept where the workflow and the console read it, and the
 * waiting task resumed. A late or repeated answer is told "already recorded", never an error.
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
  const kind = FORM_KINDS[form.kind];
  const parsed = kind.answerSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", error: parsed.error, context, form };
  const refused = kind.refine?.(parsed.data, context);
  if (refused) return { status: "invalid", error: refused, context, form };

  const now = deps.clock.now();
  const output = kind.output(parsed.data);
  const token = await deps.workflowStore.submitForm(
    form.formId,
    now.toISOString(),
    output,
    parsed.data,
  );
  if (token === undefined) return { status: "answered", form };
  await kind.keep(deps, { form, answers: parsed.data, step: stepOf(form), now });
  const resumed = token !== "" && (await deps.workflow.succeed(token, output));
  return { status: "recorded", form, resumed };
}
