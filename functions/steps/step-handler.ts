import middy from "@middy/core";
import type { z } from "zod";
import { DomainError } from "../../shared/domain/errors.js";
import { TRANSIENT_STEP_ERROR } from "../../workflows/relationship/relationship-steps.js";
import type { Deps } from "../compose.js";

const TRANSIENT_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN"]);
const TRANSIENT_NAMES = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "TransactionConflictException",
  "TooManyRequestsException",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TimeoutError",
]);

/** A dropped connection, throttling or a write conflict: worth trying the step again. */
export function isTransient(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
  if (TRANSIENT_NAMES.has(error.name)) return true;
  // A transaction cancelled only because of a conflict with another write is worth a retry.
  if (error.name === "TransactionCanceledException")
    return /TransactionConflict/.test(error.message);
  return /\b(ECONNRESET|ECONNREFUSED|EPIPE|socket hang up)\b/.test(error.message);
}

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
      else if (isTransient(error)) error.name = TRANSIENT_STEP_ERROR;
      throw error;
    }
  });
}
