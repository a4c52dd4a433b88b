import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { LogLevel, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import type { DataConstruct } from "./data-construct.js";

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface NodeFunctionProps {
  /** Handler module relative to the repository root (exports `handler`). */
  entry: string;
  data: DataConstruct;
  environment?: Record<string, string>;
  timeout?: Duration;
  /**
   * The function renders certificate PDFs: the bundle carries the DejaVu fonts (Latvian
   * letters) in `fonts/` and `CERTIFICATE_FONT_DIR` points there (shared/certificates/
   * certificate-font.ts; esbuild does not follow the run-time read of the font files).
   */
  certificateFonts?: boolean;
}

/** Where a bundled function finds the certificate fonts (`/var/task` is the bundle). */
export const CERTIFICATE_FONT_DIR = "/var/task/fonts";
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

/**
 * One Lambda as every function of the system is made: esbuild bundle, Node.js 22 on ARM64,
 * tracing, JSON logs in its own log group, and a role that may write only there.
 */
export function createNodeFunction(
  scope: Construct,
  id: string,
  props: NodeFunctionProps,
): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.THREE_MONTHS,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  // An own role instead of the AWS-managed basic execution policy: it may write to its
  // own log group only.
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
  });
  role.addToPolicy(
    new PolicyStatement({
      actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
      resources: [logGroup.logGroupArn],
    }),
  );
  const fn = new NodejsFunction(scope, id, {
    role,
    entry: resolve(repositoryRoot, props.entry),
    handler: "handler",
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: props.timeout ?? Duration.seconds(10),
    tracing: Tracing.ACTIVE,
    loggingFormat: LoggingFormat.JSON,
    logGroup,
    projectRoot: repositoryRoot,
    depsLockFilePath: resolve(repositoryRoot, "package-lock.json"),
    environment: {
      TABLE_NAME: props.data.table.tableName,
      NODE_OPTIONS: "--enable-source-maps",
      ...(props.certificateFonts ? { CERTIFICATE_FONT_DIR } : {}),
      ...props.environment,
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
      ...(props.certificateFonts
        ? {
            commandHooks: {
              beforeBundling: () => [],
              beforeInstall: () => [],
              afterBundling: (inputDir: string, outputDir: string) => [
                `mkdir -p "${outputDir}/fonts"`,
                ...FONT_FILES.map(
                  (file) =>
                    `cp "${inputDir}/node_modules/dejavu-fonts-ttf/ttf/${file}" "${outputDir}/fonts/"`,
                ),
              ],
            },
          }
        : {}),
    },
  });
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
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${Stack.of(scope).getLogicalId(props.data.table.node.defaultChild as CfnElement)}.Arn>/index/*]`,
    reason: "Queries go to the table's own global secondary indexes.",
  });
  return fn;
}
