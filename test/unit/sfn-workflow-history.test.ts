import {
  DescribeStateMachineCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  type SFNClient,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { SfnWorkflow } from "../../shared/adapters/sfn/sfn-workflow.js";

const MACHINE =
  "arn:aws:states:eu-north-1:123456789012:stateMachine:MentoringProgramme-relationship";

/** A Step Functions client that answers from pages of history, recording what it was asked. */
function fakeClient(pages: HistoryEvent[][], missing = false) {
  const asked: Record<string, unknown>[] = [];
  const client = {
    send: async (command: unknown) => {
      if (command instanceof DescribeStateMachineCommand) {
        asked.push({ describe: command.input.stateMachineArn });
        return { definition: JSON.stringify({ StartAt: "A", States: { A: { Type: "Succeed" } } }) };
      }
      if (command instanceof GetExecutionHistoryCommand) {
        asked.push({ ...command.input });
        if (missing)
          throw new ExecutionDoesNotExist({ message: "no such execution", $metadata: {} });
        const index = command.input.nextToken ? Number(command.input.nextToken) : 0;
        return {
          events: pages[index],
          ...(index + 1 < pages.length ? { nextToken: String(index + 1) } : {}),
        };
      }
      throw new Error("unexpected command");
    },
  };
  return { client: client as unknown as SFNClient, asked };
}

const event = (type: string, name?: string): HistoryEvent =>
  ({
    type,
    id: 0,
    timestamp: new Date(0),
    ...(name && type.endsWith("Entered") ? { stateEnteredEventDetails: { name } } : {}),
    ...(name && type.endsWith("Exited") ? { stateExitedEventDetails: { name } } : {}),
  }) as HistoryEvent;

describe("SfnWorkflow: the definition and the history", () => {
  it("reads the definition with DescribeStateMachine", async () => {
    const { client, asked } = fakeClient([]);
    expect(await new SfnWorkflow(client, MACHINE).definition()).toEqual({
      StartAt: "A",
      States: { A: { Type: "Succeed" } },
    });
    expect(asked).toEqual([{ describe: MACHINE }]);
  });

  it("reads every page of the execution named by the relationship, states only", async () => {
    const { client, asked } = fakeClient([
      [event("ExecutionStarted"), event("TaskStateEntered", "A"), event("TaskScheduled")],
      [event("TaskStateExited", "A"), event("MapStateEntered", "B")],
      [
        event("MapStateExited", "B"),
        event("SucceedStateEntered", "C"),
        event("ExecutionSucceeded"),
      ],
    ]);
    const history = await new SfnWorkflow(client, MACHINE).history("rel_1");
    expect(history).toEqual({
      status: "SUCCEEDED",
      events: [
        { type: "entered", state: "A" },
        { type: "exited", state: "A" },
        { type: "entered", state: "B" },
        { type: "exited", state: "B" },
        { type: "entered", state: "C" },
      ],
    });
    expect(asked.map((input) => input.nextToken)).toEqual([undefined, "1", "2"]);
    expect(asked[0]).toMatchObject({
      executionArn:
        "arn:aws:states:eu-north-1:123456789012:execution:MentoringProgramme-relationship:rel_1",
      includeExecutionData: false,
    });
  });

  it("is running until an event stops it", async () => {
    const { client } = fakeClient([[event("ExecutionStarted"), event("TaskStateEntered", "A")]]);
    expect((await new SfnWorkflow(client, MACHINE).history("rel_1"))?.status).toBe("RUNNING");
  });

  it("is undefined for an execution that was never started", async () => {
    const { client } = fakeClient([], true);
    expect(await new SfnWorkflow(client, MACHINE).history("rel_1")).toBeUndefined();
  });
});
