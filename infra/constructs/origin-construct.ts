import { Fn, RemovalPolicy, Validations } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  AllowedMethods,
  CachePolicy,
  type Distribution,
  type IResponseHeadersPolicy,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { Function as LambdaFunction } from "aws-cdk-lib/aws-lambda";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { ORIGIN_HEADER, ORIGIN_SECRET_ENV } from "../../functions/http/check-origin.js";
import type { RouteDefinition } from "../routes.js";
import { SECURITY_HEADERS } from "./console-construct.js";

/** One CloudFront path behaviour for the API and the methods its routes answer. */
export interface PublicPath {
  pattern: string;
  methods: ReadonlySet<RouteDefinition["method"]>;
}

/**
 * The distribution's path patterns for the routes: everything under `/api/` is `/api/*`, a
 * path with a parameter is its prefix up to the parameter (`/f/{link}` -> `/f/*`), any
 * other path is itself (`/apply`). `/` stays the default behaviour (the console's
 * redirect); a coordinator route outside `/api/` would slip past the console's origin, so
 * it fails the synth.
 */
export function publicPaths(routes: readonly RouteDefinition[]): PublicPath[] {
  const paths = new Map<string, Set<RouteDefinition["method"]>>();
  for (const route of routes) {
    if (route.path === "/") continue;
    const parameter = route.path.indexOf("/{");
    const pattern = route.path.startsWith("/api/")
      ? "/api/*"
      : parameter >= 0
        ? `${route.path.slice(0, parameter)}/*`
        : route.path;
    if (route.coordinator && pattern !== "/api/*")
      throw new Error(`coordinator route ${route.path} must live under /api/`);
    const methods = paths.get(pattern) ?? new Set();
    methods.add(route.method);
    paths.set(pattern, methods);
  }
  return [...paths].map(([pattern, methods]) => ({ pattern, methods }));
}

export interface OriginConstructProps {
  /** The console's distribution: the one public origin. */
  distribution: Distribution;
  api: IHttpApi;
  routes: readonly RouteDefinition[];
  /** The console's response headers, for `/api/*` (JSON answers and the console's calls). */
  apiHeaders: IResponseHeadersPolicy;
}

/**
 * The one public origin: every route of the HTTP API is served through the console's
 * CloudFront distribution (and so behind its web ACL), uncached, with the viewer's headers
 * but Host. CloudFront adds a secret header to each request it forwards; the functions
 * refuse a request without it (functions/http/check-origin.ts), so the execute-api address
 * answers nothing by itself. Links in e-mails use the distribution's address too
 * (ConsoleConstruct.siteUrl, PUBLIC_BASE_URL).
 */
export class OriginConstruct extends Construct {
  /** The value of CloudFront's origin header (generated once, kept in Secrets Manager). */
  readonly originKey: Secret;
  /** Participant pages keep their own (stricter) Content-Security-Policy. */
  readonly pageHeaders: ResponseHeadersPolicy;
  readonly paths: PublicPath[];

  constructor(scope: Construct, id: string, props: OriginConstructProps) {
    super(scope, id);
    this.originKey = new Secret(this, "OriginVerifyKey", {
      description: "The header CloudFront adds to every request it forwards to the HTTP API",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      // Made again on a new stack; nothing outside the stack holds it.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.originKey).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "CloudFormation writes the value into the distribution and the functions at deploy time; rotating means changing the secret and deploying again, which a rotation Lambda could not do.",
    });
    this.pageHeaders = new ResponseHeadersPolicy(this, "PageHeaders", {
      comment: "Participant pages: security headers (the page sets its own CSP)",
      securityHeadersBehavior: SECURITY_HEADERS,
    });
    const origin = new HttpOrigin(Fn.select(2, Fn.split("/", props.api.apiEndpoint)), {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      // A viewer's own header of this name is replaced by CloudFront's.
      customHeaders: { [ORIGIN_HEADER]: this.originKey.secretValue.unsafeUnwrap() },
    });
    this.paths = publicPaths(props.routes);
    for (const path of this.paths) {
      const api = path.pattern === "/api/*";
      props.distribution.addBehavior(path.pattern, origin, {
        // A typed http:// page address is sent on to https://; a script's call is not.
        viewerProtocolPolicy: api
          ? ViewerProtocolPolicy.HTTPS_ONLY
          : ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: path.methods.has("POST")
          ? AllowedMethods.ALLOW_ALL
          : AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        // Every viewer header (Authorization, Accept-Language, the viewer's address) but
        // Host, which must name the API for API Gateway to route it.
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: api ? props.apiHeaders : this.pageHeaders,
      });
    }
  }

  /** A function behind the API: it learns the header's value and refuses requests without it. */
  expectOrigin(fn: LambdaFunction) {
    fn.addEnvironment(ORIGIN_SECRET_ENV, this.originKey.secretValue.unsafeUnwrap());
  }
}
