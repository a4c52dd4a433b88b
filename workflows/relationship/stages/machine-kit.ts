import { Duration, type IResolvable } from "aws-cdk-lib";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import {
  Choice,
  Fail,
  IntegrationPattern,
  JsonPath,
  Pass,
  type PassProps,
  Succeed,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
} from "aws-cdk-lib/aws-stepfunctions";
import { LambdaInvoke } from "aws-cdk-lib/aws-stepfunctions-tasks";
import type { Construct } from "constructs";
import type { z } from "zod";
import type { STEP_PAYLOADS, StepId } from "../../../shared/schemas/step-payloads.js";
import { TRANSIENT_STEP_ERROR } from "../relationship-steps.js";

/** The fields the machine fills in itself: the state's name, and a waiting task's token. */
type Implicit = "state" | "taskToken";

/**
 * A step's payload as the machine writes it: exactly the keys of the step's schema, each a
 * value of its type or a path into the execution's state (`at("$.…")`), so a renamed or
 * missing field is a compile error here.
 */
export type StepFields<Id extends StepId> = {
  [K in Exclude<keyof z.input<(typeof STEP_PAYLOADS)[Id]>, Implicit>]-?:
    | z.input<(typeof STEP_PAYLOADS)[Id]>[K]
    | IResolvable;
};

/** The steps that wait for a person: their schema takes a task token. */
export type WaitingStep = {
  [Id in StepId]: "taskToken" extends keyof z.input<(typeof STEP_PAYLOADS)[Id]> ? Id : never;
}[StepId];

/** A path into the execution's state, rendered as `"key.$": path` in the payload. */
export const at = (path: string): IResolvable => JsonPath.objectAt(path);

export const days = (n: number) => Timeout.duration(Duration.days(n));
/** A waiting state timed out: its Catch leads on. */
export const TIMED_OUT = ["States.Timeout"];
/** The relationship's id, which nearly every payload carries. */
export const RELATIONSHIP = at("$.relationshipId");

/** A passing failure inside a step (see stepHandler) is tried again; steps are idempotent. */
const TRANSIENT_RETRY = {
  errors: [TRANSIENT_STEP_ERROR],
  interval: Duration.seconds(2),
  backoffRate: 2,
  maxAttempts: 4,
};

/** What every stage builds its states with: the scope, the step Lambdas and two task kinds. */
export class MachineKit {
  constructor(
    readonly scope: Construct,
    private readonly steps: Record<StepId, IFunction>,
  ) {}

  /** A construct id from a state's name. */
  id(name: string) {
    return name.replace(/[^A-Za-z0-9]+/g, "-");
  }

  /** A quick step: the Lambda's answer lands at `resultPath` (null: discarded). */
  step<Id extends StepId>(name: string, fn: Id, fields: StepFields<Id>, resultPath: string | null) {
    return new LambdaInvoke(this.scope, this.id(name), {
      stateName: name,
      lambdaFunction: this.steps[fn],
      payload: TaskInput.fromObject({ ...fields, state: name }),
      payloadResponseOnly: true,
      resultPath: resultPath ?? JsonPath.DISCARD,
      taskTimeout: Timeout.duration(Duration.seconds(30)),
      retryOnServiceExceptions: true,
    }).addRetry(TRANSIENT_RETRY);
  }

  /** A step that waits for a person: the Lambda stores the task token with the form. */
  waitFor<Id extends WaitingStep>(
    name: string,
    fn: Id,
    fields: StepFields<Id>,
    timeout: Timeout,
    resultPath: string | null,
  ) {
    return new LambdaInvoke(this.scope, this.id(name), {
      stateName: name,
      lambdaFunction: this.steps[fn],
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({ ...fields, taskToken: JsonPath.taskToken, state: name }),
      resultPath: resultPath ?? JsonPath.DISCARD,
      taskTimeout: timeout,
      retryOnServiceExceptions: true,
    }).addRetry(TRANSIENT_RETRY);
  }

  choice(name: string) {
    return new Choice(this.scope, this.id(name), { stateName: name });
  }

  pass(name: string, props: Omit<PassProps, "stateName"> = {}) {
    return new Pass(this.scope, this.id(name), { ...props, stateName: name });
  }

  fail(name: string, error: string, cause?: string) {
    return new Fail(this.scope, this.id(name), { stateName: name, error, cause });
  }

  succeed(name: string) {
    return new Succeed(this.scope, this.id(name), { stateName: name });
  }

  /** Waits until the timestamp at `path` (stored in the table, so a restart waits the rest). */
  waitUntil(name: string, path: string) {
    return new Wait(this.scope, this.id(name), {
      stateName: name,
      time: WaitTime.timestampPath(path),
    });
  }
}
