import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { LogLevel, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { RouteDefinition } from "../routes.js";
import type { AuthConstruct } from "./auth-construct.js";
import type { DataConstruct } from "./data-construct.js";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ApiConstructProps {
  routes: readonly RouteDefinition[];
  data: DataConstruct;
  auth: AuthConstruct;
  /** Shown on every participant page. */
  contactEmail: string;
}

/**
 * The HTTP API: one NodejsFunction per handler module (esbuild, Node 22, ARM64), each
 * granted only the table access its route declares.
 */
export class ApiConstruct extends Construct {
  readonly api: HttpApi;
  readonly functions = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, props: ApiConstructProps) {
    super(scope, id);
    this.api = new HttpApi(this, "HttpApi", {
      description: "Mentoring programme: participant forms and the coordinator API",
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: ["*"],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
        allowHeaders: ["content-type", "authorization"],
      },
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
        "Participant routes are public by design: applicants have no accounts, forms are guarded by signed links. Coordinator routes get their own authorizer.",
    });
    for (const route of props.routes) {
      const fn = this.functionFor(route, props);
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn),
      });
    }
  }

  private functionFor(route: RouteDefinition, props: ApiConstructProps): NodejsFunction {
    const existing = this.functions.get(route.id);
    if (existing) return existing;
    const logGroup = new LogGroup(this, `${route.id}Logs`, {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of the AWS-managed basic execution policy: it may write to its
    // own log group only.
    const role = new Role(this, `${route.id}Role`, {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [logGroup.logGroupArn],
      }),
    );
    const fn = new NodejsFunction(this, route.id, {
      role,
      entry: resolve(repositoryRoot, route.entry),
      handler: "handler",
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      projectRoot: repositoryRoot,
      depsLockFilePath: resolve(repositoryRoot, "package-lock.json"),
      environment: {
        TABLE_NAME: props.data.table.tableName,
        CONTACT_EMAIL: props.contactEmail,
        NODE_OPTIONS: "--enable-source-maps",
      },
      bundling: {
        format: OutputFormat.ESM,
        target: "node22",
        minify: true,
        sourceMap: true,
        logLevel: LogLevel.ERROR,
        mainFields: ["module", "main"],
        // ESM bundles still meet CommonJS dependencies that call require().
        banner:
          "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
    });
    if (route.coordinator) {
      fn.addEnvironment("COORDINATOR_TOKEN_SECRET_ARN", props.auth.coordinatorToken.secretArn);
      props.auth.grantRead(fn);
    }
    if (route.table === "read") props.data.grantRead(fn);
    if (route.table === "readWrite") props.data.grantReadWrite(fn);
    Validations.of(fn).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "Node.js 22 is the runtime the project targets and tests; moving to 24 is a separate decision.",
    });
    Validations.of(role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "X-Ray's PutTraceSegments and PutTelemetryRecords support no resource-level permissions.",
    });
    if (route.table) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.data.table.node.defaultChild as CfnElement)}.Arn>/index/*]`,
        reason: "Queries go to the table's own global secondary indexes.",
      });
    }
    this.functions.set(route.id, fn);
    return fn;
  }
}
