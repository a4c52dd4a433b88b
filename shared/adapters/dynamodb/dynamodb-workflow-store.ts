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
import { keys, normaliseEmail, TABLE } from "../../table/table-definition.js";

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

/** The free-text answers of a reflection (ratings, "held" and dates are figures). */
const REFLECTION_TEXT = [
  "mostValuable",
  "stillUnclear",
  "tryBeforeNext",
  "todayUnderstood",
  "nextTimeDeeper",
];
/** What an erased holder's revoked certificate says instead of the name. */
export const ERASED_NAME = "—";

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
        // An empty prefix is the whole partition (begins_with refuses an empty string).
        KeyConditionExpression: prefix ? "pk = :pk AND begins_with(sk, :prefix)" : "pk = :pk",
        ExpressionAttributeValues: prefix ? { ":pk": pk, ":prefix": prefix } : { ":pk": pk },
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
                  // Only forms a workflow waits for can be overdue.
                  ...(taskToken ? keys.openForms(form.expiresAt, form.formId) : {}),
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
            "SET #status = :submitted, submittedAt = :at, #output = :output, answers = :answers REMOVE gsi1pk, gsi1sk",
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

  async listOpenForms(): Promise<FormRequest[]> {
    return (await this.queryIndex(keys.openForms().gsi1pk)).map((item) =>
      formRequestSchema.parse(strip(item)),
    );
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
            UpdateExpression: "SET #status = :closed REMOVE gsi1pk, gsi1sk",
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

  async countResend(
    formId: string,
    expiresAt?: string,
  ): Promise<{ form: FormRequest; resends: number } | undefined> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.form(formId),
          UpdateExpression: `SET resends = if_not_exists(resends, :zero) + :one${
            expiresAt ? ", expiresAt = :expires" : ""
          }`,
          ConditionExpression: "#status = :open",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":zero": 0,
            ":one": 1,
            ":open": "open",
            ...(expiresAt ? { ":expires": expiresAt } : {}),
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      const item = Attributes ?? {};
      return { form: formRequestSchema.parse(strip(item)), resends: Number(item.resends) };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async handleLinkRequest(requestId: string, at: string, by: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.linkRequest(requestId),
          UpdateExpression:
            "SET #status = :handled, gsi1pk = :index, handledAt = :at, handledBy = :by",
          ConditionExpression: "#status = :open",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":handled": "handled",
            ":open": "open",
            ":index": keys.linkRequests("handled").gsi1pk,
            ":at": at,
            ":by": by,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async listParticipantForms(
    relationshipId: string,
    participantId: string,
  ): Promise<{ form: FormRequest; answers?: Record<string, unknown> }[]> {
    const pointers = (await this.queryAll(`REL#${relationshipId}`, "FORMREQ#")).filter((item) =>
      String(item.sk).endsWith(`#${participantId}`),
    );
    const found: { form: FormRequest; answers?: Record<string, unknown> }[] = [];
    for (const pointer of pointers) {
      const { Item } = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.form(String(pointer.formId)),
          ConsistentRead: true,
        }),
      );
      if (!Item || Item.participantId !== participantId) continue;
      const answers = Item.answers as Record<string, unknown> | undefined;
      found.push({ form: formRequestSchema.parse(strip(Item)), ...(answers ? { answers } : {}) });
    }
    return found.sort((a, b) => a.form.createdAt.localeCompare(b.form.createdAt));
  }

  async getCertificateOf(
    relationshipId: string,
    participantId: string,
  ): Promise<CertificateRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.certificateIssue(relationshipId, participantId),
        ConsistentRead: true,
      }),
    );
    return Item ? this.getCertificate(String(Item.certificateId)) : undefined;
  }

  async pseudonymise(
    relationshipId: string,
    participantId: string,
    pseudonym: string,
    at: string,
  ): Promise<{ certificatesRevoked: number }> {
    const swap = <T>(value: T): T =>
      JSON.parse(JSON.stringify(value).split(participantId).join(pseudonym)) as T;
    const items = await this.queryAll(`REL#${relationshipId}`, "");
    const meta = items.find((item) => item.sk === "META");
    const wasMentor = meta?.mentorId === participantId;
    const puts: Record<string, unknown>[] = [];
    const deletes: Record<string, unknown>[] = [];
    let certificatesRevoked = 0;
    /** An item whose sort key names the participant moves to the pseudonym's key. */
    const rekey = (item: Record<string, unknown>, without: string[] = []) => {
      const copy = { ...item };
      for (const field of without) delete copy[field];
      puts.push(swap(copy));
      deletes.push({ pk: item.pk, sk: item.sk });
    };
    for (const item of items) {
      const sk = String(item.sk);
      const names = JSON.stringify(item).includes(participantId);
      if (sk === "META") {
        if (!names) continue;
        const people = { ...(item.people as Record<string, unknown> | undefined) };
        delete people[participantId];
        puts.push(
          swap({
            ...item,
            people,
            candidates: ((item.candidates as string[] | undefined) ?? []).filter(
              (id) => id !== participantId,
            ),
          }),
        );
      } else if (sk.startsWith("REFLECTION#") && item.participantId === participantId) {
        rekey(item, REFLECTION_TEXT);
      } else if (sk.startsWith("CHECKPOINT#") && item.participantId === participantId) {
        rekey(item, ["keyInsight"]);
      } else if (sk.startsWith("CLOSURE#") && item.participantId === participantId) {
        deletes.push({ pk: item.pk, sk: item.sk }); // closing answers are free text only
      } else if (sk.startsWith("FORMREQ#") && sk.endsWith(`#${participantId}`)) {
        await this.client
          .send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: keys.form(String(item.formId)),
              // The task token goes too: nothing waits in a closed relationship.
              UpdateExpression: "SET participantId = :pseudonym REMOVE answers, taskToken",
              ConditionExpression: "attribute_exists(pk)",
              ExpressionAttributeValues: { ":pseudonym": pseudonym },
            }),
          )
          .catch((error: unknown) => {
            if (!isConditionFailure(error)) throw error;
          });
        rekey(item);
      } else if (sk.startsWith("CERTIFICATE#") && sk.endsWith(`#${participantId}`)) {
        if (await this.revokeCertificate(String(item.certificateId), at)) certificatesRevoked++;
        rekey(item);
      } else if (sk.startsWith("GOAL#") && wasMentor) {
        // The plan is the mentor's own answer: its words go, the goal's key stays.
        const { situation, opportunities, actions, ...rest } = item;
        if (item.title !== "" || situation || opportunities || actions)
          puts.push({ ...rest, title: "", measure: "" });
      } else if (sk.includes(participantId)) {
        rekey(item); // ids only, under a key that names the pseudonym
      } else if (names) {
        puts.push(swap(item)); // events and anything else: ids only, the same key
      }
    }
    await this.batchWrite([
      ...deletes.map((Key) => ({ DeleteRequest: { Key } })),
      ...puts.map((Item) => ({ PutRequest: { Item } })),
    ]);
    // Escalations of the relationship: the evidence names people by id only.
    for (const escalation of await this.queryIndexes(["open", "decided"])) {
      if (escalation.relationshipId !== relationshipId) continue;
      if (!JSON.stringify(escalation).includes(participantId)) continue;
      await this.client.send(new PutCommand({ TableName: this.tableName, Item: swap(escalation) }));
    }
    return { certificatesRevoked };
  }

  async eraseLinkRequests(participantId: string, email: string, pseudonym: string) {
    let count = 0;
    const address = normaliseEmail(email);
    for (const status of ["open", "handled"] as const) {
      for (const item of await this.queryIndex(keys.linkRequests(status).gsi1pk)) {
        const byAddress = typeof item.email === "string" && normaliseEmail(item.email) === address;
        if (item.participantId !== participantId && !byAddress) continue;
        const { email: _email, note: _note, ...rest } = item;
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...rest, ...(item.participantId ? { participantId: pseudonym } : {}) },
          }),
        );
        count++;
      }
    }
    return count;
  }

  /** Revoked, with the holder's name replaced; false when it was revoked already. */
  private async revokeCertificate(certificateId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.certificate(certificateId),
          UpdateExpression: "SET #status = :revoked, revokedAt = :at, #name = :erased",
          ConditionExpression: "attribute_exists(pk) AND #status = :valid",
          ExpressionAttributeNames: { "#status": "status", "#name": "name" },
          ExpressionAttributeValues: {
            ":revoked": "revoked",
            ":valid": "valid",
            ":at": at,
            ":erased": ERASED_NAME,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async queryIndexes(statuses: Escalation["status"][]) {
    const items: Record<string, unknown>[] = [];
    for (const s of statuses) items.push(...(await this.queryIndex(keys.escalations(s).gsi1pk)));
    return items;
  }

  private async batchWrite(all: (PutWrite | DeleteWrite)[]) {
    for (let i = 0; i < all.length; i += 25) {
      let requests = all.slice(i, i + 25);
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 8) throw new Error("DynamoDB kept items unprocessed");
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
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
