import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import { StateMachine } from "aws-local-stepfunctions";
import type { LocalClock } from "../../shared/adapters/local/local-clock.js";
import { STEP_HANDLERS, type StepId } from "../../workflows/relationship/relationship-steps.js";
import { STEP_TABLE_ACCESS } from "../table-access.js";
import { guardTableAccess, withTableAccess } from "./guard-table-access.js";
import { lambdaContext } from "./lambda-context.js";
import type { SynthesizedWorkflow } from "./synthesize-workflow.js";

// aws-local-stepfunctions 3 uses Promise.withResolvers (Node 22); Node 20 lacks it.
if (!("withResolvers" in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolvePromise!: (value: T) => void;
      let rejectPromise!: (reason: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolvePromise = res;
        rejectPromise = rej;
      });
      return { promise, resolve: resolvePromise, reject: rejectPromise };
    },
  });
}

type Json = Record<string, unknown>;
type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

export class WorkflowError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** An error whose name the state machine's Catch can match (e.g. "States.Timeout"). */
const stateError = (name: string, message: string) => new WorkflowError(name, message);

export interface HistoryEvent {
  id: number;
  type: string;
  at: string;
  state?: string;
  error?: string;
}

interface Execution {
  name: string;
  executionArn: string;
  input: Json;
  status: "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";
  startedAt: string;
  stoppedAt?: string;
  output?: unknown;
  error?: string;
  cause?: string;
  history: HistoryEvent[];
  currentState?: string;
  abort: () => void;
  tokens: Set<string>;
  done: Promise<void>;
}

interface PendingTask {
  execution: string;
  state: string;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

/** Reads `$.a.b.c` from a value: the only JSONPath our Wait states use. */
function readPath(value: unknown, path: string): unknown {
  if (!path.startsWith("$")) throw new Error(`unsupported path ${path}`);
  let current = value;
  for (const part of path.slice(2).split(".").filter(Boolean)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Json)[part];
  }
  return current;
}

/** Whose execution a payload belongs to: a relationship's or a cohort's. */
const idOf = (payload: Json | undefined): string =>
  String(payload?.relationshipId ?? payload?.cohortId ?? "");

export interface RuntimeOptions {
  workflow: SynthesizedWorkflow;
  /** Which of the synthesized machines this runtime runs (the relationship's by default). */
  machine?: "relationship" | "cohort";
  clock: LocalClock;
  root: string;
  stateMachineArn: string;
  log?: (line: string) => void;
}

/**
 * Runs the synthesized relationship ASL with aws-local-stepfunctions. Every Lambda task is
 * bound to the handler module Lambda runs; waitForTaskToken tasks get a token minted per
 * task and wait for SendTaskSuccess/Failure; Wait states and task timeouts follow the
 * local clock (the library's own waits use real time, so Waits become clock-bound tasks
 * with the same name and transitions).
 */
export class LocalWorkflowRuntime {
  private readonly executions = new Map<string, Execution>();
  private readonly pending = new Map<string, PendingTask>();
  private readonly machine: StateMachine;
  private readonly handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  private readonly modules = new Map<string, LambdaHandler>();
  private eventId = 0;
  /** Handler calls in progress, and per execution the waits it is blocked on. */
  private inFlight = 0;
  private readonly waiting = new Map<string, number>();

  /**
   * A relationship's latest execution by its id: a step's payload carries the relationship,
   * not the execution, and a restarted relationship runs under a new execution name.
   */
  private readonly latest = new Map<string, string>();

  private executionOf(payload: Json): string {
    const id = idOf(payload);
    return this.latest.get(id) ?? id;
  }

  private block(execution: string, delta: number) {
    this.waiting.set(execution, (this.waiting.get(execution) ?? 0) + delta);
  }

  /**
   * True when nothing moves until the clock does or a person answers: no step is running
   * and every running execution waits on a task token or a clock timer.
   */
  isIdle(): boolean {
    if (this.inFlight > 0) return false;
    for (const execution of this.executions.values()) {
      if (execution.status === "RUNNING" && (this.waiting.get(execution.name) ?? 0) <= 0)
        return false;
    }
    return true;
  }

  private constructor(private readonly options: RuntimeOptions) {
    const definition = structuredClone(this.ownDefinition());
    this.bindStates(definition);
    this.machine = new StateMachine(definition as never, {
      validationOptions: { checkArn: false },
    });
  }

  static async create(options: RuntimeOptions): Promise<LocalWorkflowRuntime> {
    const runtime = new LocalWorkflowRuntime(options);
    // Each step touches only the items its Lambda's IAM policy allows on AWS.
    guardTableAccess();
    for (const [stepId, entry] of Object.entries(STEP_HANDLERS) as [StepId, string][]) {
      const module = (await import(pathToFileURL(resolve(options.root, entry)).href)) as {
        handler: LambdaHandler;
      };
      runtime.modules.set(stepId, (event, context) =>
        withTableAccess(`step ${stepId}`, STEP_TABLE_ACCESS[stepId], () =>
          module.handler(event, context),
        ),
      );
    }
    return runtime;
  }

  /** Walks the definition (Map iterators too), turning Waits into clock tasks and binding tasks. */
  private bindStates(definition: Json) {
    const states = definition.States as Record<string, Json>;
    for (const [name, state] of Object.entries(states)) {
      const processor = (state.ItemProcessor ?? state.Iterator) as Json | undefined;
      if (processor) this.bindStates(processor);
      if (state.Type === "Wait") {
        const wait = { ...state };
        states[name] = {
          Type: "Task",
          Resource: "arn:aws:states:::local:wait",
          ResultPath: null,
          TimeoutSeconds: 2_000_000,
          ...(wait.Next ? { Next: wait.Next } : { End: true }),
          ...(wait.InputPath ? { InputPath: wait.InputPath } : {}),
          ...(wait.OutputPath ? { OutputPath: wait.OutputPath } : {}),
        };
        this.handlers[name] = async (input) => {
          const execution = this.executionOf(input as Json);
          this.block(execution, 1);
          try {
            return await this.waitOnClock(name, wait, input);
          } finally {
            this.block(execution, -1);
          }
        };
      } else if (state.Type === "Task") {
        this.handlers[name] = this.taskHandler(name, state);
      }
    }
  }

  private moduleFor(functionArn: string): [string, LambdaHandler] {
    const stepId = this.options.workflow.functions.get(functionArn);
    const handler = stepId && this.modules.get(stepId);
    if (!stepId || !handler) throw new Error(`no local handler for ${functionArn}`);
    return [stepId, handler];
  }

  private taskHandler(name: string, state: Json): (input: unknown) => Promise<unknown> {
    const resource = String(state.Resource);
    const timeoutSeconds = Number(state.TimeoutSeconds ?? 60);
    if (resource === "arn:aws:states:::lambda:invoke.waitForTaskToken") {
      return async (input) => {
        const { FunctionName, Payload } = input as { FunctionName: string; Payload: Json };
        const [stepId, handler] = this.moduleFor(FunctionName);
        const token = `local-${randomBytes(18).toString("base64url")}`;
        const execution = this.executionOf(Payload);
        // The timeout runs from the moment the task starts, as in Step Functions.
        const deadline = new Date(this.options.clock.now().getTime() + timeoutSeconds * 1000);
        const answer = new Promise<unknown>((resolvePromise, rejectPromise) => {
          this.pending.set(token, {
            execution,
            state: name,
            resolve: resolvePromise,
            reject: rejectPromise,
          });
        });
        this.executions.get(execution)?.tokens.add(token);
        // The step stores the token with its form before the task starts waiting.
        this.inFlight++;
        try {
          await handler({ ...Payload, taskToken: token }, lambdaContext(stepId, 20_000));
        } finally {
          this.inFlight--;
        }
        const abort = new AbortController();
        const timeout = this.options.clock.sleepUntil(deadline, abort.signal).then(() => {
          throw stateError("States.Timeout", `${name} timed out after ${timeoutSeconds} s`);
        });
        this.block(execution, 1);
        try {
          return await Promise.race([answer, timeout]);
        } finally {
          this.block(execution, -1);
          abort.abort();
          timeout.catch(() => undefined);
          this.pending.delete(token);
          this.executions.get(execution)?.tokens.delete(token);
        }
      };
    }
    const counted = async <T>(work: () => Promise<T>): Promise<T> => {
      this.inFlight++;
      try {
        return await work();
      } finally {
        this.inFlight--;
      }
    };
    if (resource === "arn:aws:states:::lambda:invoke") {
      return async (input) => {
        const { FunctionName, Payload } = input as { FunctionName: string; Payload: Json };
        const [stepId, handler] = this.moduleFor(FunctionName);
        return {
          Payload: await counted(() => handler(Payload, lambdaContext(stepId, 20_000))),
          StatusCode: 200,
        };
      };
    }
    if (resource.startsWith("arn:aws:lambda:")) {
      return async (input) => {
        const [stepId, handler] = this.moduleFor(resource);
        return counted(() => handler(input, lambdaContext(stepId, 20_000)));
      };
    }
    return async () => {
      throw stateError("States.Runtime", `the local runtime cannot run ${resource}`);
    };
  }

  private async waitOnClock(name: string, wait: Json, input: unknown) {
    const now = this.options.clock.now().getTime();
    let until: number;
    if (typeof wait.Seconds === "number") until = now + wait.Seconds * 1000;
    else if (typeof wait.Timestamp === "string") until = Date.parse(wait.Timestamp);
    else if (typeof wait.SecondsPath === "string")
      until = now + Number(readPath(input, wait.SecondsPath)) * 1000;
    else if (typeof wait.TimestampPath === "string")
      until = Date.parse(String(readPath(input, wait.TimestampPath)));
    else throw stateError("States.Runtime", `${name} has no wait time`);
    if (Number.isNaN(until))
      throw stateError("States.Runtime", `${name}: no valid time to wait until`);
    await this.options.clock.sleepUntil(new Date(until));
    return input;
  }

  private note(execution: Execution, type: string, state?: string, error?: string) {
    const event: HistoryEvent = {
      id: ++this.eventId,
      type,
      at: this.options.clock.now().toISOString(),
      ...(state ? { state } : {}),
      ...(error ? { error } : {}),
    };
    execution.history.push(event);
    if (type === "StateEntered" && state) execution.currentState = state;
  }

  /** StartExecution: a second start of a running execution with the same name is harmless. */
  startExecution(
    name: string,
    input: Json,
  ): { executionArn: string; startDate: string; started: boolean } {
    const existing = this.executions.get(name);
    if (existing) {
      if (existing.status === "RUNNING")
        return {
          executionArn: existing.executionArn,
          startDate: existing.startedAt,
          started: false,
        };
      throw stateError("ExecutionAlreadyExists", `execution ${name} already exists`);
    }
    const run = this.machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: this.handlers as never },
      context: { Task: { Token: "replaced-per-task" } },
      noThrowOnAbort: true,
    });
    const execution: Execution = {
      name,
      executionArn: `${this.options.stateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`,
      input,
      status: "RUNNING",
      startedAt: this.options.clock.now().toISOString(),
      history: [],
      abort: run.abort,
      tokens: new Set(),
      done: Promise.resolve(),
    };
    this.executions.set(name, execution);
    const id = idOf(input as Json | undefined);
    if (id) this.latest.set(id, name);
    void (async () => {
      for await (const event of run.eventLogs) {
        const e = event as {
          type: string;
          state?: { name: string };
          Error?: string;
          parentState?: { name: string };
        };
        this.note(execution, e.type, e.state?.name ?? e.parentState?.name, e.Error);
      }
    })().catch(() => undefined);
    execution.done = run.result
      .then(
        (output) => {
          execution.status = execution.status === "ABORTED" ? "ABORTED" : "SUCCEEDED";
          execution.output = output;
        },
        (error: Error) => {
          execution.status = "FAILED";
          execution.error = error.name;
          execution.cause = error.message;
          this.options.log?.(`execution ${name} failed: ${error.name}: ${error.message}`);
        },
      )
      .finally(() => {
        execution.stoppedAt = this.options.clock.now().toISOString();
        // Tasks of a finished execution can no longer be resumed.
        for (const token of execution.tokens) this.pending.delete(token);
      });
    return { executionArn: execution.executionArn, startDate: execution.startedAt, started: true };
  }

  /** StopExecution: aborts a running execution; its waiting tasks can no longer be resumed. */
  stopExecution(name: string, cause: string) {
    const execution = this.describe(name);
    if (execution.status !== "RUNNING") return;
    execution.status = "ABORTED";
    execution.cause = cause;
    execution.stoppedAt = this.options.clock.now().toISOString();
    for (const token of execution.tokens) this.pending.delete(token);
    execution.abort();
  }

  sendTaskSuccess(token: string, output: unknown) {
    const task = this.pending.get(token);
    if (!task) throw stateError("TaskTimedOut", "the task is no longer waiting");
    this.pending.delete(token);
    task.resolve(output);
  }

  sendTaskFailure(token: string, error: string, cause: string) {
    const task = this.pending.get(token);
    if (!task) throw stateError("TaskTimedOut", "the task is no longer waiting");
    this.pending.delete(token);
    task.reject(stateError(error || "States.TaskFailed", cause));
  }

  /** The state machine's definition as synthesized (Waits as written, not as bound here). */
  definition(): Json {
    return this.ownDefinition();
  }

  private ownDefinition(): Json {
    return (
      this.options.machine === "cohort"
        ? this.options.workflow.cohortDefinition
        : this.options.workflow.definition
    ) as Json;
  }

  /** Whether a task token is one of this runtime's waiting tasks. */
  hasTask(token: string): boolean {
    return this.pending.has(token);
  }

  /** The latest execution of a relationship or cohort (its first one, or a restart's). */
  describeLatest(relationshipId: string) {
    return this.describe(this.latest.get(relationshipId) ?? relationshipId);
  }

  describe(name: string) {
    const execution = this.executions.get(name);
    if (!execution) throw stateError("ExecutionDoesNotExist", `no execution ${name}`);
    return execution;
  }

  list() {
    return [...this.executions.values()];
  }

  /** Aborts everything (process shutdown); waiting clock timers are released. */
  stop() {
    for (const execution of this.executions.values()) {
      if (execution.status === "RUNNING") {
        execution.status = "ABORTED";
        execution.abort();
      }
    }
    // The waiting tasks are dropped, not rejected: their executions are aborted, so nothing
    // would handle the rejection (Node would report it as unhandled).
    this.pending.clear();
  }
}
