import type { MiddlewareObj } from "@middy/core";
import type {
  Coordinator,
  CoordinatorAuth,
  CoordinatorCredentials,
} from "../../shared/ports/coordinator-auth.js";
import { type HttpEvent, type HttpResult, header } from "./http-event.js";

export type CoordinatorEvent = HttpEvent & { coordinator?: Coordinator };

/**
 * Console routes: the configured CoordinatorAuth decides from what the request carries
 * (a bearer token locally, the Cognito claims API Gateway verified on AWS). It throws
 * UnauthorizedError (401) or ForbiddenError (403); map-error turns them into answers.
 */
export const requireCoordinator = (
  auth: () => CoordinatorAuth,
): MiddlewareObj<CoordinatorEvent, HttpResult> => ({
  name: "requireCoordinator",
  before: async ({ event }) => {
    event.coordinator = await auth().authenticate(credentialsOf(event));
  },
});

/** The bearer token and the authorizer's JWT claims of a request, where it has them. */
export function credentialsOf(event: HttpEvent): CoordinatorCredentials {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header(event, "authorization") ?? "")?.[1];
  const context = event.requestContext as {
    authorizer?: { jwt?: { claims?: Record<string, unknown> } };
  };
  const claims = context?.authorizer?.jwt?.claims;
  return {
    ...(token ? { bearerToken: token } : {}),
    ...(claims && typeof claims === "object" ? { jwtClaims: claims } : {}),
  };
}

/** The coordinator set by requireCoordinator (which always runs first). */
export const coordinatorOf = (event: CoordinatorEvent): string =>
  event.coordinator?.coordinatorId ?? "unknown";
