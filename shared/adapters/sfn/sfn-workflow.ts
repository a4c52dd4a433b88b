import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  InvalidToken,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from "@aws-sdk/client-sfn";
import type { ExecutionHistory, ExecutionStatus, Workflow } from "../../ports/workflow.js";

const gone = (error: unknown) =>
  error instanceof TaskTimedOut ||
  error instanceof TaskDoesNotExist ||
  error instanceof InvalidToken;

/** The event that ends an execution, and the status it leaves. */
const STOPPED: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: "SUCCEEDED",
  ExecutionFailed: "FAILED",
  ExecutionTimedOut: "TIMED_OUT",
  ExecutionAborted: "ABORTED",
};

/** A state's entry or exit (TaskStateEntered, MapStateExited, …); other events are skipped. */
function stateEvent(event: HistoryEvent): ExecutionHistory["events"][number] | undefined {
  const type = event.type ?? "";
  if (type.endsWith("StateEntered") && event.stateEnteredEventDetails?.name)
    return { type: "entered", state: event.stateEnteredEventDetails.name };
  if (type.endsWith("StateExited") && event.stateExitedEventDetails?.name)
    return { type: "exited", state: event.stateExitedEventDetails.name };
  return undefined;
}

/** Step Functions through the SDK; locally the same calls reach the local runtime's endpoint. */
export class SfnWorkflow implements Workflow {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  private arnOf(executionName: string): string {
    return `${this.stateMachineArn.replace(":stateMachine:", ":execution:")}:${executionName}`;
  }

  async start(executionName: string, input: Record<string, unknown>): Promise<void> {
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          // The name is the relationship's (executionName): starting twice is harmless.
          name: executionName,
          input: JSON.stringify(input),
        }),
      );
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
    }
  }

  async stop(executionName: string, cause: string): Promise<boolean> {
    const executionArn = this.arnOf(executionName);
    try {
      const described = await this.client.send(new DescribeExecutionCommand({ executionArn }));
      if (described.status !== "RUNNING") return false;
      await this.client.send(new StopExecutionCommand({ executionArn, cause }));
      return true;
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return false;
      throw error;
    }
  }

  async succeed(taskToken: string, output: Record<string, unknown>): Promise<boolean> {
    try {
      await this.client.send(
        new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }),
      );
      return true;
    } catch (error) {
      if (gone(error)) return false;
      throw error;
    }
  }

  async fail(taskToken: string, error: string, cause: string): Promise<boolean> {
    try {
      await this.client.send(new SendTaskFailureCommand({ taskToken, error, cause }));
      return true;
    } catch (failure) {
      if (gone(failure)) return false;
      throw failure;
    }
  }

  async definition(): Promise<Record<string, unknown>> {
    const described = await this.client.send(
      new DescribeStateMachineCommand({ stateMachineArn: this.stateMachineArn }),
    );
    return JSON.parse(described.definition ?? "{}") as Record<string, unknown>;
  }

  /** GetExecutionHistory, every page; the execution's ARN follows from its name. */
  async history(executionName: string): Promise<ExecutionHistory | undefined> {
    const executionArn = this.arnOf(executionName);
    const events: ExecutionHistory["events"] = [];
    let status: ExecutionStatus = "RUNNING";
    let nextToken: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new GetExecutionHistoryCommand({
            executionArn,
            maxResults: 1000,
            includeExecutionData: false,
            ...(nextToken ? { nextToken } : {}),
          }),
        );
        for (const event of page.events ?? []) {
          const state = stateEvent(event);
          if (state) events.push(state);
          status = STOPPED[event.type ?? ""] ?? status;
        }
        nextToken = page.nextToken;
      } while (nextToken);
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return undefined;
      throw error;
    }
    return { status, events };
  }
}
