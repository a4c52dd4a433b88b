/** The running workflows, as Step Functions (or the local runtime) offers them. */
export interface Workflow {
  /** Starts the relationship's execution; a second start with the same name is harmless. */
  start(relationshipId: string, input: Record<string, unknown>): Promise<void>;
  /** Resumes a waiting task. False when the task is gone (timed out, already resumed). */
  succeed(taskToken: string, output: Record<string, unknown>): Promise<boolean>;
  fail(taskToken: string, error: string, cause: string): Promise<boolean>;
}
