import middy from "@middy/core";
import type { Deps } from "../compose.js";
import { checkOrigin } from "../http/check-origin.js";
import { handleErrors } from "../http/handle-errors.js";
import type { HttpResult } from "../http/http-event.js";
import { jsonProblem } from "../http/json-problem.js";
import { type BodyKind, parseBody } from "../http/parse-body.js";
import { type CoordinatorEvent, requireCoordinator } from "../http/require-coordinator.js";

/**
 * The middleware every coordinator route shares: JSON errors, then the bearer token,
 * then (for routes with a body) the JSON body. The route's own code is the handler.
 */
export function consoleHandler(
  deps: () => Deps,
  body: { kind: BodyKind; optional?: boolean } | undefined,
  handle: (event: CoordinatorEvent) => Promise<HttpResult>,
) {
  const base = middy<CoordinatorEvent, HttpResult>()
    .use(checkOrigin())
    .use(handleErrors(jsonProblem))
    .use(requireCoordinator(() => deps().auth));
  return (body ? base.use(parseBody(body.kind, { optional: body.optional })) : base).handler(
    handle,
  );
}
