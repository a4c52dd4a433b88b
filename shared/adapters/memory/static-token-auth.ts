import { createHash, timingSafeEqual } from "node:crypto";
import type { Coordinator, CoordinatorAuth } from "../../ports/coordinator-auth.js";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** One shared token (the local runtime's, or a test's); compared in constant time. */
export class StaticTokenAuth implements CoordinatorAuth {
  private readonly expected: Buffer;
  constructor(
    token: string,
    private readonly coordinatorId = "coordinator",
  ) {
    this.expected = digest(token);
  }

  async verify(token: string): Promise<Coordinator | undefined> {
    return timingSafeEqual(digest(token), this.expected)
      ? { coordinatorId: this.coordinatorId }
      : undefined;
  }
}
