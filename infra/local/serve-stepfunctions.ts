import { createServer, type Server } from "node:http";
import type {
  HistoryEvent,
  LocalWorkflowRuntime,
  WorkflowError,
} from "./local-workflow-runtime.js";
import { hostName } from "./serve-local-routes.js";

type Json = Record<string, unknown>;

/** Every state's type by name, Map items and Parallel branches too. */
function stateTypes(machine: Json, into = new Map<string, string>()): Map<string, string> {
  for (const [name, state] of Object.entries((machine.States ?? {}) as Record<string, Json>)) {
    into.set(name, String(state.Type));
    const items = (state.ItemProcessor ?? state.Iterator) as Json | undefined;
    if (items) stateTypes(items, into);
    for (const branch of (state.Branches ?? []) as Json[]) stateTypes(branch, into);
  }
  return into;
}

const STOPPED_EVENT: Record<string, string> = {
  SUCCEEDED: "ExecutionSucceeded",
  FAILED: "ExecutionFailed",
  ABORTED: "ExecutionAborted",
};

/**
 * The local runtime's event log in GetExecutionHistory's shape: ExecutionStarted, each
 * state's `<Type>StateEntered`/`<Type>StateExited` with its name, and the event that
 * stopped the execution. Other events of the log are left out.
 */
function historyEvents(
  execution: ReturnType<LocalWorkflowRuntime["describe"]>,
  types: Map<string, string>,
): Json[] {
  const seconds = (iso: string) => Date.parse(iso) / 1000;
  const events: Json[] = [{ type: "ExecutionStarted", timestamp: seconds(execution.startedAt) }];
  for (const event of execution.history as HistoryEvent[]) {
    if (!event.state || (event.type !== "StateEntered" && event.type !== "StateExited")) continue;
    const stateType = types.get(event.state) ?? "Task";
    const details =
      event.type === "StateEntered" ? "stateEnteredEventDetails" : "stateExitedEventDetails";
    events.push({
      type: `${stateType}${event.type}`,
      timestamp: seconds(event.at),
      [details]: { name: event.state },
    });
  }
  const stopped = STOPPED_EVENT[execution.status];
  if (stopped)
    events.push({ type: stopped, timestamp: seconds(execution.stoppedAt ?? execution.startedAt) });
  return events.map((event, index) => ({ id: index + 1, previousEventId: index, ...event }));
}

/**
 * The part of the Step Functions API the system calls (AWS JSON 1.0 protocol), so handlers
 * use the real SDK client against the local runtime through AWS_ENDPOINT_URL_SFN.
 */
export function serveStepFunctions(
  main: LocalWorkflowRuntime,
  others: Record<string, LocalWorkflowRuntime> = {},
): Server {
  /** The runtime of a machine by its ARN (`…:stateMachine:<name>`, `…:execution:<name>:<id>`). */
  const byArn = (arn: unknown): LocalWorkflowRuntime => {
    const parts = String(arn ?? "").split(":");
    const kind = parts.findIndex((p) => p === "stateMachine" || p === "execution");
    return others[parts[kind + 1] ?? ""] ?? main;
  };
  const byToken = (token: string): LocalWorkflowRuntime =>
    Object.values(others).find((r) => r.hasTask(token)) ?? main;
  const actions: Record<string, (body: Record<string, unknown>) => unknown> = {
    StartExecution: (body) => {
      const runtime = byArn(body.stateMachineArn);
      const name = String(body.name);
      const started = runtime.startExecution(name, JSON.parse(String(body.input ?? "{}")));
      return {
        executionArn: started.executionArn,
        startDate: Date.parse(started.startDate) / 1000,
      };
    },
    StopExecution: (body) => {
      const runtime = byArn(body.executionArn);
      const name = String(body.executionArn).split(":").at(-1) ?? "";
      runtime.stopExecution(name, String(body.cause ?? ""));
      return { stopDate: Date.parse(runtime.describe(name).stoppedAt ?? "") / 1000 };
    },
    SendTaskSuccess: (body) => {
      byToken(String(body.taskToken)).sendTaskSuccess(
        String(body.taskToken),
        JSON.parse(String(body.output ?? "{}")),
      );
      return {};
    },
    SendTaskFailure: (body) => {
      byToken(String(body.taskToken)).sendTaskFailure(
        String(body.taskToken),
        String(body.error ?? ""),
        String(body.cause ?? ""),
      );
      return {};
    },
    SendTaskHeartbeat: () => ({}),
    DescribeStateMachine: (body) => ({
      stateMachineArn: String(body.stateMachineArn),
      name: String(body.stateMachineArn).split(":").at(-1),
      status: "ACTIVE",
      definition: JSON.stringify(byArn(body.stateMachineArn).definition()),
      roleArn: "arn:aws:iam::000000000000:role/local-workflow",
      type: "STANDARD",
      creationDate: 0,
    }),
    /** Pages of up to maxResults (1000 at most, as in Step Functions); the token is an offset. */
    GetExecutionHistory: (body) => {
      const runtime = byArn(body.executionArn);
      const name = String(body.executionArn).split(":").at(-1) ?? "";
      const all = historyEvents(runtime.describe(name), stateTypes(runtime.definition()));
      if (body.reverseOrder === true) all.reverse();
      const size = Math.min(Math.max(Number(body.maxResults) || 100, 1), 1000);
      const from = body.nextToken ? Number(body.nextToken) : 0;
      const to = from + size;
      return { events: all.slice(from, to), ...(to < all.length ? { nextToken: String(to) } : {}) };
    },
    DescribeExecution: (body) => {
      const runtime = byArn(body.executionArn);
      const name = String(body.executionArn).split(":").at(-1) ?? "";
      const execution = runtime.describe(name);
      return {
        executionArn: execution.executionArn,
        name: execution.name,
        status: execution.status,
        startDate: Date.parse(execution.startedAt) / 1000,
        ...(execution.stoppedAt ? { stopDate: Date.parse(execution.stoppedAt) / 1000 } : {}),
        input: JSON.stringify(execution.input),
        ...(execution.output !== undefined ? { output: JSON.stringify(execution.output) } : {}),
        ...(execution.error ? { error: execution.error, cause: execution.cause } : {}),
      };
    },
  };

  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const target = String(request.headers["x-amz-target"] ?? "");
      const action = actions[target.replace(/^AWSStepFunctions\./, "")];
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/x-amz-json-1.0" });
        response.end(JSON.stringify(body));
      };
      // Only the SDK on this machine: a page that rebinds its name to 127.0.0.1 keeps it.
      if (!["127.0.0.1", "localhost"].includes(hostName(request.headers.host))) {
        send(403, { __type: "com.amazonaws.states#AccessDeniedException", message: "host" });
        return;
      }
      if (!action) {
        send(400, { __type: "com.amazonaws.states#UnknownOperationException", message: target });
        return;
      }
      try {
        send(200, action(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}")));
      } catch (error) {
        const name = (error as WorkflowError).name ?? "InternalError";
        send(400, { __type: `com.amazonaws.states#${name}`, message: (error as Error).message });
      }
    });
  });
}
