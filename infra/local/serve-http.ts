import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { matchPath, type RouteDefinition } from "../routes.js";
import { accessOfRoute, guardTableAccess, withTableAccess } from "./guard-table-access.js";
import { lambdaContext } from "./lambda-context.js";

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

/** API Gateway's own payload limit; our handlers enforce their smaller one. */
const GATEWAY_BODY_LIMIT = 10 * 1024 * 1024;
const TEXT_TYPES = /^(text\/|application\/(json|x-www-form-urlencoded|xml))/i;

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > GATEWAY_BODY_LIMIT) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolvePromise(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** Builds the HTTP API payload 2.0 event exactly as API Gateway would hand it to Lambda. */
export function toEvent(
  request: IncomingMessage,
  body: Buffer,
  route: RouteDefinition,
  pathParameters: Record<string, string>,
): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? "/", "http://localhost");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === "cookie") continue;
    headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    query[name] = name in query ? `${query[name]},${value}` : value;
  }
  const cookies = request.headers.cookie?.split(";").map((part) => part.trim());
  const method = request.method ?? "GET";
  const isText = TEXT_TYPES.test(headers["content-type"] ?? "");
  const now = new Date();
  return {
    version: "2.0",
    routeKey: `${route.method} ${route.path}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: headers.host ?? "localhost",
      domainPrefix: (headers.host ?? "localhost").split(".")[0] ?? "localhost",
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: `${route.method} ${route.path}`,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.byteLength > 0
      ? { body: isText ? body.toString("utf8") : body.toString("base64"), isBase64Encoded: !isText }
      : { isBase64Encoded: false }),
  };
}

function writeResult(response: ServerResponse, result: unknown) {
  // API Gateway v2 treats a result without statusCode as a 200 JSON body.
  const structured: APIGatewayProxyStructuredResultV2 =
    result && typeof result === "object" && "statusCode" in result
      ? (result as APIGatewayProxyStructuredResultV2)
      : {
          statusCode: 200,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(result),
        };
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name] = String(value);
  if (structured.cookies?.length) headers["set-cookie"] = structured.cookies;
  const body = structured.body ?? "";
  response.writeHead(structured.statusCode ?? 200, headers);
  response.end(structured.isBase64Encoded ? Buffer.from(body, "base64") : body);
}

const sendJson = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
};

export interface LocalServerOptions {
  routes: readonly RouteDefinition[];
  root: string;
  log?: (line: string) => void;
  /** Routes of the local runtime only (`/local/...`); answers true when it handled one. */
  local?: (request: IncomingMessage, response: ServerResponse, body: Buffer) => Promise<boolean>;
  /** Static files outside the API (the console at /console/); answers true when it served. */
  files?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
}

/** One HTTP server routing exactly the API Gateway routes to the Lambda handler modules. */
export async function createLocalServer(options: LocalServerOptions): Promise<Server> {
  const handlers = new Map<string, LambdaHandler>();
  // Each route's function touches only the items IAM lets it touch on AWS.
  guardTableAccess();
  for (const route of options.routes) {
    const module = (await import(pathToFileURL(resolve(options.root, route.entry)).href)) as {
      handler: LambdaHandler;
    };
    const access = accessOfRoute(route);
    handlers.set(route.id, (event, context) =>
      withTableAccess(`route ${route.id}`, access, () => module.handler(event, context)),
    );
  }

  return createServer(async (request, response) => {
    const started = performance.now();
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = request.method ?? "GET";
    try {
      const candidates = options.routes.flatMap((route) => {
        const parameters = matchPath(route.path, url.pathname);
        return parameters ? [{ route, parameters }] : [];
      });
      const found = candidates.find(({ route }) => route.method === method);
      if (!found && options.local && url.pathname.startsWith("/local/")) {
        if (await options.local(request, response, await readBody(request))) return;
      }
      if (!found && candidates.length === 0 && options.files) {
        if (await options.files(request, response)) return;
      }
      if (!found) {
        if (candidates.length > 0)
          sendJson(response, 405, {
            error: "method_not_allowed",
            message: "Method Not Allowed",
            issues: [],
          });
        else sendJson(response, 404, { error: "not_found", message: "Not Found", issues: [] });
        return;
      }
      const body = await readBody(request);
      const event = toEvent(request, body, found.route, found.parameters);
      const handler = handlers.get(found.route.id);
      if (!handler) throw new Error(`no handler for ${found.route.id}`);
      writeResult(response, await handler(event, lambdaContext(found.route.id)));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(response, 413, {
          error: "payload_too_large",
          message: "Request Entity Too Large",
          issues: [],
        });
      } else {
        console.error(error);
        if (!response.headersSent)
          sendJson(response, 500, {
            error: "internal_error",
            message: "Internal Server Error",
            issues: [],
          });
      }
    } finally {
      options.log?.(
        `${method} ${url.pathname} ${response.statusCode} ${(performance.now() - started).toFixed(0)}ms`,
      );
    }
  });
}
