import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp, DEFAULT_REGION } from "../../infra/build-app.js";
import { CONSOLE_PREFIX, SPA_ROUTING_CODE } from "../../infra/constructs/console-construct.js";
import { MAIL_EVENT_HANDLER } from "../../infra/constructs/mail-construct.js";
import { createTableInput } from "../../infra/local/create-table.js";
import { ROUTES } from "../../infra/routes.js";
import { SCHEDULES } from "../../infra/schedules.js";
import { STEP_TABLE_ACCESS } from "../../infra/table-access.js";
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
const idsOfType = (type: string) =>
  Object.entries(resources)
    .filter(([, r]) => r.Type === type)
    .map(([id]) => id);
/**
 * CDK's own handlers: the console upload (BucketDeployment) and the reader of the web ACL's
 * cross-region reference, with the runtimes and roles aws-cdk-lib gives them.
 */
const cdkOwn = (id: string) =>
  id.startsWith("CustomCDKBucketDeployment") || id.startsWith("CustomCrossRegionExportReader");
/** The system's own functions: all but CDK's handlers. */
const systemFunctions = () =>
  Object.entries(resources)
    .filter(([id, r]) => r.Type === "AWS::Lambda::Function" && !cdkOwn(id))
    .map(([, r]) => r);
const variablesOf = (fn: { Properties: Record<string, unknown> }) =>
  (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ??
  {};

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
    const functions = systemFunctions();
    // One per route, one per workflow step, one per schedule, and the SES bounce and
    // complaint handler.
    expect(functions).toHaveLength(
      ROUTES.length + Object.keys(STEP_HANDLERS).length + SCHEDULES.length + 1,
    );
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
    for (const [id, role] of Object.entries(resources)) {
      if (role.Type === "AWS::IAM::Role" && !cdkOwn(id))
        expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
    const policies = ofType("AWS::IAM::Policy").map((policy) => JSON.stringify(policy.Properties));
    const writers = policies.filter((policy) => policy.includes("dynamodb:PutItem"));
    expect(writers).toHaveLength(
      ROUTES.filter((route) => route.table === "readWrite").length +
        Object.values(STEP_TABLE_ACCESS).filter((access) => access.write.length > 0).length +
        SCHEDULES.length +
        1,
    );
  });
});

describe("the secrets", () => {
  it("are only the form link key, the request counters' key and CloudFront's origin key: coordinators sign in with Cognito, no shared token on AWS", () => {
    template.resourceCountIs("AWS::SecretsManager::Secret", 3);
    for (const fn of ofType("AWS::Lambda::Function")) {
      expect(variablesOf(fn).COORDINATOR_TOKEN_SECRET_ARN).toBeUndefined();
      expect(variablesOf(fn).COORDINATOR_TOKEN).toBeUndefined();
    }
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

describe("coordinator sign-in (Cognito)", () => {
  const poolRef = () => ({ Ref: idsOfType("AWS::Cognito::UserPool")[0] });

  it("is one user pool: no self sign-up, e-mail sign-in, TOTP MFA required, a strong password policy", () => {
    expect(idsOfType("AWS::Cognito::UserPool")).toHaveLength(1);
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ["email"],
      MfaConfiguration: "ON",
      EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
      DeletionProtection: "ACTIVE",
    });
    template.hasResource("AWS::Cognito::UserPool", { DeletionPolicy: "Retain" });
  });

  it("has the coordinators group", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolGroup", {
      GroupName: "coordinators",
      UserPoolId: poolRef(),
    });
  });

  it("has a console app client: authorization code (PKCE), no secret, back to the console URL", () => {
    const consoleUrl = {
      "Fn::Join": [
        "",
        [
          "https://",
          { "Fn::GetAtt": [idsOfType("AWS::CloudFront::Distribution")[0], "DomainName"] },
          `/${CONSOLE_PREFIX}/`,
        ],
      ],
    };
    template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      UserPoolId: poolRef(),
      GenerateSecret: false,
      AllowedOAuthFlows: ["code"],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(["openid"]),
      CallbackURLs: [consoleUrl],
      LogoutURLs: [consoleUrl],
      SupportedIdentityProviders: ["COGNITO"],
    });
    template.hasResourceProperties("AWS::Cognito::UserPoolDomain", { UserPoolId: poolRef() });
  });

  it("guards every coordinator route with the JWT authorizer (the pool's issuer, the client's audience) and no participant route", () => {
    const [authorizerId] = idsOfType("AWS::ApiGatewayV2::Authorizer");
    expect(idsOfType("AWS::ApiGatewayV2::Authorizer")).toHaveLength(1);
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: {
        Audience: [{ Ref: idsOfType("AWS::Cognito::UserPoolClient")[0] }],
        Issuer: {
          "Fn::Join": ["", [`https://cognito-idp.${DEFAULT_REGION}.amazonaws.com/`, poolRef()]],
        },
      },
    });
    const routes = new Map(
      ofType("AWS::ApiGatewayV2::Route").map((route) => [
        route.Properties.RouteKey as string,
        route.Properties,
      ]),
    );
    for (const route of ROUTES) {
      const properties = routes.get(`${route.method} ${route.path}`);
      if (route.coordinator) {
        expect(properties, route.path).toMatchObject({
          AuthorizationType: "JWT",
          AuthorizerId: { Ref: authorizerId },
        });
      } else {
        expect(properties?.AuthorizationType, route.path).toBe("NONE");
        expect(properties?.AuthorizerId, route.path).toBeUndefined();
      }
    }
  });

  it("tells exactly the coordinator functions to require the coordinators group from the claims", () => {
    const withCognito = systemFunctions().filter(
      (fn) => variablesOf(fn).COORDINATOR_AUTH === "cognito",
    );
    expect(withCognito).toHaveLength(ROUTES.filter((route) => route.coordinator).length);
  });
});

describe("the console hosting", () => {
  const distributionId = () => idsOfType("AWS::CloudFront::Distribution")[0] ?? "";
  const distribution = () =>
    resources[distributionId()]?.Properties.DistributionConfig as Record<string, unknown>;
  const consoleBucketId = () => {
    const origins = distribution().Origins as { S3OriginConfig?: unknown; DomainName: unknown }[];
    const s3 = origins.find((origin) => origin.S3OriginConfig);
    return (s3?.DomainName as { "Fn::GetAtt"?: string[] } | undefined)?.["Fn::GetAtt"]?.[0] ?? "";
  };

  it("is one distribution whose default origin is the console bucket through origin access control", () => {
    expect(idsOfType("AWS::CloudFront::Distribution")).toHaveLength(1);
    const [oacId] = idsOfType("AWS::CloudFront::OriginAccessControl");
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: "s3",
        SigningBehavior: "always",
        SigningProtocol: "sigv4",
      },
    });
    const origins = distribution().Origins as Record<string, unknown>[];
    const s3 = origins.find((origin) => origin.S3OriginConfig);
    expect(s3).toMatchObject({
      OriginAccessControlId: { "Fn::GetAtt": [oacId, "Id"] },
      S3OriginConfig: { OriginAccessIdentity: "" }, // no legacy OAI
    });
    template.resourceCountIs("AWS::CloudFront::CloudFrontOriginAccessIdentity", 0);
  });

  it("keeps the bucket private: all public access blocked, encrypted, TLS only, access logged", () => {
    const bucket = resources[consoleBucketId()];
    expect(bucket?.Type).toBe("AWS::S3::Bucket");
    expect(bucket?.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } },
        ],
      },
      LoggingConfiguration: { DestinationBucketName: { Ref: expect.any(String) } },
    });
    expect(bucket?.Properties.WebsiteConfiguration).toBeUndefined();
    for (const id of idsOfType("AWS::S3::Bucket")) {
      expect(resources[id]?.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it("lets only CloudFront read the bucket, and only for this distribution", () => {
    const policy = ofType("AWS::S3::BucketPolicy").find(
      (p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: consoleBucketId() }),
    );
    const statements = (
      policy?.Properties.PolicyDocument as { Statement: Record<string, unknown>[] } | undefined
    )?.Statement;
    expect(statements).toBeDefined();
    const allows = statements?.filter((statement) => statement.Effect === "Allow") ?? [];
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Action: "s3:GetObject",
      Principal: { Service: "cloudfront.amazonaws.com" },
      Condition: {
        StringEquals: {
          "AWS:SourceArn": {
            "Fn::Join": ["", expect.arrayContaining([":distribution/", { Ref: distributionId() }])],
          },
        },
      },
    });
    // The other statement refuses every request without TLS.
    expect(statements?.filter((statement) => statement.Effect === "Deny")).toEqual([
      expect.objectContaining({ Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    ]);
  });

  it("routes console pages to the app's index.html without hiding the API's errors", () => {
    const config = distribution();
    expect(config.CustomErrorResponses).toBeUndefined();
    const defaultBehavior = config.DefaultCacheBehavior as Record<string, unknown>;
    expect(defaultBehavior).toMatchObject({
      ViewerProtocolPolicy: "redirect-to-https",
      FunctionAssociations: [
        {
          EventType: "viewer-request",
          FunctionARN: {
            "Fn::GetAtt": [idsOfType("AWS::CloudFront::Function")[0], "FunctionARN"],
          },
        },
      ],
    });
    template.hasResourceProperties("AWS::CloudFront::Function", {
      FunctionCode: SPA_ROUTING_CODE,
      FunctionConfig: Match.objectLike({ Runtime: "cloudfront-js-2.0" }),
    });
    type Request = { uri: string };
    const handler = new Function(`${SPA_ROUTING_CODE}; return handler;`)() as (event: {
      request: Request;
    }) => Request & { statusCode?: number; headers?: Record<string, { value: string }> };
    const route = (uri: string) => handler({ request: { uri } });
    expect(route("/console/").uri).toBe("/console/index.html");
    expect(route("/console/relationships/rel_1").uri).toBe("/console/index.html");
    expect(route("/console/assets/index-abc.js").uri).toBe("/console/assets/index-abc.js");
    expect(route("/console/config.json").uri).toBe("/console/config.json");
    expect(route("/")).toMatchObject({
      statusCode: 302,
      headers: { location: { value: "/console/" } },
    });
  });

  it("forwards /api/* to the HTTP API uncached with the viewer's headers (Authorization too)", () => {
    const config = distribution();
    const behaviors = config.CacheBehaviors as Record<string, unknown>[];
    const api = behaviors.find((behavior) => behavior.PathPattern === "/api/*");
    expect(api).toMatchObject({
      ViewerProtocolPolicy: "https-only",
      CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", // Managed-CachingDisabled
      OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac", // AllViewerExceptHostHeader
    });
    expect(api?.AllowedMethods).toEqual(expect.arrayContaining(["GET", "POST"]));
    const origins = config.Origins as Record<string, unknown>[];
    const origin = origins.find((o) => o.Id === api?.TargetOriginId);
    const [httpApiId] = idsOfType("AWS::ApiGatewayV2::Api");
    expect(origin).toMatchObject({
      DomainName: {
        "Fn::Select": [2, { "Fn::Split": ["/", { "Fn::GetAtt": [httpApiId, "ApiEndpoint"] }] }],
      },
      CustomOriginConfig: { OriginProtocolPolicy: "https-only", OriginSSLProtocols: ["TLSv1.2"] },
    });
  });

  it("sends the security headers with every answer", () => {
    // The console's policy (with its CSP); participant pages have one without (theirs is stricter).
    const policyIds = idsOfType("AWS::CloudFront::ResponseHeadersPolicy");
    const policyId = policyIds.find((id) => id.startsWith("ConsoleSecurityHeaders"));
    for (const id of policyIds)
      expect(resources[id]?.Properties.ResponseHeadersPolicyConfig, id).toMatchObject({
        SecurityHeadersConfig: {
          StrictTransportSecurity: expect.objectContaining({ Override: true }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: "DENY", Override: true },
          ReferrerPolicy: expect.objectContaining({ ReferrerPolicy: "no-referrer" }),
        },
      });
    const headers = resources[policyId ?? ""]?.Properties.ResponseHeadersPolicyConfig as
      | { SecurityHeadersConfig?: { ContentSecurityPolicy?: { ContentSecurityPolicy?: unknown } } }
      | undefined;
    const csp = JSON.stringify(headers?.SecurityHeadersConfig?.ContentSecurityPolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self' https://*.amazoncognito.com",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    const config = distribution();
    const behaviors = [
      config.DefaultCacheBehavior,
      ...(config.CacheBehaviors as unknown[]),
    ] as Record<string, unknown>[];
    for (const behavior of behaviors)
      expect(policyIds.map((id) => ({ Ref: id }))).toContainEqual(behavior.ResponseHeadersPolicyId);
    for (const behavior of behaviors.filter((b) => !b.PathPattern || b.PathPattern === "/api/*"))
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it("deploys the built console and its config.json under console/ and clears CloudFront's copy", () => {
    const deployments = ofType("Custom::CDKBucketDeployment");
    expect(deployments).toHaveLength(1);
    const properties = deployments[0]?.Properties;
    expect(properties).toMatchObject({
      DestinationBucketName: { Ref: consoleBucketId() },
      DestinationBucketKeyPrefix: `${CONSOLE_PREFIX}/`,
      DistributionId: { Ref: distributionId() },
      DistributionPaths: [`/${CONSOLE_PREFIX}/*`],
      Prune: true,
    });
    // Two sources: the build, and config.json with the user pool's ids filled in at deploy time.
    expect(properties?.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(properties?.SourceMarkers);
    expect(markers).toContain(`{"Ref":"${idsOfType("AWS::Cognito::UserPool")[0]}"}`);
    expect(markers).toContain(`{"Ref":"${idsOfType("AWS::Cognito::UserPoolClient")[0]}"}`);
  });

  it("outputs the console URL, the user pool id and the console client id", () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.ConsoleUrl?.Value).toEqual({
      "Fn::Join": [
        "",
        ["https://", { "Fn::GetAtt": [distributionId(), "DomainName"] }, `/${CONSOLE_PREFIX}/`],
      ],
    });
    expect(outputs.UserPoolId?.Value).toEqual({ Ref: idsOfType("AWS::Cognito::UserPool")[0] });
    expect(outputs.ConsoleClientId?.Value).toEqual({
      Ref: idsOfType("AWS::Cognito::UserPoolClient")[0],
    });
    expect(outputs.CoordinatorTokenSecret).toBeUndefined();
  });
});
