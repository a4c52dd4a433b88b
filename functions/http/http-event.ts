import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/** The API Gateway HTTP API v2 event after our body middleware has read it. */
export type HttpEvent = APIGatewayProxyEventV2 & {
  /** The decoded body text; set by parseBody. */
  bodyText?: string;
  /** JSON value, or form fields as name -> values; set by parseBody. */
  parsedBody?: unknown;
};
export type HttpResult = APIGatewayProxyStructuredResultV2;

const BASE_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { ...BASE_HEADERS, "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});

/** Pages need no script; the policy says so, and forms may only post back to us. */
export const html = (statusCode: number, body: string): HttpResult => ({
  statusCode,
  headers: {
    ...BASE_HEADERS,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  },
  body,
});

export const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
};
