import type { ClosureAnswers, TimelineEvent } from "../../ports/workflow-store.js";
import {
  type Checkpoint,
  checkpointSchema,
  type Goal,
  goalSchema,
  type Reflection,
  type Relationship,
  reflectionSchema,
  relationshipSchema,
  type Session,
  sessionSchema,
} from "../../schemas/workflow.js";
import { keys } from "../../table/table-definition.js";
import { fieldUpdates, type KeyPrefix, type TableClient, withoutKeys } from "./table-client.js";

/** A relationship's partition: the relationship, its plan, reflections and timeline. */
export class RelationshipItems {
  constructor(private readonly table: TableClient) {}

  async getRelationship(relationshipId: string): Promise<Relationship | undefined> {
    const item = await this.table.get(keys.relationship(relationshipId));
    return item ? relationshipSchema.parse(withoutKeys(item)) : undefined;
  }

  async listRelationships(): Promise<Relationship[]> {
    const items = await this.table.queryIndex(keys.relationships().gsi1pk);
    return items.map((item) => relationshipSchema.parse(withoutKeys(item)));
  }

  async updateRelationship(relationshipId: string, patch: Partial<Relationship>): Promise<void> {
    const fields = Object.entries(patch).filter(([name]) => name !== "relationshipId");
    if (fields.length === 0) return;
    const { names, values, sets, removes } = fieldUpdates(fields);
    await this.table.update({
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
    });
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
        (session) => sessionItem(relationshipId, session),
      ),
    ];
    await this.table.batchWrite([
      ...puts.map((Item) => ({ PutRequest: { Item } })),
      ...staleGoals.map((goal) => ({
        DeleteRequest: { Key: keys.goal(relationshipId, goal.key) },
      })),
    ]);
  }

  async listGoals(relationshipId: string): Promise<Goal[]> {
    return this.list(keys.goalsOf(relationshipId), goalSchema.parse);
  }

  async listSessions(
    relationshipId: string,
    options: { includeCancelled?: boolean } = {},
  ): Promise<Session[]> {
    return (await this.list(keys.sessionsOf(relationshipId), sessionSchema.parse)).filter(
      (session) => options.includeCancelled || !session.cancelled,
    );
  }

  async updateSession(relationshipId: string, session: Session): Promise<void> {
    await this.table.put(sessionItem(relationshipId, session));
  }

  async putReflection(reflection: Reflection): Promise<void> {
    await this.putSessionAnswers("reflection", reflection);
  }

  async listReflections(relationshipId: string): Promise<Reflection[]> {
    return this.list(keys.reflectionsOf(relationshipId), reflectionSchema.parse);
  }

  async putCheckpoint(checkpoint: Checkpoint): Promise<void> {
    await this.putSessionAnswers("checkpoint", checkpoint);
  }

  async listCheckpoints(relationshipId: string): Promise<Checkpoint[]> {
    return this.list(keys.checkpointsOf(relationshipId), checkpointSchema.parse);
  }

  async putClosure(answers: ClosureAnswers): Promise<void> {
    await this.table.put({
      ...keys.closure(answers.relationshipId, answers.participantId),
      itemType: "closure",
      ...answers,
    });
  }

  async listClosures(relationshipId: string): Promise<ClosureAnswers[]> {
    // Read whole: `answers` is one of the fields withoutKeys leaves out of domain objects.
    return (await this.table.query(keys.closuresOf(relationshipId))).map((item) => ({
      relationshipId: String(item.relationshipId),
      participantId: String(item.participantId),
      answers: (item.answers ?? {}) as Record<string, unknown>,
      submittedAt: String(item.submittedAt),
    }));
  }

  async addEvent(relationshipId: string, event: TimelineEvent): Promise<void> {
    // False when a retried step wrote this event already: it is kept once.
    await this.table.putIfAbsent({
      ...keys.event(relationshipId, event.at, event.key),
      itemType: "event",
      ...event,
    });
  }

  async listEvents(relationshipId: string): Promise<TimelineEvent[]> {
    return this.list(keys.eventsOf(relationshipId), (item) => item as unknown as TimelineEvent);
  }

  /** A participant's answers about one session, under (session, participant). */
  private async putSessionAnswers(
    itemType: "reflection" | "checkpoint",
    answers: Reflection | Checkpoint,
  ): Promise<void> {
    const { relationshipId, session, participantId } = answers;
    await this.table.put({
      ...keys[itemType](relationshipId, session, participantId),
      itemType,
      ...answers,
    });
  }

  private async list<T>(prefix: KeyPrefix, parse: (item: unknown) => T): Promise<T[]> {
    return (await this.table.query(prefix)).map((item) => parse(withoutKeys(item)));
  }
}

const sessionItem = (relationshipId: string, session: Session) => ({
  ...keys.session(relationshipId, session.number),
  itemType: "session",
  ...session,
});
