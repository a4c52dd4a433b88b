import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { ORIGIN_HEADER, ORIGIN_SECRET_ENV } from "../../functions/http/check-origin.js";
import { buildApp } from "../../infra/build-app.js";
import {
  MANAGED_RULE_GROUPS,
  REQUESTS_PER_CLIENT_PER_5_MINUTES,
} from "../../infra/constructs/firewall-construct.js";
import { publicPaths } from "../../infra/constructs/origin-construct.js";
import { FIREWALL_REGION } from "../../infra/firewall-stack.js";
import { ROUTES } from "../../infra/routes.js";

/**
 * Hole 6 of issue 11, as the template shows it: one public origin (the CloudFront
 * distribution) serves every participant route and the API, behind a WAF web ACL made in
 * us-east-1; only requests carrying CloudFront's secret header reach the functions; every
 * link in an e-mail points at the distribution; no CORS.
 */
type Resource = { Type: string; Properties: Record<string, unknown> };
let main: Record<string, Resource>;
let firewall: Record<string, Resource>;
let firewallRegion: string | undefined;

beforeAll(() => {
  const built = buildApp({
    checks: false,
    appProps: {
      outdir: mkdtempSync(join(tmpdir(), "cdk-origin-")),
      context: { "aws:cdk:bundling-stacks": [] },
    },
  });
  built.app.synth();
  main = Template.fromStack(built.stack).toJSON().Resources;
  firewall = Template.fromStack(built.firewall).toJSON().Resources;
  firewallRegion = built.firewall.region;
});

const ofType = (resources: Record<string, Resource>, type: string) =>
  Object.entries(resources).filter(([, r]) => r.Type === type);
const distributionConfig = () => {
  const [found] = ofType(main, "AWS::CloudFront::Distribution");
  return found?.[1].Properties.DistributionConfig as {
    WebACLId?: unknown;
    Origins: { Id: string; DomainName: unknown; OriginCustomHeaders?: unknown[] }[];
    CacheBehaviors: {
      PathPattern: string;
      TargetOriginId: string;
      AllowedMethods: string[];
      CachePolicyId: string;
      OriginRequestPolicyId: string;
    }[];
  };
};
const apiOrigin = () => {
  const origin = distributionConfig().Origins.find((o) =>
    JSON.stringify(o.DomainName).includes("ApiEndpoint"),
  );
  if (!origin) throw new Error("no API origin on the distribution");
  return origin;
};
const environmentOf = (fn: Resource) =>
  ((fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ??
    {}) as Record<string, unknown>;
const systemFunctions = () =>
  ofType(main, "AWS::Lambda::Function").filter(
    ([id]) => !id.startsWith("CustomCDK") && !id.startsWith("CustomCrossRegion"),
  );

describe("the web ACL", () => {
  it("lives in us-east-1 with CLOUDFRONT scope: a rate rule per IP, then the AWS common and known-bad-inputs groups", () => {
    expect(firewallRegion).toBe(FIREWALL_REGION);
    expect(FIREWALL_REGION).toBe("us-east-1");
    const acls = ofType(firewall, "AWS::WAFv2::WebACL");
    expect(acls).toHaveLength(1);
    const acl = acls[0]?.[1].Properties as {
      Scope: string;
      DefaultAction: unknown;
      Rules: {
        Name: string;
        Priority: number;
        Statement: {
          RateBasedStatement?: Record<string, unknown>;
          ManagedRuleGroupStatement?: { Name: string };
        };
        Action?: Record<string, unknown>;
      }[];
    };
    expect(acl.Scope).toBe("CLOUDFRONT");
    expect(acl.DefaultAction).toEqual({ Allow: {} });
    const [rate, ...managed] = [...acl.Rules].sort((a, b) => a.Priority - b.Priority);
    expect(rate?.Statement.RateBasedStatement).toMatchObject({
      AggregateKeyType: "IP",
      Limit: REQUESTS_PER_CLIENT_PER_5_MINUTES,
    });
    expect(rate?.Action).toHaveProperty("Block");
    expect(managed.map((rule) => rule.Statement.ManagedRuleGroupStatement?.Name)).toEqual([
      ...MANAGED_RULE_GROUPS,
    ]);
    expect(MANAGED_RULE_GROUPS).toEqual([
      "AWSManagedRulesCommonRuleSet",
      "AWSManagedRulesKnownBadInputsRuleSet",
    ]);
  });

  it("guards the distribution through a cross-region reference, not a literal", () => {
    const webAcl = JSON.stringify(distributionConfig().WebACLId);
    expect(webAcl).toContain("Fn::GetAtt");
    expect(webAcl).toContain("FirewallWebAcl");
  });
});

describe("the distribution as the one public origin", () => {
  it("has a behaviour for every participant path and /api/*, all to the API, uncached, with the viewer's headers but Host", () => {
    const behaviours = distributionConfig().CacheBehaviors;
    const patterns = behaviours.map((b) => b.PathPattern).sort();
    for (const expected of [
      "/apply",
      "/f/*",
      "/link-requests",
      "/guide/*",
      "/certificates/*",
      "/api/*",
      "/confirm/*",
    ])
      expect(patterns).toContain(expected);
    expect(patterns).toEqual(
      publicPaths(ROUTES)
        .map((p) => p.pattern)
        .sort(),
    );
    const origin = apiOrigin();
    for (const behaviour of behaviours) {
      expect(behaviour.TargetOriginId, behaviour.PathPattern).toBe(origin.Id);
      // Managed CachingDisabled and AllViewerExceptHostHeader (which also forwards
      // CloudFront-Viewer-Address, the client the request limits count).
      expect(behaviour.CachePolicyId).toBe("4135ea2d-6df8-44a3-9df3-4b5a84be39ad");
      expect(behaviour.OriginRequestPolicyId).toBe("b689b0a8-53d0-40ab-baf2-68738e2966ac");
    }
    // A page-only path takes no POST.
    const guide = behaviours.find((b) => b.PathPattern === "/guide/*");
    expect(guide?.AllowedMethods.sort()).toEqual(["GET", "HEAD"]);
  });

  it("adds a secret header from Secrets Manager that every API function is told to expect", () => {
    const headers = apiOrigin().OriginCustomHeaders as {
      HeaderName: string;
      HeaderValue: unknown;
    }[];
    const header = headers.find((h) => h.HeaderName === ORIGIN_HEADER);
    const value = JSON.stringify(header?.HeaderValue);
    expect(value).toContain("{{resolve:secretsmanager:");
    const apiFunctions = systemFunctions().filter(([id]) => id.startsWith("Api"));
    expect(apiFunctions).toHaveLength(ROUTES.length);
    for (const [id, fn] of apiFunctions)
      expect(JSON.stringify(environmentOf(fn)[ORIGIN_SECRET_ENV]), id).toBe(value);
  });

  it("is where every e-mail link points: PUBLIC_BASE_URL is the distribution, never execute-api", () => {
    const functions = systemFunctions();
    expect(functions.length).toBeGreaterThan(ROUTES.length);
    for (const [id, fn] of functions) {
      const base = JSON.stringify(environmentOf(fn).PUBLIC_BASE_URL);
      expect(base, id).toContain("ConsoleDistribution");
      expect(base, id).toContain("DomainName");
      expect(base, id).not.toContain("ApiEndpoint");
    }
  });

  it("answers no other origin's script: the HTTP API has no CORS", () => {
    const apis = ofType(main, "AWS::ApiGatewayV2::Api");
    expect(apis).toHaveLength(1);
    expect(apis[0]?.[1].Properties.CorsConfiguration).toBeUndefined();
  });
});
