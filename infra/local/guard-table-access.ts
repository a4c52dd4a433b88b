import { AsyncLocalStorage } from "node:async_hooks";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { clientHooks } from "../../functions/compose.js";
import { ITEM_FAMILIES, LISTINGS, routeTableAccess, type TableAccess } from "../table-access.js";

/**
 * The local server holds each public route and workflow step to the table access IAM gives
 * its Lambda on AWS (infra/table-access.ts, `dynamodb:LeadingKeys`): a call outside it fails
 * here as it would there, with AccessDeniedException, so the e2e and workflow tests prove
 * the grants are enough. Coordinator routes, the SES event handler and the schedules have
 * the whole table on AWS, and run unguarded here too.
 */
interface Scope {
  who: string;
  access: TableAccess;
}
const scopes = new AsyncLocalStorage<Scope>();

/** No table access at all: a public route that declares none. */
const NONE: TableAccess = { read: [], write: [], lists: [] };

export class AccessDeniedError extends Error {
  override name = "AccessDeniedException";
}

/** A route's access as IAM gives it; undefined for a coordinator route (the whole table). */
export const accessOfRoute = (route: {
  id: string;
  coordinator?: boolean;
  table?: "read" | "readWrite";
}): TableAccess | undefined => (route.coordinator ? undefined : (routeTableAccess(route) ?? NONE));

/** Runs `work` held to `access` (unguarded when undefined). */
export function withTableAccess<T>(who: string, access: TableAccess | undefined, work: () => T): T {
  return access ? scopes.run({ who, access }, work) : work();
}

/** The value at `path` in a command's input, whatever it is. */
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (current, key) =>
      current && typeof current === "object"
        ? (current as Record<string, unknown>)[key]
        : undefined,
    value,
  );

/** A key attribute's value, from the document client's input or the marshalled one. */
const text = (value: unknown): string | undefined => {
  if (typeof value === "string") return value;
  const marshalled = at(value, "S");
  return typeof marshalled === "string" ? marshalled : undefined;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

interface Need {
  kind: "read" | "write" | "list";
  pk: string | undefined;
}
const write = (pk: unknown): Need => ({ kind: "write", pk: text(pk) });

/** What one command asks for, in IAM's terms: its action and each partition key it names. */
function needsOf(command: string, input: unknown): Need[] {
  switch (command) {
    case "GetItem":
      return [{ kind: "read", pk: text(at(input, "Key", "pk")) }];
    case "PutItem":
      return [write(at(input, "Item", "pk"))];
    case "UpdateItem":
    case "DeleteItem":
      return [write(at(input, "Key", "pk"))];
    case "Query": {
      const pk = text(at(input, "ExpressionAttributeValues", ":pk"));
      return [{ kind: at(input, "IndexName") ? "list" : "read", pk }];
    }
    case "TransactWriteItems":
      return list(at(input, "TransactItems")).map((item) =>
        write(
          at(item, "Put", "Item", "pk") ??
            at(item, "Update", "Key", "pk") ??
            at(item, "Delete", "Key", "pk") ??
            at(item, "ConditionCheck", "Key", "pk"),
        ),
      );
    case "BatchWriteItem":
      return Object.values((at(input, "RequestItems") as object | undefined) ?? {}).flatMap(
        (requests) =>
          list(requests).map((request) =>
            write(
              at(request, "PutRequest", "Item", "pk") ?? at(request, "DeleteRequest", "Key", "pk"),
            ),
          ),
      );
    default:
      // Scan, BatchGetItem and anything else: never granted to a guarded function.
      return [{ kind: "read", pk: undefined }];
  }
}

function allowed(access: TableAccess, need: Need): boolean {
  if (need.pk === undefined) return false;
  const pk = need.pk;
  if (need.kind === "list") return access.lists.some((listing) => LISTINGS[listing] === pk);
  return access[need.kind].some((family) => pk.startsWith(ITEM_FAMILIES[family]));
}

/** Throws AccessDeniedException when the current scope does not allow the command. */
export function checkTableCall(command: string, input: unknown) {
  const scope = scopes.getStore();
  if (!scope) return;
  for (const need of needsOf(command, input))
    if (!allowed(scope.access, need))
      throw new AccessDeniedError(
        `${scope.who} is not authorized to perform dynamodb:${command} on ${need.pk ?? "the table"} (infra/table-access.ts)`,
      );
}

/** Adds the check to a table client (before marshalling: it reads the plain input). */
export function guardClient(client: DynamoDBDocumentClient) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? "").replace(/Command$/, "");
      checkTableCall(command, args.input);
      return next(args);
    },
    { step: "initialize", name: "localTableAccessGuard", priority: "high" },
  );
}

/** From now on, every table client the composition makes is guarded. */
export function guardTableAccess() {
  clientHooks.table = guardClient;
}
