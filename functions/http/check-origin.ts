import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareObj } from "@middy/core";
import { type HttpEvent, type HttpResult, header, json } from "./http-event.js";

/** The header CloudFront adds to every request it forwards to the API (a custom origin header). */
export const ORIGIN_HEADER = "x-origin-verify";
/** The value that header must carry; CDK sets it on AWS. Unset (locally) turns the check off. */
export const ORIGIN_SECRET_ENV = "ORIGIN_VERIFY_SECRET";

/** SHA-256 first, so values of any length compare in constant time. */
const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Constant-time comparison of what came with what is expected. */
export function originMatches(received: string | undefined, expected: string): boolean {
  return timingSafeEqual(digest(received ?? ""), digest(expected)) && received !== undefined;
}

/**
 * The first middleware of every HTTP handler: on AWS only CloudFront may reach the API (its
 * WAF, its rate rule), so a request that went to the execute-api address directly lacks
 * CloudFront's header and is refused with a 403 before anything else runs: no budget is
 * spent, no body read, no handler called. The log line names the route only.
 */
export const checkOrigin = (
  expected: () => string | undefined = () => process.env[ORIGIN_SECRET_ENV],
): MiddlewareObj<HttpEvent, HttpResult> => ({
  name: "checkOrigin",
  before: ({ event }) => {
    const secret = expected();
    if (!secret || originMatches(header(event, ORIGIN_HEADER), secret)) return undefined;
    console.warn(
      JSON.stringify({
        level: "warn",
        message: "request refused: it did not come through CloudFront",
        route: event.routeKey,
      }),
    );
    return json(403, {
      error: "forbidden",
      message: "This address is not served directly. / Šī adrese netiek apkalpota tieši.",
    });
  },
});
