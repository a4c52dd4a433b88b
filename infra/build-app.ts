import { App, type AppProps, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { MentoringStack, type MentoringStackProps } from "./mentoring-stack.js";

export interface BuildAppOptions {
  appProps?: AppProps;
  stackProps?: MentoringStackProps;
  /** cdk-nag runs unless switched off (the local runtime only reads the template). */
  checks?: boolean;
}

/**
 * The CDK app with its checks: cdk-nag's AWS Solutions pack runs on every synth, so an
 * unacknowledged finding fails `npm run synth` and the infra tests alike.
 */
export function buildApp(options: BuildAppOptions = {}) {
  const app = new App(options.appProps);
  const stack = new MentoringStack(app, "MentoringProgramme", {
    description: "Mentoring programme of the Public Administration Digital Academy of Latvia",
    ...options.stackProps,
  });
  Tags.of(stack).add("project", "mentoring-programme");
  if (options.checks !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
