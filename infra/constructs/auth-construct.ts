import { RemovalPolicy, Validations } from "aws-cdk-lib";
import type { IGrantable } from "aws-cdk-lib/aws-iam";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

/**
 * Coordinator credentials. For now one generated bearer token in Secrets Manager (read it
 * with `aws secretsmanager get-secret-value`); the console issue replaces it with Cognito.
 */
export class AuthConstruct extends Construct {
  readonly coordinatorToken: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.coordinatorToken = new Secret(this, "CoordinatorToken", {
      description: "Bearer token of the programme coordinators (console API)",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.coordinatorToken).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "A shared interim token, rotated by hand; Cognito sign-in replaces it with the console.",
    });
  }

  grantRead(grantee: IGrantable) {
    return this.coordinatorToken.grantRead(grantee);
  }
}
