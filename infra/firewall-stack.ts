import { Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { FirewallConstruct } from "./constructs/firewall-construct.js";

/** A web ACL for CloudFront must be made in us-east-1, whatever region the system runs in. */
export const FIREWALL_REGION = "us-east-1";

/**
 * The small stack in us-east-1 that holds the web ACL; the system's stack reads its ARN
 * through a cross-region reference (an SSM parameter CDK writes in the system's region).
 */
export class FirewallStack extends Stack {
  readonly firewall: FirewallConstruct;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, {
      ...props,
      env: { account: props.env?.account, region: FIREWALL_REGION },
      crossRegionReferences: true,
    });
    this.firewall = new FirewallConstruct(this, "Firewall");
  }

  get webAclArn(): string {
    return this.firewall.webAcl.attrArn;
  }
}
