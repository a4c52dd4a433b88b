import type { FormRequest, Relationship } from "../../schemas/workflow.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { stepOf } from "../forms/form-kind.js";
import { FORM_KINDS } from "../forms/form-kinds.js";
import { formLink } from "./request-form.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

/** Whether the workflow still waits for this form: it belongs to the relationship's current step. */
export const isAwaited = (form: FormRequest, relationship: Relationship): boolean =>
  FORM_KINDS[form.kind].awaited(stepOf(form), relationship);

/**
 * A coordinator sends a person's form e-mail again (the person lost it, or asked for a new
 * link). An open form still valid gets the same e-mail again under a new mail key; an open
 * one past its expiry that the workflow still waits for gets a new expiry (a new signed
 * link) first. An answered, closed or no longer awaited form is a 409. A matching request
 * for a new link is marked handled, and the timeline says who resent.
 */
export async function resendForm(deps: wf.WorkflowDeps, formId: string, coordinator: string) {
  const found = await deps.workflowStore.getForm(formId);
  if (!found) throw new NotFoundError(`no form ${formId}`);
  const { form } = found;
  if (form.status === "submitted")
    throw new ConflictError("form_answered", "the form is already answered; nothing to resend");
  if (form.status === "closed")
    throw new ConflictError("form_closed", "the form is closed: the workflow no longer needs it");
  const relationship = await wf.relationshipOf(deps, form.relationshipId);
  if (relationship.phase === "closed")
    throw new ConflictError("relationship_closed", "the relationship is closed");
  const now = deps.clock.now();
  const expired = Date.parse(form.expiresAt) <= now.getTime();
  if (expired && !isAwaited(form, relationship))
    throw new ConflictError(
      "form_not_awaited",
      "the form has expired and the workflow no longer waits for it",
    );
  const newExpiry = expired
    ? wf.addDays(now, FORM_KINDS[form.kind].validForDays).toISOString()
    : undefined;
  const counted = await deps.workflowStore.countResend(formId, newExpiry);
  if (!counted)
    throw new ConflictError("form_not_open", "the form was answered or closed meanwhile");
  const current = counted.form;
  const person = await wf.personOf(deps, relationship, form.participantId);
  const link = await formLink(deps, current);
  await wf.sendOnce(
    deps,
    `form:${formId}:resend:${counted.resends}`,
    { email: person.email, language: person.language },
    FORM_KINDS[form.kind].mail.ask,
    {
      name: person.name,
      link,
      partners: await wf.partnersOf(deps, relationship, form.participantId),
      session: stepOf(form),
    },
  );
  const at = now.toISOString();
  const by = `coordinator:${coordinator}`;
  const linkRequestHandled = await deps.workflowStore.handleLinkRequest(`lr_${formId}`, at, by);
  await wf.record(
    deps,
    form.relationshipId,
    `resend-${formId}-${counted.resends}`,
    "form_resent",
    by,
    {
      formId,
      kind: form.kind,
      stepKey: form.stepKey,
      participantId: form.participantId,
      resend: counted.resends,
      extended: expired,
      expiresAt: current.expiresAt,
      linkRequestHandled,
    },
  );
  return {
    formId,
    kind: form.kind,
    relationshipId: form.relationshipId,
    participantId: form.participantId,
    resend: counted.resends,
    extended: expired,
    expiresAt: current.expiresAt,
    linkRequestHandled,
  };
}
