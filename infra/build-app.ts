import { App, type AppProps, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { FirewallStack } from "./firewall-stack.js";
import { MentoringStack, type MentoringStackProps } from "./mentoring-stack.js";

export interface BuildAppOptions {
  appProps?: AppProps;
  stackProps?: MentoringStackProps;
  /** cdk-nag runs unless switched off (the local runtime only reads the template). */
  checks?: boolean;
}

/**
 * The region the system is synthesized for when none is given (`cdk synth` without a
 * profile, the tests): the web ACL's cross-region reference needs a concrete one.
 */
export const DEFAULT_REGION = "eu-north-1";

/**
 * The CDK app with its checks: cdk-nag's AWS Solutions pack runs on every synth, so an
 * unacknowledged finding fails `npm run synth` and the infra tests alike. Two stacks: the
 * system in its region, and the web ACL of its CloudFront distribution in us-east-1.
 */
export function buildApp(options: BuildAppOptions = {}) {
  const app = new App(options.appProps);
  const env = {
    account: options.stackProps?.env?.account,
    region: options.stackProps?.env?.region ?? DEFAULT_REGION,
  };
  const firewall = new FirewallStack(app, "MentoringProgrammeFirewall", {
    description: "Mentoring programme: the web ACL of the public CloudFront distribution",
    env,
  });
  const stack = new MentoringStack(app, "MentoringProgramme", {
    description: "Mentoring programme of the Public Administration Digital Academy of Latvia",
    ...options.stackProps,
    env,
    crossRegionReferences: true,
    webAclArn: firewall.webAclArn,
  });
  for (const each of [firewall, stack]) Tags.of(each).add("project", "mentoring-programme");
  if (options.checks !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, firewall };
}
