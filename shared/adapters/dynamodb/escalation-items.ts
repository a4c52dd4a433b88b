import { type Escalation, escalationSchema } from "../../schemas/workflow.js";
import { keys } from "../../table/table-definition.js";
import { fieldUpdates, type Item, type TableClient, withoutKeys } from "./table-client.js";

const fromEscalationItem = (item: Item) => escalationSchema.parse(withoutKeys(item));

/** Escalations to a coordinator, each with the token of the task that waits for the decision. */
export class EscalationItems {
  constructor(private readonly table: TableClient) {}

  async openEscalation(
    escalation: Escalation,
    taskToken: string,
  ): Promise<{ escalation: Escalation; created: boolean }> {
    const created = await this.table.putIfAbsent({
      ...keys.escalation(escalation.escalationId),
      ...keys.escalations(escalation.status, escalation.openedAt, escalation.escalationId),
      itemType: "escalation",
      ...escalation,
      taskToken,
    });
    if (created) return { escalation, created };
    const updated = await this.table.update({
      Key: keys.escalation(escalation.escalationId),
      UpdateExpression: "SET taskToken = :token",
      ExpressionAttributeValues: { ":token": taskToken },
      ReturnValues: "ALL_NEW",
    });
    return { escalation: fromEscalationItem(updated ?? {}), created };
  }

  async getEscalation(
    escalationId: string,
  ): Promise<{ escalation: Escalation; taskToken: string } | undefined> {
    const item = await this.table.get(keys.escalation(escalationId));
    if (!item) return undefined;
    return { escalation: fromEscalationItem(item), taskToken: String(item.taskToken ?? "") };
  }

  async listEscalations(status?: Escalation["status"]): Promise<Escalation[]> {
    return (await this.items(status ? [status] : undefined)).map(fromEscalationItem);
  }

  /** The stored items (keys and token included) of the listings, open and decided by default. */
  async items(statuses: Escalation["status"][] = ["open", "decided"]): Promise<Item[]> {
    const items: Item[] = [];
    for (const s of statuses)
      items.push(...(await this.table.queryIndex(keys.escalations(s).gsi1pk)));
    return items;
  }

  async decideEscalation(
    escalationId: string,
    decision: Pick<Escalation, "decision" | "note" | "pauseUntil" | "decidedBy" | "decidedAt">,
  ): Promise<string | undefined> {
    const fields = fieldUpdates(
      Object.entries(decision).filter(([, value]) => value !== undefined),
    );
    const updated = await this.table.updateIfReturning({
      Key: keys.escalation(escalationId),
      UpdateExpression: `SET ${["#status = :decided", "gsi1pk = :index", ...fields.sets].join(", ")}`,
      ConditionExpression: "#status = :open",
      ExpressionAttributeNames: { "#status": "status", ...fields.names },
      ExpressionAttributeValues: {
        ":decided": "decided",
        ":open": "open",
        ":index": keys.escalations("decided").gsi1pk,
        ...fields.values,
      },
    });
    return updated ? String(updated.taskToken ?? "") : undefined;
  }
}
