import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../build-app.js";

type Json = unknown;
interface Resource {
  Type: string;
  Properties?: Record<string, Json>;
  Metadata?: Record<string, Json>;
}

export interface SynthesizedWorkflow {
  /** The relationship state machine's definition exactly as CDK synthesized it, references resolved. */
  definition: Record<string, Json>;
  /** The cohort state machine's, the same way. */
  cohortDefinition: Record<string, Json>;
  /** Lambda ARN used in the definition -> construct id of the step (a key of STEP_HANDLERS). */
  functions: Map<string, string>;
}

const localLambdaArn = (logicalId: string) =>
  `arn:aws:lambda:local:000000000000:function:${logicalId}`;

/** Replaces CloudFormation references in a DefinitionString with local values. */
function resolve(value: Json): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const object = value as Record<string, Json>;
    if ("Fn::Join" in object) {
      const [separator, parts] = object["Fn::Join"] as [string, Json[]];
      return parts.map(resolve).join(separator);
    }
    if ("Fn::GetAtt" in object) {
      const [logicalId] = object["Fn::GetAtt"] as [string, string];
      return localLambdaArn(logicalId);
    }
    if ("Ref" in object) {
      const ref = object.Ref as string;
      return (
        { "AWS::Partition": "aws", "AWS::Region": "local", "AWS::AccountId": "000000000000" }[
          ref
        ] ?? ref
      );
    }
  }
  throw new Error(`cannot resolve ${JSON.stringify(value)} in the state machine definition`);
}

/**
 * Synthesizes the CDK app in-process (no bundling, nothing written outside a temporary
 * directory) and takes the relationship state machine from the template: the local
 * runtime runs the very ASL that `cdk deploy` would deploy.
 */
export function synthesizeWorkflow(root: string): SynthesizedWorkflow {
  const outdir = mkdtempSync(join(tmpdir(), "mentoring-synth-"));
  const { app, stack } = buildApp({
    checks: false,
    appProps: {
      outdir,
      context: { "aws:cdk:bundling-stacks": [], "aws:cdk:enable-path-metadata": true },
    },
  });
  // aws-cdk-lib caches asset fingerprints under $HOME/.cdk: keep that inside the project.
  const home = process.env.HOME;
  process.env.HOME = join(root, ".cdk", "home");
  let template: { Resources: Record<string, Resource> };
  try {
    template = app.synth().getStackByName(stack.stackName).template;
  } finally {
    process.env.HOME = home;
    rmSync(outdir, { recursive: true, force: true });
  }
  return readWorkflow(template);
}

/** The two state machines of a synthesized template, references resolved locally. */
export function readWorkflow(template: {
  Resources: Record<string, Resource>;
}): SynthesizedWorkflow {
  const machine = (id: string) => {
    // By the construct path where it is kept, else by the logical id CDK derives from it.
    const found = Object.entries(template.Resources)
      .filter(
        ([logicalId, r]) =>
          r.Type === "AWS::StepFunctions::StateMachine" &&
          (String(r.Metadata?.["aws:cdk:path"] ?? "").endsWith(`/Workflow/${id}/Resource`) ||
            new RegExp(`^Workflow${id}[0-9A-F]{8}$`).test(logicalId)),
      )
      .map(([, r]) => r);
    if (found.length !== 1)
      throw new Error(`expected one ${id} state machine, found ${found.length}`);
    return JSON.parse(resolve(found[0]?.Properties?.DefinitionString)) as Record<string, Json>;
  };
  const functions = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== "AWS::Lambda::Function") continue;
    const path = String(resource.Metadata?.["aws:cdk:path"] ?? "");
    const match = /\/Workflow\/([^/]+)\/Resource$/.exec(path);
    if (match?.[1]) functions.set(localLambdaArn(logicalId), match[1]);
  }
  return { definition: machine("Relationship"), cohortDefinition: machine("Cohort"), functions };
}
