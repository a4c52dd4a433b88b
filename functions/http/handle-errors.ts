import type { MiddlewareObj } from "@middy/core";
import type { HttpEvent, HttpResult } from "./http-event.js";
import { mapError, type Problem } from "./map-error.js";

export type ProblemRenderer = (problem: Problem, event: HttpEvent) => HttpResult;

/**
 * Last line of every HTTP handler: a known domain error becomes its status (and the headers
 * it needs, a 429's Retry-After), anything else a 500 that is logged with its stack but
 * never shown to the caller.
 */
export const handleErrors = (render: ProblemRenderer): MiddlewareObj<HttpEvent, HttpResult> => ({
  name: "handleErrors",
  onError: (request) => {
    const problem = mapError(request.error);
    if (problem.status >= 500) {
      console.error(
        JSON.stringify({
          level: "error",
          route: request.event.routeKey,
          error: request.error instanceof Error ? request.error.stack : String(request.error),
        }),
      );
    }
    const response = render(problem, request.event);
    request.response = problem.headers
      ? { ...response, headers: { ...response.headers, ...problem.headers } }
      : response;
  },
});
