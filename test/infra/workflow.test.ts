import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  cohortResumeAtSchema,
  resumeAtSchema,
  STEP_PAYLOADS,
  type StepId,
} from "../../shared/schemas/step-payloads.js";
import { COHORT_STATES } from "../../workflows/cohort/cohort-states.js";
import { MAX_TURNS, STATES } from "../../workflows/relationship/relationship-states.js";
import { TRANSIENT_STEP_ERROR } from "../../workflows/relationship/relationship-steps.js";
import { allStates, type Machine, type State, synthesize } from "./synthesize.js";

let template: Template;
let definition: Machine;
let cohortDefinition: Machine;

beforeAll(() => {
  ({ template, definition, cohortDefinition } = synthesize("cdk-wf-", false));
});

/** Where a state can go next: Next, Choice branches and Default, Catch targets. */
function successors(state: State): string[] {
  const next: string[] = [];
  if (typeof state.Next === "string") next.push(state.Next);
  for (const choice of (state.Choices as { Next: string }[] | undefined) ?? [])
    next.push(choice.Next);
  if (typeof state.Default === "string") next.push(state.Default);
  for (const handler of (state.Catch as { Next: string }[] | undefined) ?? [])
    next.push(handler.Next);
  return next;
}

describe("the relationship state machine", () => {
  it("retries a step's passing failures on every Lambda task, never a timeout", () => {
    const tasks = allStates(definition).filter(([, state]) => state.Type === "Task");
    expect(tasks.length).toBeGreaterThan(10);
    for (const [name, state] of tasks) {
      const retriers = (state.Retry as { ErrorEquals: string[] }[] | undefined) ?? [];
      const transient = retriers.find((r) => r.ErrorEquals.includes(TRANSIENT_STEP_ERROR));
      expect(transient, name).toBeDefined();
      expect(transient?.ErrorEquals, name).not.toContain("States.Timeout");
      expect(transient?.ErrorEquals, name).not.toContain("States.ALL");
    }
  });

  it("resumes at every phase from the table, including a closed one whose certificates are due", () => {
    const route = definition.States[STATES.route] as State & {
      Choices: { Variable?: string; StringEquals?: string; Next: string }[];
      Default: string;
    };
    const targets = Object.fromEntries(
      route.Choices.filter((c) => c.Variable === "$.rel.resumeAt").map((c) => [
        c.StringEquals,
        c.Next,
      ]),
    );
    // Every place to resume at but the first has its branch; consent is the Default.
    expect(Object.keys(targets).sort()).toEqual(
      resumeAtSchema.options.filter((at) => at !== "consent").sort(),
    );
    expect(route.Default).toBe(STATES.askConsent);
    expect(targets.certificates).toBe(STATES.certificates);
    expect(targets.learning).toBe(STATES.invites);
    // An open escalation waits for the decision again, with the reason the table holds.
    expect(targets.escalated).toBe(STATES.reopenEscalation);
    expect(definition.States[STATES.reopenEscalation]).toMatchObject({
      Type: "Pass",
      InputPath: "$.rel.escalation",
      ResultPath: "$.escalation",
      Next: STATES.escalate,
    });
  });

  it("is a Standard machine with full logging and tracing", () => {
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      StateMachineType: "STANDARD",
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: "ALL" },
    });
  });

  it("names its states as the constants say, numbered by stage", () => {
    const names = allStates(definition).map(([name]) => name);
    expect(new Set(names)).toEqual(new Set(Object.values(STATES)));
    expect(definition.StartAt).toBe(STATES.load);
    for (const name of names) expect(name).toMatch(/^(\d+\.\d+|E\.\d+) /);
  });

  it("gives every waitForTaskToken state a timeout and a Catch on it that leads somewhere", () => {
    const waiting = allStates(definition).filter(([, s]) =>
      String(s.Resource).endsWith(".waitForTaskToken"),
    );
    expect(waiting.length).toBeGreaterThanOrEqual(8);
    for (const [name, state] of waiting) {
      expect(state.TimeoutSeconds ?? state.TimeoutSecondsPath, name).toBeDefined();
      // The local runtime and Step Functions both cap timers: no wait longer than 24 days.
      expect(Number(state.TimeoutSeconds), name).toBeLessThanOrEqual(2_147_483);
      const handlers = (state.Catch as { ErrorEquals: string[]; Next: string }[] | undefined) ?? [];
      const onTimeout = handlers.find((h) => h.ErrorEquals.includes("States.Timeout"));
      expect(onTimeout, name).toBeDefined();
      const payload = (state.Parameters as { Payload: Record<string, unknown> }).Payload;
      expect(payload["taskToken.$"], name).toBe("$$.Task.Token");
    }
  });

  it("carries ids and choices in its payloads, never free text, and retries Lambda service errors", () => {
    const allowed = new Set([
      "relationshipId",
      "participantId",
      "stepKey",
      "kind",
      "mode",
      "state",
      "taskToken",
      "reason",
      "turn",
      "session",
      "failure",
      "decision",
    ]);
    const tasks = allStates(definition).filter(([, s]) => s.Type === "Task");
    expect(tasks.length).toBeGreaterThanOrEqual(15);
    for (const [name, state] of tasks) {
      const parameters = state.Parameters as Record<string, unknown>;
      const payload = (parameters.Payload ?? parameters) as Record<string, unknown>;
      for (const key of Object.keys(payload))
        expect(allowed.has(key.replace(/\.\$$/, "")), `${name}: ${key}`).toBe(true);
      const retried = ((state.Retry as { ErrorEquals: string[] }[] | undefined) ?? []).flatMap(
        (r) => r.ErrorEquals,
      );
      expect(retried, name).toContain("Lambda.ServiceException");
    }
  });

  it("sends each step exactly the fields its payload schema declares", () => {
    // Both machines: every step of the registry is used by one of them.
    const tasks = [...allStates(definition), ...allStates(cohortDefinition)].filter(
      ([, s]) => s.Type === "Task",
    );
    const stepIds = Object.keys(STEP_PAYLOADS) as StepId[];
    const used = new Set<StepId>();
    for (const [name, state] of tasks) {
      // A waiting task goes through the Lambda integration (FunctionName and Payload); a
      // quick step names the function as its Resource and its Parameters are the payload.
      const parameters = state.Parameters as Record<string, unknown>;
      const viaIntegration = typeof parameters.FunctionName === "string";
      const FunctionName = (viaIntegration ? parameters.FunctionName : state.Resource) as string;
      const Payload = (viaIntegration ? parameters.Payload : parameters) as Record<string, unknown>;
      // The local ARN ends with the function's logical id, which starts with its step id.
      const logicalId = FunctionName.split(":").at(-1) ?? "";
      const stepId = stepIds.find((id) => logicalId.includes(id));
      if (!stepId) throw new Error(`${name}: no step for ${FunctionName}`);
      used.add(stepId);
      const keys = Object.keys(Payload).map((key) => key.replace(/\.\$$/, ""));
      // Every required field, and no field the schema does not know.
      const shape = STEP_PAYLOADS[stepId].shape as Record<string, z.ZodType>;
      const required = Object.keys(shape).filter(
        (key) => !shape[key]?.safeParse(undefined).success,
      );
      expect(
        keys.filter((key) => !(key in shape)),
        name,
      ).toEqual([]);
      expect(
        required.filter((key) => !keys.includes(key)),
        name,
      ).toEqual([]);
      // The fixed values (a form's kind, a mode) are ones the schema accepts.
      for (const [key, value] of Object.entries(Payload))
        if (!key.endsWith(".$"))
          expect(shape[key]?.safeParse(value).success, `${name}: ${key}`).toBe(true);
    }
    expect([...used].sort()).toEqual([...stepIds].sort());
  });

  it("has no loop without a bound: every cycle passes the turn check of '0.2'", () => {
    const top = definition.States;
    // Find the cycles of the top level with a depth-first search over successors.
    const cycles: string[][] = [];
    const visit = (name: string, path: string[]) => {
      const at = path.indexOf(name);
      if (at >= 0) {
        cycles.push(path.slice(at));
        return;
      }
      if (path.length > 60) return;
      for (const next of successors(top[name] as State))
        if (top[next]) visit(next, [...path, name]);
    };
    visit(definition.StartAt, []);
    expect(cycles.length).toBeGreaterThan(3);
    const route = top[STATES.route] as State;
    const bound = (
      route.Choices as { Variable: string; NumericGreaterThan?: number; Next: string }[]
    )[0];
    expect(bound).toMatchObject({
      Variable: "$.rel.turns",
      NumericGreaterThan: MAX_TURNS,
      Next: STATES.tooManyTurns,
    });
    expect(top[STATES.tooManyTurns]?.Type).toBe("Fail");
    for (const cycle of cycles) expect(cycle, cycle.join(" -> ")).toContain(STATES.route);
    // The turn counter is written by the state every cycle also passes.
    for (const cycle of cycles) expect(cycle).toContain(STATES.load);
  });

  it("lets only the steps that resume tasks send task results, and only approval start executions", () => {
    const policies = Object.values(
      template.toJSON().Resources as Record<string, { Type: string; Properties: unknown }>,
    )
      .filter((r) => r.Type === "AWS::IAM::Policy")
      .map((r) => JSON.stringify(r.Properties));
    // RequestForm, OpenEscalation, AwaitCohortDecision (replays), SubmitForm,
    // DecideEscalation and DecideCohortEscalation.
    expect(policies.filter((p) => p.includes("states:SendTaskSuccess"))).toHaveLength(6);
    // Approving a proposal and creating a cohort start executions; a decision without a
    // waiting task, an action on a relationship, a cohort's moved dates and a cohort
    // decision no task waits for restart one.
    const starting = policies.filter((p) => p.includes("states:StartExecution"));
    expect(starting).toHaveLength(6);
    expect(policies.filter((p) => p.includes("states:StopExecution"))).toHaveLength(4);
    expect(starting.filter((p) => p.includes("states:StopExecution"))).toHaveLength(4);
  });

  it("gives only the functions that render PDFs the bundled fonts' directory", () => {
    const functions = Object.entries(
      template.toJSON().Resources as Record<string, { Type: string; Properties: unknown }>,
    ).filter(([, r]) => r.Type === "AWS::Lambda::Function");
    const fontDirs = functions.flatMap(([logicalId, r]) => {
      const env = (r.Properties as { Environment?: { Variables?: Record<string, unknown> } })
        .Environment?.Variables;
      return env?.CERTIFICATE_FONT_DIR === undefined ? [] : [[logicalId, env.CERTIFICATE_FONT_DIR]];
    });
    // The bundle's afterBundling hook copies the DejaVu fonts to /var/task/fonts.
    expect(fontDirs.map(([id]) => String(id).replace(/[A-F0-9]{8}$/, "")).sort()).toEqual([
      expect.stringMatching(/DownloadCohortReportPdf/),
      expect.stringMatching(/CohortTask/),
      expect.stringMatching(/HandOverCertificates/),
    ]);
    expect(new Set(fontDirs.map(([, dir]) => dir))).toEqual(new Set(["/var/task/fonts"]));
  });
});

describe("the cohort state machine", () => {
  it("has exactly the states the business names, numbered by stage", () => {
    expect(Object.keys(cohortDefinition.States).sort()).toEqual(
      Object.values(COHORT_STATES).sort(),
    );
    expect(cohortDefinition.StartAt).toBe(COHORT_STATES.load);
  });

  it("times out every wait for the coordinator into a state that goes on", () => {
    const waiting = allStates(cohortDefinition).filter(
      ([, s]) => s.Type === "Task" && String(s.Resource).endsWith(".waitForTaskToken"),
    );
    expect(waiting.map(([name]) => name).sort()).toEqual(
      [COHORT_STATES.askShortfall, COHORT_STATES.askMatching, COHORT_STATES.askStragglers].sort(),
    );
    for (const [name, state] of waiting) {
      expect(state.TimeoutSeconds, name).toBe(7 * 86_400);
      const handler = (state.Catch as { ErrorEquals: string[]; Next: string }[])[0];
      expect(handler?.ErrorEquals, name).toEqual(["States.Timeout"]);
      expect(handler?.Next, name).toMatch(/no decision, go on/);
    }
    // Every Wait waits until a moment the execution carries from "0.1".
    for (const [name, state] of allStates(cohortDefinition).filter(([, s]) => s.Type === "Wait"))
      expect(state.TimestampPath, name).toMatch(/^\$\.cohort\./);
  });

  it("resumes at every stage the table can record", () => {
    const route = cohortDefinition.States[COHORT_STATES.route] as unknown as {
      Choices: { StringEquals: string }[];
    };
    expect(route.Choices.map((c) => c.StringEquals).sort()).toEqual(
      cohortResumeAtSchema.options.filter((stage) => stage !== "closed").sort(),
    );
  });
});
