import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import {
  type CertificateRecord,
  certificateRecordSchema,
} from "../../certificates/certificate-record.js";
import type { ClosureAnswers, TimelineEvent, WorkflowStore } from "../../ports/workflow-store.js";
import { type LinkRequest, linkRequestSchema } from "../../schemas/link-request.js";
import {
  type Checkpoint,
  checkpointSchema,
  type Escalation,
  escalationSchema,
  type FormRequest,
  formRequestSchema,
  type Goal,
  goalSchema,
  type Reflection,
  type Relationship,
  reflectionSchema,
  relationshipSchema,
  type Session,
  sessionSchema,
} from "../../schemas/workflow.js";
import { keys, TABLE } from "../../table/table-definition.js";

const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "itemType", "taskToken", "answers"];
const strip = (item: Record<string, unknown>) => {
  const copy = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy;
};

const isConditionFailure = (error: unknown) =>
  error instanceof Error &&
  (error.name === "ConditionalCheckFailedException" ||
    (error.name === "TransactionCanceledException" &&
      /ConditionalCheckFailed/.test(String((error as { message?: string }).message))));

/** The WorkflowStore on the one table (key layout in shared/table/table-definition.ts). */
type PutWrite = { PutRequest: { Item: Record<string, unknown> } };
type DeleteWrite = { DeleteRequest: { Key: Record<string, unknown> } };

export class DynamoDbWorkflowStore implements WorkflowStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async queryAll(pk: string, prefix: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": pk, ":prefix": prefix },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }

  private async queryIndex(gsi1pk: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": gsi1pk },
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }

  async getRelationship(relationshipId: string): Promise<Relationship | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.relationship(relationshipId),
        ConsistentRead: true,
      }),
    );
    return Item ? relationshipSchema.parse(strip(Item)) : undefined;
  }

  async listRelationships(): Promise<Relationship[]> {
    const items = await this.queryIndex(keys.relationships().gsi1pk);
    return items.map((item) => relationshipSchema.parse(strip(item)));
  }

  async updateRelationship(relationshipId: string, patch: Partial<Relationship>): Promise<void> {
    const fields = Object.entries(patch).filter(([name]) => name !== "relationshipId");
    if (fields.length === 0) return;
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
    const removes: string[] = [];
    for (const [i, [name, value]] of fields.entries()) {
      names[`#f${i}`] = name;
      if (value === undefined) removes.push(`#f${i}`);
      else {
        values[`:v${i}`] = value;
        sets.push(`#f${i} = :v${i}`);
      }
    }
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.relationship(relationshipId),
        UpdateExpression: [
          sets.length ? `SET ${sets.join(", ")}` : "",
          removes.length ? `REMOVE ${removes.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join(" "),
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: names,
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      }),
    );
  }

  async ensureForm(
    form: FormRequest,
    taskToken: string,
  ): Promise<{ form: FormRequest; created: boolean }> {
    const pointer = keys.formRequest(form.relationshipId, form.stepKey, form.participantId);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...pointer, itemType: "form-request", formId: form.formId },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.form(form.formId),
                  itemType: "form",
                  ...form,
                  taskToken,
                },
              },
            },
          ],
        }),
      );
      return { form, created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    // Asked again: the open form stays, only the waiting task's token changes.
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: pointer, ConsistentRead: true }),
    );
    const formId = String(Item?.formId);
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.form(formId),
        UpdateExpression: "SET taskToken = :token",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":token": taskToken },
        ReturnValues: "ALL_NEW",
      }),
    );
    return { form: formRequestSchema.parse(strip(Attributes ?? {})), created: false };
  }

  async getForm(formId: string): Promise<{ form: FormRequest; taskToken: string } | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.form(formId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return { form: formRequestSchema.parse(strip(Item)), taskToken: String(Item.taskToken ?? "") };
  }

  async submitForm(
    formId: string,
    at: string,
    output: Record<string, unknown>,
    answers: Record<string, unknown>,
  ): Promise<string | undefined> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.form(formId),
          UpdateExpression:
            "SET #status = :submitted, submittedAt = :at, #output = :output, answers = :answers",
          ConditionExpression: "#status = :open",
          ExpressionAttributeNames: { "#status": "status", "#output": "output" },
          ExpressionAttributeValues: {
            ":submitted": "submitted",
            ":open": "open",
            ":at": at,
            ":output": output,
            ":answers": answers,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      return String(Attributes?.taskToken ?? "");
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async countReminder(formId: string, n: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.form(formId),
          UpdateExpression: "SET reminders = :n",
          ConditionExpression: "reminders < :n",
          ExpressionAttributeValues: { ":n": n },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async closeForms(relationshipId: string, stepKey: string): Promise<void> {
    const pointers = await this.queryAll(`REL#${relationshipId}`, `FORMREQ#${stepKey}#`);
    for (const pointer of pointers) {
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.form(String(pointer.formId)),
            UpdateExpression: "SET #status = :closed",
            ConditionExpression: "#status = :open",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: { ":closed": "closed", ":open": "open" },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
  }

  async savePlan(relationshipId: string, goals: Goal[], sessions: Session[]): Promise<void> {
    // A new plan replaces the sessions not yet held: later numbers are overwritten, the
    // ones it leaves out are kept as cancelled (their calendar events must be removed).
    const existing = await this.listSessions(relationshipId, { includeCancelled: true });
    const first = Math.min(...sessions.map((session) => session.number));
    const planned = new Set(sessions.map((session) => session.number));
    const lastInvite = new Map(existing.map((session) => [session.number, session.invite]));
    const dropped = existing.filter(
      (session) => session.number >= first && !planned.has(session.number) && !session.cancelled,
    );
    const staleGoals =
      goals.length === 0
        ? []
        : (await this.listGoals(relationshipId)).filter(
            (goal) => !goals.some((kept) => kept.key === goal.key),
          );
    const withInvite = (session: Session): Session => {
      const invite = lastInvite.get(session.number);
      return invite ? { ...session, invite } : session;
    };
    const puts = [
      ...goals.map((goal) => ({
        ...keys.goal(relationshipId, goal.key),
        itemType: "goal",
        ...goal,
      })),
      ...[...sessions.map(withInvite), ...dropped.map((s) => ({ ...s, cancelled: true }))].map(
        (session) => ({
          ...keys.session(relationshipId, session.number),
          itemType: "session",
          ...session,
        }),
      ),
    ].map((Item) => ({ PutRequest: { Item } }));
    const deletes = staleGoals.map((goal) => ({
      DeleteRequest: { Key: keys.goal(relationshipId, goal.key) },
    }));
    const all: (PutWrite | DeleteWrite)[] = [...puts, ...deletes];
    for (let i = 0; i < all.length; i += 25) {
      let requests = all.slice(i, i + 25);
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
  }

  async listGoals(relationshipId: string): Promise<Goal[]> {
    return (await this.queryAll(`REL#${relationshipId}`, "GOAL#")).map((item) =>
      goalSchema.parse(strip(item)),
    );
  }

  async listSessions(
    relationshipId: string,
    options: { includeCancelled?: boolean } = {},
  ): Promise<Session[]> {
    return (await this.queryAll(`REL#${relationshipId}`, "SESSION#"))
      .map((item) => sessionSchema.parse(strip(item)))
      .filter((session) => options.includeCancelled || !session.cancelled);
  }

  async updateSession(relationshipId: string, session: Session): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.session(relationshipId, session.number), itemType: "session", ...session },
      }),
    );
  }

  async putReflection(reflection: Reflection): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.reflection(
            reflection.relationshipId,
            reflection.session,
            reflection.participantId,
          ),
          itemType: "reflection",
          ...reflection,
        },
      }),
    );
  }

  async listReflections(relationshipId: string): Promise<Reflection[]> {
    return (await this.queryAll(`REL#${relationshipId}`, "REFLECTION#")).map((item) =>
      reflectionSchema.parse(strip(item)),
    );
  }

  async putCheckpoint(checkpoint: Checkpoint): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.checkpoint(
            checkpoint.relationshipId,
            checkpoint.session,
            checkpoint.participantId,
          ),
          itemType: "checkpoint",
          ...checkpoint,
        },
      }),
    );
  }

  async listCheckpoints(relationshipId: string): Promise<Checkpoint[]> {
    return (await this.queryAll(`REL#${relationshipId}`, "CHECKPOINT#")).map((item) =>
      checkpointSchema.parse(strip(item)),
    );
  }

  async putClosure(answers: ClosureAnswers): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.closure(answers.relationshipId, answers.participantId),
          itemType: "closure",
          ...answers,
        },
      }),
    );
  }

  async openEscalation(escalation: Escalation, taskToken: string) {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.escalation(escalation.escalationId),
            ...keys.escalations(escalation.status, escalation.openedAt, escalation.escalationId),
            itemType: "escalation",
            ...escalation,
            taskToken,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return { escalation, created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.escalation(escalation.escalationId),
        UpdateExpression: "SET taskToken = :token",
        ExpressionAttributeValues: { ":token": taskToken },
        ReturnValues: "ALL_NEW",
      }),
    );
    return { escalation: escalationSchema.parse(strip(Attributes ?? {})), created: false };
  }

  async getEscalation(escalationId: string) {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.escalation(escalationId),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    return {
      escalation: escalationSchema.parse(strip(Item)),
      taskToken: String(Item.taskToken ?? ""),
    };
  }

  async listEscalations(status?: Escalation["status"]): Promise<Escalation[]> {
    const statuses: Escalation["status"][] = status ? [status] : ["open", "decided"];
    const items: Record<string, unknown>[] = [];
    for (const s of statuses) items.push(...(await this.queryIndex(keys.escalations(s).gsi1pk)));
    return items.map((item) => escalationSchema.parse(strip(item)));
  }

  async decideEscalation(
    escalationId: string,
    decision: Pick<Escalation, "decision" | "note" | "pauseUntil" | "decidedBy" | "decidedAt">,
  ): Promise<string | undefined> {
    const fields = Object.entries(decision).filter(([, value]) => value !== undefined);
    const names: Record<string, string> = { "#status": "status" };
    const values: Record<string, unknown> = { ":decided": "decided", ":open": "open" };
    const sets = ["#status = :decided", "gsi1pk = :index"];
    values[":index"] = keys.escalations("decided").gsi1pk;
    for (const [i, [name, value]] of fields.entries()) {
      names[`#d${i}`] = name;
      values[`:d${i}`] = value;
      sets.push(`#d${i} = :d${i}`);
    }
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.escalation(escalationId),
          UpdateExpression: `SET ${sets.join(", ")}`,
          ConditionExpression: "#status = :open",
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: "ALL_NEW",
        }),
      );
      return String(Attributes?.taskToken ?? "");
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async issueCertificate(
    relationshipId: string,
    participantId: string,
    certificate: CertificateRecord,
  ): Promise<{ certificate: CertificateRecord; created: boolean }> {
    const pointer = keys.certificateIssue(relationshipId, participantId);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...pointer,
                  itemType: "certificate-issue",
                  certificateId: certificate.certificateId,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.certificate(certificate.certificateId),
                  itemType: "certificate",
                  ...certificateRecordSchema.parse(certificate),
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          ],
        }),
      );
      return { certificate, created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    // Issued before (a retry or a restart): the first certificate stands.
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: pointer, ConsistentRead: true }),
    );
    const existing = Item ? await this.getCertificate(String(Item.certificateId)) : undefined;
    if (!existing) {
      throw new Error(`certificate ${certificate.certificateId} could not be stored or found`);
    }
    return { certificate: existing, created: false };
  }

  async getCertificate(certificateId: string): Promise<CertificateRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.certificate(certificateId),
        ConsistentRead: true,
      }),
    );
    return Item ? certificateRecordSchema.parse(strip(Item)) : undefined;
  }

  async putLinkRequest(request: LinkRequest): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.linkRequest(request.requestId),
            ...keys.linkRequests(request.status, request.requestedAt, request.requestId),
            itemType: "link-request",
            ...request,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async listLinkRequests(status: LinkRequest["status"]): Promise<LinkRequest[]> {
    return (await this.queryIndex(keys.linkRequests(status).gsi1pk)).map((item) =>
      linkRequestSchema.parse(strip(item)),
    );
  }

  async addEvent(relationshipId: string, event: TimelineEvent): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.event(relationshipId, event.at, event.key), itemType: "event", ...event },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async listEvents(relationshipId: string): Promise<TimelineEvent[]> {
    const items = await this.queryAll(`REL#${relationshipId}`, "EVENT#");
    return items.map((item) => strip(item) as unknown as TimelineEvent);
  }
}
