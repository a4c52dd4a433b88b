import type { MailKind } from "../../mail/workflow-mail.js";
import type { FormKind, FormRequest } from "../../schemas/workflow.js";
import { WAITS_IN_DAYS } from "./form-windows.js";
import {
  addDays,
  partnersOf,
  personOf,
  publicUrl,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

export interface FormAsk {
  taskToken: string;
  relationshipId: string;
  participantId: string;
  kind: FormKind;
  stepKey: string;
  mode: "ask" | "nudge";
  state: string;
}

export const FORM_MAIL: Record<FormKind, { ask: MailKind; nudge: MailKind }> = {
  consent: { ask: "consent", nudge: "consent_reminder" },
  introduction: { ask: "welcome", nudge: "welcome" },
  plan: { ask: "plan", nudge: "plan" },
  reflection: { ask: "reflection", nudge: "reflection_reminder" },
  checkpoint: { ask: "checkpoint", nudge: "checkpoint" },
  closure: { ask: "closure", nudge: "closure" },
};

const PHASE_OF: Record<FormKind, "consent" | "planning" | "learning" | "closure"> = {
  consent: "consent",
  introduction: "planning",
  plan: "planning",
  reflection: "learning",
  checkpoint: "learning",
  closure: "closure",
};

export const formLink = async (deps: WorkflowDeps, form: FormRequest) =>
  publicUrl(deps, `/f/${await deps.signer.sign(form.formId, form.expiresAt)}`);

/**
 * A waiting step asks a person for a form. The form of (relationship, step, participant)
 * is made once: asking again (a nudge, a retry, a restarted execution) re-uses it and only
 * stores the new task token. The form e-mail goes once, each reminder once; a form already
 * answered resumes the new task at once with the recorded answer.
 */
export async function requestForm(deps: WorkflowDeps, ask: FormAsk): Promise<void> {
  const relationship = await relationshipOf(deps, ask.relationshipId);
  const participant = await personOf(deps, relationship, ask.participantId);
  const now = deps.clock.now();
  const draft: FormRequest = {
    formId: deps.ids.next("f"),
    kind: ask.kind,
    relationshipId: ask.relationshipId,
    stepKey: ask.stepKey,
    participantId: ask.participantId,
    language: participant.language,
    status: "open",
    createdAt: now.toISOString(),
    expiresAt: addDays(now, WAITS_IN_DAYS[ask.kind]).toISOString(),
    reminders: 0,
  };
  const { form, created } = await deps.workflowStore.ensureForm(draft, ask.taskToken);
  // One write when something changed: a Map asks several people in the same state.
  const phase = relationship.phase === "closed" ? "closed" : PHASE_OF[ask.kind];
  if (
    relationship.state !== ask.state ||
    relationship.phase !== phase ||
    relationship.nextDueAt !== form.expiresAt
  ) {
    await deps.workflowStore.updateRelationship(ask.relationshipId, {
      state: ask.state,
      phase,
      updatedAt: now.toISOString(),
      nextDueAt: form.expiresAt,
    });
  }
  if (form.status === "submitted") {
    await deps.workflow.succeed(ask.taskToken, form.output ?? {});
    return;
  }
  const to = { email: participant.email, language: participant.language };
  const values = {
    name: participant.name,
    link: await formLink(deps, form),
    partners: await partnersOf(deps, relationship, participant.participantId),
    session: Number(ask.stepKey.split("#")[1] ?? 0),
  };
  if (created) {
    await sendOnce(deps, `form:${form.formId}`, to, FORM_MAIL[ask.kind].ask, values);
    await record(deps, ask.relationshipId, `form-${form.formId}`, "form_sent", "workflow", {
      kind: ask.kind,
      stepKey: ask.stepKey,
      participantId: ask.participantId,
    });
  }
  if (ask.mode === "nudge" && (await deps.workflowStore.countReminder(form.formId, 1))) {
    await sendOnce(deps, `form:${form.formId}:reminder:1`, to, FORM_MAIL[ask.kind].nudge, values);
    await record(deps, ask.relationshipId, `reminder-${form.formId}`, "reminder_sent", "workflow", {
      kind: ask.kind,
      stepKey: ask.stepKey,
      participantId: ask.participantId,
    });
  }
}
