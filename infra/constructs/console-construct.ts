import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type CfnElement, Duration, RemovalPolicy, Stack, Token, Validations } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { repositoryRoot } from "./node-function.js";

/** Where the console lives in the bucket and on the distribution (Vite's `base`). */
export const CONSOLE_PREFIX = "console";

/**
 * The SPA routing of the default (S3) behaviour, a CloudFront Function on viewer request:
 * `/` and `/console` go to `/console/`; a console path without a file extension (a page of
 * the app, `/console/relationships/rel_1`) gets `/console/index.html`; files stay as they
 * are. Custom error responses (403/404 -> index.html) would do the same but apply to the
 * whole distribution, so the API's own 401, 403 and 404 under `/api/*` would become the
 * app's page with a 200.
 */
export const SPA_ROUTING_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === "/" || uri === "/${CONSOLE_PREFIX}") {
    return { statusCode: 302, statusDescription: "Found", headers: { location: { value: "/${CONSOLE_PREFIX}/" } } };
  }
  if (uri.indexOf("/${CONSOLE_PREFIX}/") === 0 && uri.slice(uri.lastIndexOf("/") + 1).indexOf(".") === -1) {
    request.uri = "/${CONSOLE_PREFIX}/index.html";
  }
  return request;
}`;

/**
 * The security headers every answer of the distribution carries (console, pages, API); the
 * console's policy adds its Content-Security-Policy, participant pages send their own.
 */
export const SECURITY_HEADERS = {
  contentTypeOptions: { override: true },
  frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
  referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
  strictTransportSecurity: {
    accessControlMaxAge: Duration.days(365),
    includeSubdomains: true,
    override: true,
  },
} as const;

export interface ConsoleConstructProps {
  /** The built console (Vite's output); default `console/dist`. */
  distDir?: string;
  /** The AWS WAF web ACL (CLOUDFRONT scope, so from us-east-1) in front of the distribution. */
  webAclArn?: string;
}

/**
 * The coordinator console on AWS: a private S3 bucket (no public access, TLS only,
 * encrypted, access logs) read by CloudFront through origin access control, SPA routing,
 * security headers, and the built app with its sign-in settings (`/console/config.json`)
 * deployed into it. The same distribution is the system's one public origin: the
 * OriginConstruct adds the participant routes and `/api/*`, and the web ACL guards it all.
 */
export class ConsoleConstruct extends Construct {
  readonly bucket: Bucket;
  /** Access logs of the bucket and of the distribution (90 days). */
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  /** `https://<distribution>/console/`: the console's address and its sign-in callback. */
  readonly url: string;
  /** `https://<distribution>`: the system's public address, where every e-mail link points. */
  readonly siteUrl: string;
  private readonly distDir: string;

  constructor(scope: Construct, id: string, props: ConsoleConstructProps = {}) {
    super(scope, id);
    this.distDir = props.distDir ?? resolve(repositoryRoot, "console/dist");
    this.logBucket = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL grant.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: "AwsSolutions-S1",
      reason: "This is the access-log bucket itself; logging it into itself would loop.",
    });
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: "bucket/",
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const region = Stack.of(this).region;
    this.headers = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: "Coordinator console: security headers",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            `connect-src 'self' https://*.amazoncognito.com https://cognito-idp.${region}.amazonaws.com`,
            "form-action 'self' https://*.amazoncognito.com",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
          ].join("; "),
          override: true,
        },
        ...SECURITY_HEADERS,
      },
    });

    this.distribution = new Distribution(this, "Distribution", {
      comment: "Mentoring programme: coordinator console and participant pages",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new EdgeFunction(this, "SpaRouting", {
              comment: "Console pages get the app's index.html",
              code: FunctionCode.fromInline(SPA_ROUTING_CODE),
              runtime: FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: "cloudfront/",
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
    });
    Validations.of(this.distribution).acknowledge({
      id: "AwsSolutions-CFR1",
      reason:
        "No geo restriction: coordinators work from wherever they travel; sign-in is Cognito's with threat protection.",
    });
    if (!props.webAclArn)
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions-CFR2",
        reason:
          "Only a console on its own (tests): the system's stack always attaches its web ACL.",
      });
    Validations.of(this.distribution).acknowledge({
      id: "AwsSolutions-CFR4",
      reason:
        "The default *.cloudfront.net certificate, whose policy CloudFront fixes; a custom domain with an ACM certificate and TLSv1.2_2021 is a deployment choice.",
    });
    this.siteUrl = `https://${this.distribution.distributionDomainName}`;
    this.url = `${this.siteUrl}/${CONSOLE_PREFIX}/`;
  }

  /**
   * Deploys the built console under `console/` with its `config.json`, and clears
   * CloudFront's copy. Without a build (a fresh clone that never ran `npm run
   * build:console`) a page saying so takes its place, so synth never needs the build.
   */
  deploy(config: Record<string, unknown>) {
    const built = existsSync(resolve(this.distDir, "index.html"));
    const app = built
      ? Source.asset(this.distDir, { exclude: ["build-hash.txt"] })
      : Source.data(
          "index.html",
          '<!doctype html><html lang="en"><meta charset="utf-8"><title>Console not built</title><p>The console was not built before this deployment: run <code>npm run build:console</code>, then deploy again.</p></html>',
        );
    // An own role: logs to its own group only, no AWS-managed policy.
    const logGroup = new LogGroup(this, "DeploymentLogs", {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, "DeploymentRole", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [logGroup.logGroupArn],
      }),
    );
    const deployment = new BucketDeployment(this, "Deployment", {
      sources: [app, Source.jsonData("config.json", config)],
      destinationBucket: this.bucket,
      destinationKeyPrefix: `${CONSOLE_PREFIX}/`,
      distribution: this.distribution,
      distributionPaths: [`/${CONSOLE_PREFIX}/*`],
      role,
      logGroup,
      memoryLimit: 512,
    });
    // cdk-nag names a pseudo parameter <AWS::Name> and a known value as it is.
    const stack = Stack.of(this);
    const named = (value: string, pseudo: string) =>
      Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
    const assetBucket = `arn:${named(stack.partition, "Partition")}:s3:::cdk-hnb659fds-assets-${named(stack.account, "AccountId")}-${named(stack.region, "Region")}`;
    for (const [finding, reason] of [
      [
        `Resource::${assetBucket}/*`,
        "Reads the build's zip from CDK's asset bucket, whose key is a content hash known only when the assets are published.",
      ],
      ["Action::s3:GetObject*", "Reads the build's zip and the files it replaces."],
      [
        "Action::s3:GetBucket*",
        "Reads the location and settings of the two buckets it copies between.",
      ],
      ["Action::s3:List*", "Lists the console's files to prune those the new build no longer has."],
      ["Action::s3:DeleteObject*", "Prunes files of the previous build from the console bucket."],
      ["Action::s3:Abort*", "Aborts its own unfinished multipart uploads."],
      [
        `Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>/*`,
        "Writes and prunes the console's files, which are all of the console bucket's objects.",
      ],
      [
        "Resource::*",
        "CloudFront's CreateInvalidation and GetInvalidation as BucketDeployment grants them; they clear the console's cached files after a deployment.",
      ],
    ] as const) {
      Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    }
    // BucketDeployment's handler is a singleton Lambda at the stack's top level.
    for (const handler of stack.node.children) {
      if (handler.node.id.startsWith("Custom::CDKBucketDeployment")) {
        Validations.of(handler).acknowledge({
          id: "AwsSolutions-L1",
          reason:
            "The runtime of CDK's own BucketDeployment handler, chosen and updated by aws-cdk-lib.",
        });
      }
    }
    return deployment;
  }

  /** Lets a principal (a CI role) publish a new build and clear CloudFront's copy. */
  grantPublish(grantee: IGrantable) {
    this.bucket.grantReadWrite(grantee, `${CONSOLE_PREFIX}/*`);
    return this.distribution.grantCreateInvalidation(grantee);
  }
}
