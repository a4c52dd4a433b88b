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
  /** The key that signs form links (a JSON array of keys during a rotation). */
  readonly formLinkKey: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.coordinatorToken = new Secret(this, "CoordinatorToken", {
      description: "Bearer token of the programme coordinators (console API)",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.formLinkKey = new Secret(this, "FormLinkKey", {
      description: "HMAC key that signs the form links in participants' e-mails",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.formLinkKey).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Rotated by hand: the new key goes first in a JSON array and old links stay valid until they expire.",
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

  grantFormLinks(grantee: IGrantable) {
    return this.formLinkKey.grantRead(grantee);
  }
}
