import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  paginateQuery,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteDelete,
  type TransactWritePut,
  type TransactWriteUpdate,
  UpdateCommand,
  type UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { TABLE } from "../../table/table-definition.js";

export type Item = Record<string, unknown>;
/** A partition (`skPrefix` "") or the items in it whose sort keys start so (`keys.*Of`). */
export interface KeyPrefix {
  pk: string;
  skPrefix: string;
}
export type PutInput = Omit<PutCommandInput, "TableName">;
export type UpdateInput = Omit<UpdateCommandInput, "TableName">;
/** One write of a transaction; the table name is added by the client. */
export interface TableWrite {
  Put?: Omit<TransactWritePut, "TableName">;
  Update?: Omit<TransactWriteUpdate, "TableName">;
  Delete?: Omit<TransactWriteDelete, "TableName">;
}
export type BatchRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };

const NOT_THERE = "attribute_not_exists(pk)";
/** BatchWriteItem takes at most this many requests. */
const BATCH_SIZE = 25;

/**
 * The positions of a cancelled transaction's writes whose condition failed; empty for any
 * other error (a transaction cancelled by a conflict or throttling is not a condition).
 */
export const failedConditions = (error: unknown): number[] =>
  error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).flatMap((reason, i) =>
        reason.Code === "ConditionalCheckFailed" ? [i] : [],
      )
    : [];

/** A write refused by its condition, alone or in a transaction. */
export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || failedConditions(error).length > 0;

/**
 * The table's own attributes, and those kept beside the domain object: a mentor's capacity
 * copy (for conditions), a waiting task's token and a form's answers.
 */
const NOT_DOMAIN = [
  TABLE.partitionKey.name,
  TABLE.sortKey.name,
  ...TABLE.globalSecondaryIndexes.flatMap((index) => [index.partitionKey.name, index.sortKey.name]),
  "itemType",
  "capacity",
  "taskToken",
  "answers",
];

/** The domain object of an item (before its schema parses it). */
export const withoutKeys = (item: Item): Item => {
  const copy = { ...item };
  for (const name of NOT_DOMAIN) delete copy[name];
  return copy;
};

/**
 * SET and REMOVE clauses for named fields (undefined removes), with their placeholders;
 * the names and values may be merged with the caller's own (`#f`/`:v` are not used elsewhere).
 */
export const fieldUpdates = (fields: [string, unknown][]) => {
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
  return { names, values, sets, removes };
};

/** The one table, with the few operations the stores need; conditions answer true or false. */
export class TableClient {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** A strongly consistent read unless `consistent: false` is asked for. */
  async get(key: Item, options: { consistent?: boolean } = {}): Promise<Item | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: key,
        ...(options.consistent === false ? {} : { ConsistentRead: true }),
      }),
    );
    return Item;
  }

  async put(item: Item): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: item }));
  }

  /** False when the put's condition failed. */
  async putIf(input: PutInput): Promise<boolean> {
    return this.unlessConditionFails(
      this.client.send(new PutCommand({ ...input, TableName: this.tableName })),
    );
  }

  /** Puts the item unless one with its keys exists; false when one did. */
  async putIfAbsent(item: Item): Promise<boolean> {
    return this.putIf({ Item: item, ConditionExpression: NOT_THERE });
  }

  async delete(key: Item): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: key }));
  }

  /** An update whose failed condition, if it has one, throws; answers the returned values. */
  async update(input: UpdateInput): Promise<Item | undefined> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({ ...input, TableName: this.tableName }),
    );
    return Attributes;
  }

  /** False when the update's condition failed. */
  async updateIf(input: UpdateInput): Promise<boolean> {
    return this.unlessConditionFails(this.update(input));
  }

  /** The item as the conditional update left it, or undefined when the condition failed. */
  async updateIfReturning(input: UpdateInput): Promise<Item | undefined> {
    try {
      return (await this.update({ ...input, ReturnValues: "ALL_NEW" })) ?? {};
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** All or nothing; a cancelled transaction throws (see failedConditions). */
  async transact(writes: TableWrite[]): Promise<void> {
    const TableName = this.tableName;
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: writes.map((write) => ({
          ...(write.Put ? { Put: { ...write.Put, TableName } } : {}),
          ...(write.Update ? { Update: { ...write.Update, TableName } } : {}),
          ...(write.Delete ? { Delete: { ...write.Delete, TableName } } : {}),
        })),
      }),
    );
  }

  /** False when a condition of the transaction failed. */
  async transactIf(writes: TableWrite[]): Promise<boolean> {
    return this.unlessConditionFails(this.transact(writes));
  }

  /** Every item of the partition, or of its sort key prefix, over all pages; consistent. */
  async query({ pk, skPrefix }: KeyPrefix): Promise<Item[]> {
    return this.allPages({
      // An empty prefix is the whole partition (begins_with refuses an empty string).
      KeyConditionExpression: skPrefix ? "pk = :pk AND begins_with(sk, :prefix)" : "pk = :pk",
      ExpressionAttributeValues: skPrefix ? { ":pk": pk, ":prefix": skPrefix } : { ":pk": pk },
      ConsistentRead: true,
    });
  }

  /** Every item of a GSI1 listing, over all pages (an index reads eventually consistent). */
  async queryIndex(gsi1pk: string): Promise<Item[]> {
    return this.allPages({
      IndexName: TABLE.globalSecondaryIndexes[0]?.indexName,
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": gsi1pk },
    });
  }

  /** Puts and deletes in batches; unprocessed requests are retried with a growing pause. */
  async batchWrite(requests: BatchRequest[]): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      let pending = requests.slice(i, i + BATCH_SIZE);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 8) throw new Error("DynamoDB kept items unprocessed");
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = (result.UnprocessedItems?.[this.tableName] ?? []) as BatchRequest[];
      }
    }
  }

  private async allPages(input: Omit<QueryCommandInput, "TableName">): Promise<Item[]> {
    const items: Item[] = [];
    const pages = paginateQuery({ client: this.client }, { ...input, TableName: this.tableName });
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }

  private async unlessConditionFails(write: Promise<unknown>): Promise<boolean> {
    try {
      await write;
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
