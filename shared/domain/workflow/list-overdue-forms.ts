import type { FormRequest } from "../../schemas/workflow.js";
import type { WorkflowDeps } from "./workflow-deps.js";

export interface OverdueForm {
  formId: string;
  kind: FormRequest["kind"];
  relationshipId: string;
  stepKey: string;
  participantId: string;
  participantName?: string;
  createdAt: string;
  expiresAt: string;
  reminders: number;
}

/**
 * Forms overdue: a workflow waits for them, they are not answered, and their reminder has
 * gone (the person was late enough to be reminded) while the link is still valid. Oldest
 * first, with who is late, for the coordinator's overview.
 */
export async function listOverdueForms(deps: WorkflowDeps): Promise<OverdueForm[]> {
  const now = deps.clock.now().getTime();
  const open = (await deps.workflowStore.listOpenForms()).filter(
    (form) => form.status === "open" && form.reminders > 0 && Date.parse(form.expiresAt) > now,
  );
  const names = new Map<string, string | undefined>();
  const out: OverdueForm[] = [];
  for (const form of open.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (!names.has(form.participantId))
      names.set(form.participantId, (await deps.store.getParticipant(form.participantId))?.name);
    const name = names.get(form.participantId);
    out.push({
      formId: form.formId,
      kind: form.kind,
      relationshipId: form.relationshipId,
      stepKey: form.stepKey,
      participantId: form.participantId,
      ...(name ? { participantName: name } : {}),
      createdAt: form.createdAt,
      expiresAt: form.expiresAt,
      reminders: form.reminders,
    });
  }
  return out;
}
