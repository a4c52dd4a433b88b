import type { FormKind, FormRequest } from "../../schemas/workflow.js";
import { stepOf } from "../forms/form-kind.js";
import { FORM_KINDS } from "../forms/form-kinds.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

export interface FormAsk {
  taskToken: string;
  relationshipId: string;
  participantId: string;
  kind: FormKind;
  stepKey: string;
  mode: "ask" | "nudge";
  state: string;
}

export const formLink = async (deps: wf.WorkflowDeps, form: FormRequest) =>
  wf.publicUrl(deps, `/f/${await deps.signer.sign(form.formId, form.expiresAt)}`);

/**
 * A waiting step asks a person for a form. The form of (relationship, step, participant)
 * is made once: asking again (a nudge, a retry, a restarted execution) re-uses it and only
 * stores the new task token. The form e-mail goes once, each reminder once; a form already
 * answered resumes the new task at once with the recorded answer.
 */
export async function requestForm(deps: wf.WorkflowDeps, ask: FormAsk): Promise<void> {
  const relationship = await wf.relationshipOf(deps, ask.relationshipId);
  const participant = await wf.personOf(deps, relationship, ask.participantId);
  const now = deps.clock.now();
  const kind = FORM_KINDS[ask.kind];
  const draft: FormRequest = {
    formId: deps.ids.next("f"),
    kind: ask.kind,
    relationshipId: ask.relationshipId,
    stepKey: ask.stepKey,
    participantId: ask.participantId,
    language: participant.language,
    status: "open",
    createdAt: now.toISOString(),
    expiresAt: wf.addDays(now, kind.validForDays).toISOString(),
    reminders: 0,
  };
  const { form, created } = await deps.workflowStore.ensureForm(draft, ask.taskToken);
  // One write when something changed: a Map asks several people in the same state.
  const phase = relationship.phase === "closed" ? "closed" : kind.phase;
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
    partners: await wf.partnersOf(deps, relationship, participant.participantId),
    session: stepOf(ask),
  };
  if (created) {
    await wf.sendOnce(deps, `form:${form.formId}`, to, kind.mail.ask, values);
    await wf.record(deps, ask.relationshipId, `form-${form.formId}`, "form_sent", "workflow", {
      kind: ask.kind,
      stepKey: ask.stepKey,
      participantId: ask.participantId,
    });
  }
  if (ask.mode === "nudge" && (await deps.workflowStore.countReminder(form.formId, 1))) {
    await wf.sendOnce(deps, `form:${form.formId}:reminder:1`, to, kind.mail.nudge, values);
    await wf.record(
      deps,
      ask.relationshipId,
      `reminder-${form.formId}`,
      "reminder_sent",
      "workflow",
      {
        kind: ask.kind,
        stepKey: ask.stepKey,
        participantId: ask.participantId,
      },
    );
  }
}
