/** The running workflows, as Step Functions (or the local runtime) offers them. */
export interface Workflow {
  /**
   * Starts an execution by name (the relationship's, see executionName); a second start
   * with the same name is harmless.
   */
  start(executionName: string, input: Record<string, unknown>): Promise<void>;
  /** Stops a running execution; false when it was not running (finished, or never started). */
  stop(executionName: string, cause: string): Promise<boolean>;
  /** Resumes a waiting task. False when the task is gone (timed out, already resumed). */
  succeed(taskToken: string, output: Record<string, unknown>): Promise<boolean>;
  fail(taskToken: string, error: string, cause: string): Promise<boolean>;
  /** The state machine's definition (Amazon States Language), as deployed. */
  definition(): Promise<Record<string, unknown>>;
  /** What the execution did so far; undefined when it was never started. */
  history(executionName: string): Promise<ExecutionHistory | undefined>;
}

/** Execution statuses as Step Functions names them. */
export type ExecutionStatus =
  | "RUNNING"
  | "SUCCEEDED"
  | "FAILED"
  | "TIMED_OUT"
  | "ABORTED"
  | "PENDING_REDRIVE";

/** An execution's status and the states it entered and left, oldest first. */
export interface ExecutionHistory {
  status: ExecutionStatus;
  events: { type: "entered" | "exited"; state: string }[];
}
