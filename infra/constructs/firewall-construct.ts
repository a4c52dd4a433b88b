import { Stack } from "aws-cdk-lib";
import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";

/**
 * Requests one client address may make in five minutes, over the whole site. A console
 * page load is a few dozen requests and a form a handful; a script past this is blocked
 * until its rate drops (per-route budgets in limit-clients.ts count finer, per hour).
 */
export const REQUESTS_PER_CLIENT_PER_5_MINUTES = 1000;

/** AWS managed rule groups in front of everything: common exploits, then known bad inputs. */
export const MANAGED_RULE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
] as const;

const metrics = (name: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName: name,
  sampledRequestsEnabled: true,
});

/**
 * The AWS WAF web ACL of the public distribution (CLOUDFRONT scope, so its stack is in
 * us-east-1): a rate-based rule per client IP, then the two managed rule groups. The common
 * set's 8 KB body limit only counts: long answers in Latvian (3 bytes a letter, encoded)
 * pass it, and the functions refuse bodies over 64 KB themselves (parse-body.ts).
 */
export class FirewallConstruct extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const name = `${Stack.of(this).stackName}-public`;
    this.webAcl = new CfnWebACL(this, "WebAcl", {
      name,
      description: "Mentoring programme: the console and the participant pages",
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      visibilityConfig: metrics(name),
      rules: [
        {
          name: "RatePerClient",
          priority: 0,
          action: { block: { customResponse: { responseCode: 429 } } },
          statement: {
            rateBasedStatement: {
              limit: REQUESTS_PER_CLIENT_PER_5_MINUTES,
              evaluationWindowSec: 300,
              aggregateKeyType: "IP",
            },
          },
          visibilityConfig: metrics(`${name}-rate`),
        },
        ...MANAGED_RULE_GROUPS.map((group, i) => ({
          name: group,
          priority: i + 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: "AWS",
              name: group,
              ...(group === "AWSManagedRulesCommonRuleSet"
                ? {
                    ruleActionOverrides: [
                      { name: "SizeRestrictions_BODY", actionToUse: { count: {} } },
                    ],
                  }
                : {}),
            },
          },
          visibilityConfig: metrics(`${name}-${group}`),
        })),
      ],
    });
  }
}
