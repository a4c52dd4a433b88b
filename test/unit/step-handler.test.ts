import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Deps } from "../../functions/compose.js";
import { isTransient, stepHandler } from "../../functions/steps/step-handler.js";
import { NotFoundError } from "../../shared/domain/errors.js";
import { TRANSIENT_STEP_ERROR } from "../../workflows/relationship/relationship-steps.js";

const named = (name: string, message = "x") => Object.assign(new Error(message), { name });
const withCode = (code: string) => Object.assign(new Error(`read ${code}`), { code });

describe("step errors", () => {
  it("tells passing failures from lasting ones", () => {
    expect(isTransient(withCode("ECONNRESET"))).toBe(true);
    expect(isTransient(new Error("socket hang up"))).toBe(true);
    expect(isTransient(named("ThrottlingException"))).toBe(true);
    expect(isTransient(named("ProvisionedThroughputExceededException"))).toBe(true);
    expect(
      isTransient(named("TransactionCanceledException", "reasons [TransactionConflict, None]")),
    ).toBe(true);
    expect(
      isTransient(named("TransactionCanceledException", "reasons [ConditionalCheckFailed]")),
    ).toBe(false);
    expect(isTransient(named("ValidationException"))).toBe(false);
    expect(isTransient(new NotFoundError("no relationship"))).toBe(false);
    expect(isTransient("ECONNRESET")).toBe(false);
  });

  it("names them so the state machine retries passing failures only", async () => {
    const failWith = (error: unknown) =>
      stepHandler(
        z.object({}),
        () => ({}) as Deps,
        async () => {
          throw error;
        },
      );
    const context = {} as never;
    await expect(failWith(withCode("ECONNRESET"))({}, context)).rejects.toMatchObject({
      name: TRANSIENT_STEP_ERROR,
    });
    await expect(failWith(new NotFoundError("gone"))({}, context)).rejects.toMatchObject({
      name: "Step.NotFoundError",
    });
    await expect(failWith(named("ValidationException"))({}, context)).rejects.toMatchObject({
      name: "ValidationException",
    });
  });
});
