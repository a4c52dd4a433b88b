import { type FormRequest, formRequestSchema } from "../../schemas/workflow.js";
import { keys } from "../../table/table-definition.js";
import { type Item, type TableClient, withoutKeys } from "./table-client.js";

const fromFormItem = (item: Item) => formRequestSchema.parse(withoutKeys(item));

/** Only an open form changes state; `values` are the update's own. */
const whileOpen = (values: Record<string, unknown>) => ({
  ConditionExpression: "#status = :open",
  ExpressionAttributeNames: { "#status": "status" },
  ExpressionAttributeValues: { ":open": "open", ...values },
});

/** Forms, and the pointer per (relationship, step, participant) that makes asking once. */
export class FormItems {
  constructor(private readonly table: TableClient) {}

  async ensureForm(
    form: FormRequest,
    taskToken: string,
  ): Promise<{ form: FormRequest; created: boolean }> {
    const pointer = keys.formRequest(form.relationshipId, form.stepKey, form.participantId);
    const created = await this.table.transactIf([
      {
        Put: {
          Item: { ...pointer, itemType: "form-request", formId: form.formId },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      {
        Put: {
          Item: {
            ...keys.form(form.formId),
            // Only forms a workflow waits for can be overdue.
            ...(taskToken ? keys.openForms(form.expiresAt, form.formId) : {}),
            itemType: "form",
            ...form,
            taskToken,
          },
        },
      },
    ]);
    if (created) return { form, created };
    // Asked again: the open form stays, only the waiting task's token changes.
    const existing = await this.table.get(pointer);
    const updated = await this.table.update({
      Key: keys.form(String(existing?.formId)),
      UpdateExpression: "SET taskToken = :token",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":token": taskToken },
      ReturnValues: "ALL_NEW",
    });
    return { form: fromFormItem(updated ?? {}), created };
  }

  async getForm(formId: string): Promise<{ form: FormRequest; taskToken: string } | undefined> {
    const item = await this.table.get(keys.form(formId));
    if (!item) return undefined;
    return { form: fromFormItem(item), taskToken: String(item.taskToken ?? "") };
  }

  async submitForm(
    formId: string,
    at: string,
    output: Record<string, unknown>,
    answers: Record<string, unknown>,
  ): Promise<string | undefined> {
    const open = whileOpen({
      ":submitted": "submitted",
      ":at": at,
      ":output": output,
      ":answers": answers,
    });
    const updated = await this.table.updateIfReturning({
      Key: keys.form(formId),
      UpdateExpression:
        "SET #status = :submitted, submittedAt = :at, #output = :output, answers = :answers REMOVE gsi1pk, gsi1sk",
      ...open,
      ExpressionAttributeNames: { ...open.ExpressionAttributeNames, "#output": "output" },
    });
    return updated ? String(updated.taskToken ?? "") : undefined;
  }

  async countReminder(formId: string, n: number): Promise<boolean> {
    return this.table.updateIf({
      Key: keys.form(formId),
      UpdateExpression: "SET reminders = :n",
      ConditionExpression: "reminders < :n",
      ExpressionAttributeValues: { ":n": n },
    });
  }

  async listOpenForms(): Promise<FormRequest[]> {
    return (await this.table.queryIndex(keys.openForms().gsi1pk)).map(fromFormItem);
  }

  async closeForms(relationshipId: string, stepKey: string): Promise<void> {
    const pointers = await this.table.query(keys.formRequestsOf(relationshipId, stepKey));
    for (const pointer of pointers) {
      // False when it was answered or closed already: it stays as it is.
      await this.table.updateIf({
        Key: keys.form(String(pointer.formId)),
        UpdateExpression: "SET #status = :closed REMOVE gsi1pk, gsi1sk",
        ...whileOpen({ ":closed": "closed" }),
      });
    }
  }

  async countResend(
    formId: string,
    expiresAt?: string,
  ): Promise<{ form: FormRequest; resends: number } | undefined> {
    const updated = await this.table.updateIfReturning({
      Key: keys.form(formId),
      UpdateExpression: `SET resends = if_not_exists(resends, :zero) + :one${
        expiresAt ? ", expiresAt = :expires" : ""
      }`,
      ...whileOpen({ ":zero": 0, ":one": 1, ...(expiresAt ? { ":expires": expiresAt } : {}) }),
    });
    return updated ? { form: fromFormItem(updated), resends: Number(updated.resends) } : undefined;
  }

  async listParticipantForms(
    relationshipId: string,
    participantId: string,
  ): Promise<{ form: FormRequest; answers?: Record<string, unknown> }[]> {
    const pointers = (await this.table.query(keys.formRequestsOf(relationshipId))).filter((item) =>
      String(item.sk).endsWith(`#${participantId}`),
    );
    const found: { form: FormRequest; answers?: Record<string, unknown> }[] = [];
    for (const pointer of pointers) {
      const item = await this.table.get(keys.form(String(pointer.formId)));
      if (!item || item.participantId !== participantId) continue;
      const answers = item.answers as Record<string, unknown> | undefined;
      found.push({ form: fromFormItem(item), ...(answers ? { answers } : {}) });
    }
    return found.sort((a, b) => a.form.createdAt.localeCompare(b.form.createdAt));
  }

  /** The form names the pseudonym and loses its answers; nothing waits any more. */
  async pseudonymiseForm(formId: string, pseudonym: string): Promise<void> {
    // False when the form is gone: nothing of it is left to erase.
    await this.table.updateIf({
      Key: keys.form(formId),
      // The task token goes too: nothing waits in a closed relationship.
      UpdateExpression: "SET participantId = :pseudonym REMOVE answers, taskToken",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":pseudonym": pseudonym },
    });
  }
}
