import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { buildApp } from "../../infra/build-app.js";
import { readWorkflow } from "../../infra/local/synthesize-workflow.js";

export type State = Record<string, unknown> & { Type: string };
export type Machine = { StartAt: string; States: Record<string, State> };

/**
 * The stack synthesized into a fresh directory, without bundling (esbuild's job, and slow;
 * the template is what the tests judge). With `checks`, synth() runs the cdk-nag checks and
 * throws on any unacknowledged finding.
 */
export function synthesize(prefix: string, checks: boolean) {
  const { app, stack } = buildApp({
    checks,
    appProps: {
      outdir: mkdtempSync(join(tmpdir(), prefix)),
      context: { "aws:cdk:bundling-stacks": [] },
    },
  });
  app.synth();
  const template = Template.fromStack(stack);
  const machines = readWorkflow(template.toJSON() as never);
  const definition = machines.definition as unknown as Machine;
  const cohortDefinition = machines.cohortDefinition as unknown as Machine;
  return { template, definition, cohortDefinition };
}

/** Every state of a machine, Map items (a Map's item processor) too. */
export function allStates(machine: Machine, into: [string, State][] = []): [string, State][] {
  for (const [name, state] of Object.entries(machine.States)) {
    into.push([name, state]);
    const items = (state.ItemProcessor ?? state.Iterator) as Machine | undefined;
    if (items) allStates(items, into);
  }
  return into;
}
