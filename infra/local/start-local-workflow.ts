import type { Server } from "node:http";
import type { LocalClock } from "../../shared/adapters/local/local-clock.js";
import { findFreePort } from "./find-free-port.js";
import { LocalWorkflowRuntime } from "./local-workflow-runtime.js";
import { serveStepFunctions } from "./serve-stepfunctions.js";
import type { SynthesizedWorkflow } from "./synthesize-workflow.js";

export const LOCAL_STATE_MACHINE_ARN =
  "arn:aws:states:local:000000000000:stateMachine:relationship";

/** The cohorts' machine, on the same endpoint and clock. */
export const LOCAL_COHORT_STATE_MACHINE_ARN =
  "arn:aws:states:local:000000000000:stateMachine:cohort";

export interface LocalWorkflow {
  runtime: LocalWorkflowRuntime;
  cohortRuntime: LocalWorkflowRuntime;
  /** Where the Step Functions API of the runtime listens (for AWS_ENDPOINT_URL_SFN). */
  endpoint: string;
  stop(): Promise<void>;
}

/** The two workflows on this machine, behind one Step Functions API endpoint. */
export async function startLocalWorkflow(options: {
  workflow: SynthesizedWorkflow;
  clock: LocalClock;
  root: string;
  log?: (line: string) => void;
}): Promise<LocalWorkflow> {
  const runtime = await LocalWorkflowRuntime.create({
    workflow: options.workflow,
    clock: options.clock,
    root: options.root,
    stateMachineArn: LOCAL_STATE_MACHINE_ARN,
    log: options.log,
  });
  const cohortRuntime = await LocalWorkflowRuntime.create({
    workflow: options.workflow,
    machine: "cohort",
    clock: options.clock,
    root: options.root,
    stateMachineArn: LOCAL_COHORT_STATE_MACHINE_ARN,
    log: options.log,
  });
  const server: Server = serveStepFunctions(runtime, { cohort: cohortRuntime });
  const port = await findFreePort();
  await new Promise<void>((ready) => server.listen(port, "127.0.0.1", () => ready()));
  return {
    runtime,
    cohortRuntime,
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      runtime.stop();
      cohortRuntime.stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
