import { createHash, timingSafeEqual } from "node:crypto";
import { ForbiddenError, UnauthorizedError } from "../../domain/errors.js";
import type {
  Coordinator,
  CoordinatorAuth,
  CoordinatorCredentials,
} from "../../ports/coordinator-auth.js";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * One shared bearer token (the local runtime's, or a test's); compared in constant time.
 * Without a token the answer is 401, with another token 403. Without an expected token
 * (nothing configured) no token belongs to a coordinator.
 */
export class StaticTokenAuth implements CoordinatorAuth {
  private readonly expected: Buffer | undefined;
  constructor(
    token: string | undefined,
    private readonly coordinatorId = "coordinator",
  ) {
    this.expected = token ? digest(token) : undefined;
  }

  async authenticate({ bearerToken }: CoordinatorCredentials): Promise<Coordinator> {
    if (!bearerToken) throw new UnauthorizedError("a coordinator's bearer token is required");
    if (!this.expected || !timingSafeEqual(digest(bearerToken), this.expected))
      throw new ForbiddenError("this token does not belong to a coordinator");
    return { coordinatorId: this.coordinatorId };
  }
}
