import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../infra/build-app.js";
import { MAIL_EVENT_HANDLER } from "../../infra/constructs/mail-construct.js";
import { createTableInput } from "../../infra/local/create-table.js";
import { ROUTES } from "../../infra/routes.js";
import { TABLE } from "../../shared/table/table-definition.js";
import { STEP_HANDLERS } from "../../workflows/relationship/relationship-steps.js";

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

let template: Template;
let resources: Resources;

beforeAll(() => {
  const outdir = mkdtempSync(join(tmpdir(), "cdk-test-"));
  // Bundling is esbuild's job and slow; the template is what these tests judge.
  const { app, stack } = buildApp({
    appProps: { outdir, context: { "aws:cdk:bundling-stacks": [] } },
  });
  // synth() runs the cdk-nag checks and throws on any unacknowledged finding.
  app.synth();
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Resources;
});

const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);

describe("the table", () => {
  it("has the keys, the GSI and the TTL of the shared table definition", () => {
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      KeySchema: [
        { AttributeName: TABLE.partitionKey.name, KeyType: "HASH" },
        { AttributeName: TABLE.sortKey.name, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: "GSI1",
          KeySchema: [
            { AttributeName: "gsi1pk", KeyType: "HASH" },
            { AttributeName: "gsi1sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        }),
      ],
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
    });
  });

  it("is on-demand, encrypted, recoverable to a point in time and protected from deletion", () => {
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      BillingMode: "PAY_PER_REQUEST",
      SSESpecification: { SSEEnabled: true },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
    });
    template.hasResource("AWS::DynamoDB::GlobalTable", { DeletionPolicy: "Retain" });
  });

  it("matches what the local runtime creates", () => {
    const [table] = ofType("AWS::DynamoDB::GlobalTable");
    const local = createTableInput("any");
    const sortByName = <T extends { AttributeName?: string }>(items: T[]) =>
      [...items].sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName)));
    expect(
      sortByName(table?.Properties.AttributeDefinitions as { AttributeName: string }[]),
    ).toEqual(sortByName(local.AttributeDefinitions));
    expect(table?.Properties.KeySchema).toEqual(local.KeySchema);
    const gsis = table?.Properties.GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: unknown;
    }[];
    expect(gsis.map((g) => ({ IndexName: g.IndexName, KeySchema: g.KeySchema }))).toEqual(
      local.GlobalSecondaryIndexes.map((g) => ({ IndexName: g.IndexName, KeySchema: g.KeySchema })),
    );
  });
});

describe("the functions", () => {
  it("run Node.js 22 on ARM64 with tracing and JSON logs", () => {
    const functions = ofType("AWS::Lambda::Function");
    // One per route, one per workflow step, and the SES bounce and complaint handler.
    expect(functions).toHaveLength(ROUTES.length + Object.keys(STEP_HANDLERS).length + 1);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        TracingConfig: { Mode: "Active" },
        LoggingConfig: { LogFormat: "JSON" },
      });
      expect(fn.Properties.Environment).toMatchObject({
        Variables: { TABLE_NAME: expect.anything() },
      });
    }
  });

  it("use no AWS-managed policies and get table access only where the route needs it", () => {
    for (const role of ofType("AWS::IAM::Role")) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    const policies = ofType("AWS::IAM::Policy").map((policy) => JSON.stringify(policy.Properties));
    const writers = policies.filter((policy) => policy.includes("dynamodb:PutItem"));
    expect(writers).toHaveLength(
      ROUTES.filter((route) => route.table === "readWrite").length +
        Object.keys(STEP_HANDLERS).length +
        1,
    );
  });
});

describe("the coordinator token", () => {
  it("is a generated secret that only the console functions may read", () => {
    template.resourceCountIs("AWS::SecretsManager::Secret", 2);
    const functions = ofType("AWS::Lambda::Function");
    const withToken = functions.filter(
      (fn) =>
        (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)
          ?.Variables?.COORDINATOR_TOKEN_SECRET_ARN !== undefined,
    );
    expect(withToken).toHaveLength(ROUTES.filter((route) => route.coordinator).length);
    const [tokenId] = Object.entries(resources).find(
      ([, r]) =>
        r.Type === "AWS::SecretsManager::Secret" &&
        JSON.stringify(r.Properties).includes("coordinators"),
    ) ?? [""];
    const readers = ofType("AWS::IAM::Policy").filter((policy) =>
      JSON.stringify(policy.Properties).includes(`"Ref":"${tokenId}"`),
    );
    expect(tokenId).not.toBe("");
    expect(readers).toHaveLength(ROUTES.filter((route) => route.coordinator).length);
  });
});

describe("the HTTP API", () => {
  it("has exactly the routes of the route table", () => {
    const keys = ofType("AWS::ApiGatewayV2::Route").map((route) => route.Properties.RouteKey);
    expect(keys.sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
  });

  it("logs access and throttles the default stage", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      DefaultRouteSettings: Match.objectLike({
        ThrottlingRateLimit: 50,
        ThrottlingBurstLimit: 100,
      }),
    });
  });

  it("keeps every log group for a bounded time", () => {
    const groups = ofType("AWS::Logs::LogGroup");
    expect(groups.length).toBeGreaterThan(ROUTES.length);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(90);
  });
});

describe("SES bounces and complaints", () => {
  const handlerId = () => {
    const [id] =
      Object.entries(resources).find(
        ([logicalId, r]) =>
          r.Type === "AWS::Lambda::Function" && logicalId.includes(MAIL_EVENT_HANDLER.id),
      ) ?? [];
    expect(id).toBeDefined();
    return id ?? "";
  };

  it("go from the configuration set to the default event bus", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      ConfigurationSetName: { Ref: Match.stringLikeRegexp("ConfigurationSet") },
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(["bounce", "complaint"]),
        EventBridgeDestination: {
          EventBusArn: Match.objectLike({
            "Fn::Join": ["", Match.arrayWith([":event-bus/default"])],
          }),
        },
      }),
    });
  });

  it("reach the handler Lambda through a rule for this configuration set only", () => {
    const id = handlerId();
    template.hasResourceProperties("AWS::Events::Rule", {
      EventPattern: {
        source: ["aws.ses"],
        "detail-type": ["Email Bounced", "Email Complaint Received"],
        detail: {
          mail: {
            tags: {
              "ses:configuration-set": [{ Ref: Match.stringLikeRegexp("ConfigurationSet") }],
            },
          },
        },
      },
      State: "ENABLED",
      Targets: [
        Match.objectLike({
          Arn: { "Fn::GetAtt": [id, "Arn"] },
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 8 }),
        }),
      ],
    });
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      FunctionName: { "Fn::GetAtt": [id, "Arn"] },
      Principal: "events.amazonaws.com",
    });
  });

  it("are handled by a function that may use the table and send mail, and nothing more", () => {
    const id = handlerId();
    const fn = resources[id];
    expect(fn?.Properties).toMatchObject({
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      Environment: {
        Variables: {
          TABLE_NAME: expect.anything(),
          SES_CONFIGURATION_SET: expect.anything(),
          COORDINATOR_EMAIL: expect.anything(),
          PUBLIC_BASE_URL: expect.anything(),
        },
      },
    });
    const roleArn = fn?.Properties.Role as { "Fn::GetAtt": string[] } | undefined;
    const role = JSON.stringify(roleArn?.["Fn::GetAtt"][0] ?? "no role");
    const policies = ofType("AWS::IAM::Policy")
      .map((policy) => JSON.stringify(policy.Properties))
      .filter((policy) => policy.includes(role));
    const statements = policies.join(" ");
    expect(statements).toContain("dynamodb:PutItem");
    expect(statements).toContain("ses:SendEmail");
    expect(statements).not.toContain("states:");
    expect(statements).not.toContain("secretsmanager:");
  });
});
