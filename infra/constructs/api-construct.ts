import { RemovalPolicy, Validations } from "aws-cdk-lib";
import {
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { RouteDefinition, RouteGrant } from "../routes.js";
import { routeTableAccess } from "../table-access.js";
import type { AuthConstruct } from "./auth-construct.js";
import type { DataConstruct } from "./data-construct.js";
import { createNodeFunction } from "./node-function.js";

export interface ApiConstructProps {
  routes: readonly RouteDefinition[];
  data: DataConstruct;
  auth: AuthConstruct;
  /** Settings every function gets (contact addresses, state machine, secrets' ARNs). */
  environment: Record<string, string>;
  /** Gives a function what its route declares beyond the table (start a workflow, ...). */
  grant: (grant: RouteGrant, fn: NodejsFunction) => void;
}

/**
 * The HTTP API: one NodejsFunction per handler module (esbuild, Node 22, ARM64), each
 * granted only the table access its route declares (public routes: infra/table-access.ts).
 */
export class ApiConstruct extends Construct {
  readonly api: HttpApi;
  readonly functions = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, props: ApiConstructProps) {
    super(scope, id);
    this.api = new HttpApi(this, "HttpApi", {
      description: "Mentoring programme: participant forms and the coordinator API",
      createDefaultStage: false,
      // No CORS: the console calls /api/* on its own origin (the CloudFront distribution),
      // so no other origin's script may read an answer.
    });
    const accessLogs = new LogGroup(this, "AccessLogs", {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      // Public forms: a ceiling that stops floods without touching a real cohort's traffic.
      throttle: { rateLimit: 50, burstLimit: 100 },
    });

    Validations.of(this.api).acknowledge({
      id: "AwsSolutions-APIG4",
      reason:
        "Participant routes are public by design: applicants have no accounts, forms are guarded by signed links. Coordinator routes have the Cognito JWT authorizer.",
    });
    for (const route of props.routes) {
      const fn = this.functionFor(route, props);
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn),
        // Coordinator routes: API Gateway checks the Cognito JWT before the function runs;
        // the function then requires the coordinators group (COORDINATOR_AUTH=cognito).
        ...(route.coordinator ? { authorizer: props.auth.coordinatorAuthorizer } : {}),
      });
    }
  }

  private functionFor(route: RouteDefinition, props: ApiConstructProps): NodejsFunction {
    const existing = this.functions.get(route.id);
    if (existing) return existing;
    const fn = createNodeFunction(this, route.id, {
      entry: route.entry,
      data: props.data,
      environment: { ...props.environment },
      ...(route.pdfFonts ? { certificateFonts: true } : {}),
    });
    if (route.coordinator) fn.addEnvironment("COORDINATOR_AUTH", "cognito");
    // The console sees the whole table; a public route only the item families it names.
    if (route.coordinator) {
      if (route.table === "read") props.data.grantRead(fn);
      if (route.table === "readWrite") props.data.grantReadWrite(fn);
    } else {
      const access = routeTableAccess(route);
      if (access) props.data.grantItems(fn, access);
    }
    for (const grant of route.grants ?? []) props.grant(grant, fn);
    this.functions.set(route.id, fn);
    return fn;
  }
}
