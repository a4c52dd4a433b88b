import middy from "@middy/core";
import type { z } from "zod";
import { DomainError } from "../../shared/domain/errors.js";
import type { Deps } from "../compose.js";

/**
 * A workflow step: zod checks the payload the state machine sends, one use case runs, its
 * answer goes back. Domain errors surface with their name, so the state machine (or a
 * person reading the execution history) sees "NotFoundError", not a stack.
 */
export function stepHandler<S extends z.ZodType, R>(
  schema: S,
  deps: () => Deps,
  run: (deps: Deps, input: z.infer<S>) => Promise<R>,
) {
  return middy<unknown, R>().handler(async (event) => {
    const parsed = schema.safeParse(event);
    if (!parsed.success) {
      const error = new Error(
        `invalid step payload: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`,
      );
      error.name = "Step.InvalidPayload";
      throw error;
    }
    try {
      return await run(deps(), parsed.data);
    } catch (error) {
      if (error instanceof DomainError) error.name = `Step.${error.constructor.name}`;
      throw error;
    }
  });
}
