import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../infra/routes.js";
import { SCHEDULES } from "../../infra/schedules.js";
import { synthesize } from "./synthesize.js";

type Resource = { Type: string; Properties: Record<string, unknown> };
let resources: Record<string, Resource>;

beforeAll(() => {
  resources = synthesize("cdk-limits-", false).template.toJSON().Resources as Record<
    string,
    Resource
  >;
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const counterKeyId = () => {
  const found = ofType("AWS::SecretsManager::Secret").find(([id]) =>
    id.includes("RequestCounterKey"),
  );
  if (!found) throw new Error("no request counter key");
  return found[0];
};
/** Construct ids (`Api<route id>`, `Schedules<schedule id>`) of the roles a policy with `text` is attached to. */
const rolesWith = (text: string) =>
  ofType("AWS::IAM::Policy")
    .filter(([, policy]) => JSON.stringify(policy.Properties.PolicyDocument).includes(text))
    .flatMap(([, policy]) => (policy.Properties.Roles as { Ref: string }[]).map((r) => r.Ref));
const publicPosts = ROUTES.filter((route) => route.method === "POST" && !route.coordinator);

describe("the request counters' key", () => {
  it("is read by exactly the public POST functions, which are told where it is", () => {
    const key = counterKeyId();
    const readers = rolesWith(`"Ref":"${key}"`).sort();
    expect(readers).toHaveLength(publicPosts.length);
    for (const route of publicPosts)
      expect(readers.some((role) => role.startsWith(`Api${route.id}Role`))).toBe(true);
    const told = ofType("AWS::Lambda::Function").filter(([, fn]) =>
      JSON.stringify(fn.Properties.Environment ?? {}).includes("REQUEST_COUNTER_KEY_ARN"),
    );
    expect(told.map(([id]) => id.replace(/[0-9A-F]{8}$/, "")).sort()).toEqual(
      publicPosts.map((route) => `Api${route.id}`).sort(),
    );
  });
});

describe("the hourly schedules", () => {
  it("invoke each schedule's function from an EventBridge rule at its minute", () => {
    const rules = ofType("AWS::Events::Rule").filter(
      ([, rule]) => rule.Properties.ScheduleExpression,
    );
    expect(rules).toHaveLength(SCHEDULES.length);
    for (const schedule of SCHEDULES) {
      const rule = rules.find(([id]) => id.startsWith(`Schedules${schedule.id}Rule`));
      expect(rule?.[1].Properties.ScheduleExpression).toBe(`cron(${schedule.minute} * * * ? *)`);
      const targets = (rule?.[1].Properties.Targets ?? []) as { Arn: { "Fn::GetAtt": string[] } }[];
      const target = targets[0];
      expect(target?.Arn["Fn::GetAtt"][0]).toMatch(
        new RegExp(`^Schedules${schedule.id}[0-9A-F]{8}$`),
      );
    }
  });

  it("let the digest function use the table and send mail, and read no secret", () => {
    const roles = (action: string) => rolesWith(action).filter((r) => r.startsWith("Schedules"));
    expect(roles("dynamodb:UpdateItem")).toHaveLength(1);
    expect(roles("ses:SendEmail")).toHaveLength(1);
    expect(roles("secretsmanager:GetSecretValue")).toEqual([]);
    expect(roles("states:")).toEqual([]);
  });
});
