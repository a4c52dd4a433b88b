import type { TimelineEvent } from "../../ports/workflow-store.js";
import { type Cohort, cohortSchema } from "../../schemas/cohort.js";
import { type CohortAnswer, cohortAnswerSchema } from "../../schemas/cohort-answer.js";
import { type CohortEscalation, cohortEscalationSchema } from "../../schemas/cohort-escalation.js";
import { keys } from "../../table/table-definition.js";
import { type TableClient, withoutKeys } from "./table-client.js";

/** Cohorts (programme rounds): one item each, listed on GSI1 by when their intake opens. */
export class CohortItems {
  constructor(private readonly table: TableClient) {}

  private item(cohort: Cohort) {
    return {
      ...keys.cohort(cohort.cohortId),
      ...keys.cohorts(cohort.intakeOpensAt, cohort.cohortId),
      itemType: "cohort",
      ...cohort,
    };
  }

  createCohort(cohort: Cohort): Promise<boolean> {
    return this.table.putIfAbsent(this.item(cohort));
  }

  async getCohort(cohortId: string): Promise<Cohort | undefined> {
    const item = await this.table.get(keys.cohort(cohortId), { consistent: true });
    return item ? cohortSchema.parse(withoutKeys(item)) : undefined;
  }

  async listCohorts(): Promise<Cohort[]> {
    return (await this.table.queryIndex(keys.cohorts().gsi1pk)).map((item) =>
      cohortSchema.parse(withoutKeys(item)),
    );
  }

  updateCohort(cohort: Cohort, expectedUpdatedAt: string): Promise<boolean> {
    return this.table.putIf({
      Item: this.item(cohort),
      ConditionExpression: "updatedAt = :expected",
      ExpressionAttributeValues: { ":expected": expectedUpdatedAt },
    });
  }
}

/** What participants answer for a round, and the questions its workflow puts to the coordinator. */
export class CohortRecordItems {
  constructor(private readonly table: TableClient) {}

  async addCohortEvent(cohortId: string, event: TimelineEvent): Promise<void> {
    await this.table.put({
      ...keys.cohortEvent(cohortId, event.key),
      itemType: "cohortEvent",
      cohortId,
      ...event,
    });
  }

  async listCohortEvents(cohortId: string): Promise<TimelineEvent[]> {
    return (await this.table.query(keys.cohortEvents(cohortId)))
      .map((item) => ({
        at: String(item.at),
        key: String(item.key),
        type: String(item.type),
        actor: String(item.actor),
        detail: (item.detail ?? {}) as Record<string, unknown>,
      }))
      .sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
  }

  async putCohortAnswer(answer: CohortAnswer): Promise<void> {
    await this.table.put({
      ...keys.cohortAnswer(answer.cohortId, answer.kind, answer.participantId),
      itemType: "cohortAnswer",
      ...answer,
    });
  }

  async deleteCohortAnswer(cohortId: string, kind: CohortAnswer["kind"], participantId: string) {
    await this.table.delete(keys.cohortAnswer(cohortId, kind, participantId));
  }

  async listCohortAnswers(cohortId: string): Promise<CohortAnswer[]> {
    // withoutKeys drops `answers` (a form's answers are kept beside it); here they are the item.
    return (await this.table.query(keys.cohortAnswers(cohortId))).map((item) =>
      cohortAnswerSchema.parse({ ...withoutKeys(item), answers: item.answers }),
    );
  }

  async openCohortEscalation(escalation: CohortEscalation, taskToken: string) {
    const created = await this.table.putIfAbsent({
      ...keys.cohortEscalation(escalation.cohortId, escalation.escalationId),
      itemType: "cohortEscalation",
      ...escalation,
      taskToken,
    });
    if (created) return { escalation, created };
    // Asked again by a restarted execution: its task's token is the one to resume.
    await this.table.updateIf({
      Key: keys.cohortEscalation(escalation.cohortId, escalation.escalationId),
      UpdateExpression: "SET taskToken = :token",
      ConditionExpression: "#status = :open",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":token": taskToken, ":open": "open" },
    });
    const stored = await this.getCohortEscalation(escalation.cohortId, escalation.escalationId);
    return { escalation: stored?.escalation ?? escalation, created: false };
  }

  async getCohortEscalation(cohortId: string, escalationId: string) {
    const item = await this.table.get(keys.cohortEscalation(cohortId, escalationId), {
      consistent: true,
    });
    if (!item) return undefined;
    return {
      escalation: cohortEscalationSchema.parse(withoutKeys(item)),
      taskToken: String(item.taskToken ?? ""),
    };
  }

  async listCohortEscalations(cohortId: string): Promise<CohortEscalation[]> {
    return (await this.table.query(keys.cohortEscalations(cohortId))).map((item) =>
      cohortEscalationSchema.parse(withoutKeys(item)),
    );
  }

  closeCohortEscalation(escalation: CohortEscalation): Promise<boolean> {
    return this.table.putIf({
      Item: {
        ...keys.cohortEscalation(escalation.cohortId, escalation.escalationId),
        itemType: "cohortEscalation",
        ...escalation,
      },
      ConditionExpression: "#status = :open",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":open": "open" },
    });
  }
}
