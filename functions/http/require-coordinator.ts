import type { MiddlewareObj } from "@middy/core";
import { ForbiddenError, UnauthorizedError } from "../../shared/domain/errors.js";
import type { Coordinator, CoordinatorAuth } from "../../shared/ports/coordinator-auth.js";
import { type HttpEvent, type HttpResult, header } from "./http-event.js";

export type CoordinatorEvent = HttpEvent & { coordinator?: Coordinator };

/** Console routes: no bearer token is a 401, a token that is not a coordinator's a 403. */
export const requireCoordinator = (
  auth: () => CoordinatorAuth,
): MiddlewareObj<CoordinatorEvent, HttpResult> => ({
  name: "requireCoordinator",
  before: async ({ event }) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header(event, "authorization") ?? "");
    if (!match?.[1]) throw new UnauthorizedError("a coordinator's bearer token is required");
    const coordinator = await auth().verify(match[1]);
    if (!coordinator) throw new ForbiddenError("this token does not belong to a coordinator");
    event.coordinator = coordinator;
  },
});

/** The coordinator set by requireCoordinator (which always runs first). */
export const coordinatorOf = (event: CoordinatorEvent): string =>
  event.coordinator?.coordinatorId ?? "unknown";
