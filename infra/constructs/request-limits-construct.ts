import { RemovalPolicy, Validations } from "aws-cdk-lib";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

/**
 * The per-client request limits of the public POST routes: their counters live in the
 * table, named by an HMAC of the client's (or e-mail) address under this key, so the table
 * never holds an address in clear. Only the functions that count may read it.
 */
export class RequestLimitsConstruct extends Construct {
  readonly counterKey: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.counterKey = new Secret(this, "RequestCounterKey", {
      description: "HMAC key that names client and e-mail addresses in the request counters",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Losing it only starts the counts afresh.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.counterKey).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Rotated by hand when needed: a new key only starts every count afresh (counters last a day at most).",
    });
  }

  /** A function that counts requests: may read the key and knows where it is. */
  limit(fn: NodejsFunction) {
    this.counterKey.grantRead(fn);
    fn.addEnvironment("REQUEST_COUNTER_KEY_ARN", this.counterKey.secretArn);
  }
}
