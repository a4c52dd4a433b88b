import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import { HttpUserPoolAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from "aws-cdk-lib/aws-cognito";
import type { IGrantable } from "aws-cdk-lib/aws-iam";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { COORDINATORS_GROUP } from "../../shared/adapters/cognito/cognito-claims-auth.js";

export interface AuthConstructProps {
  /** Where the console is served (`https://<distribution>/console/`): its sign-in returns there. */
  consoleUrl: string;
}

/** What the console SPA needs to sign a coordinator in (served as `/console/config.json`). */
export interface ConsoleSignInConfig {
  signIn: "cognito";
  region: string;
  userPoolId: string;
  clientId: string;
  /** The user pool's OAuth 2.0 endpoints: `<authDomain>/oauth2/authorize`, `/oauth2/token`, `/logout`. */
  authDomain: string;
  redirectUri: string;
  scopes: string[];
}

const CONSOLE_SCOPES = [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE];

/**
 * Who may do what. Coordinators sign in to the console with Cognito (a user pool without
 * self sign-up, e-mail as the user name, TOTP MFA required, threat protection) and must be
 * in the `coordinators` group; the HTTP API checks their JWT. Participants have no
 * accounts: their form links are signed with the form link key.
 */
export class AuthConstruct extends Construct {
  readonly userPool: UserPool;
  readonly coordinatorsGroup: CfnUserPoolGroup;
  /** The console SPA's app client: authorization code with PKCE, no secret. */
  readonly consoleClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The JWT authorizer of every coordinator route: issuer the user pool, audience the console client. */
  readonly coordinatorAuthorizer: HttpUserPoolAuthorizer;
  /** The key that signs form links (a JSON array of keys during a rotation). */
  readonly formLinkKey: Secret;
  private readonly consoleUrl: string;

  constructor(scope: Construct, id: string, props: AuthConstructProps) {
    super(scope, id);
    this.consoleUrl = props.consoleUrl;
    this.userPool = new UserPool(this, "Coordinators", {
      userPoolName: `${Stack.of(this).stackName}-coordinators`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // A stolen password alone opens nothing: every coordinator signs in with a TOTP app
      // (enrolled at the first sign-in); no SMS, whose codes can be intercepted.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // Plus: threat protection blocks sign-ins with leaked credentials and risky ones; a
      // handful of coordinators make its per-user price negligible.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.coordinatorsGroup = new CfnUserPoolGroup(this, "CoordinatorsGroup", {
      userPoolId: this.userPool.userPoolId,
      groupName: COORDINATORS_GROUP,
      description: "Programme coordinators: may use the coordinator console and its API",
    });
    this.domain = this.userPool.addDomain("Domain", {
      cognitoDomain: {
        domainPrefix: `${Stack.of(this).stackName.toLowerCase()}-${Stack.of(this).account}`,
      },
    });
    this.consoleClient = this.userPool.addClient("ConsoleClient", {
      userPoolClientName: "coordinator-console",
      generateSecret: false, // a browser app keeps no secret: PKCE protects the code
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: CONSOLE_SCOPES,
        callbackUrls: [props.consoleUrl],
        logoutUrls: [props.consoleUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
    });
    this.coordinatorAuthorizer = new HttpUserPoolAuthorizer(
      "CoordinatorAuthorizer",
      this.userPool,
      { userPoolClients: [this.consoleClient], authorizerName: "coordinators" },
    );

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
  }

  /** What the console needs to start the sign-in (authorization code with PKCE). */
  consoleSignInConfig(): ConsoleSignInConfig {
    return {
      signIn: "cognito",
      region: Stack.of(this).region,
      userPoolId: this.userPool.userPoolId,
      clientId: this.consoleClient.userPoolClientId,
      authDomain: this.domain.baseUrl(),
      redirectUri: this.consoleUrl,
      scopes: CONSOLE_SCOPES.map((scope) => scope.scopeName),
    };
  }

  grantFormLinks(grantee: IGrantable) {
    return this.formLinkKey.grantRead(grantee);
  }
}
