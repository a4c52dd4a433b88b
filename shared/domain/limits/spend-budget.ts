import type { Clock } from "../../ports/clock.js";
import type { RequestCounters } from "../../ports/request-counters.js";
import { TooManyRequestsError } from "../errors.js";
import type { BudgetName, Budgets } from "./request-budgets.js";

export interface LimitDeps {
  counters: RequestCounters;
  budgets: Budgets;
  clock: Clock;
}

/** Counts outlive their window a little, so a late write never starts a second count. */
const KEEP_AFTER_WINDOW_MS = 3600_000;

/**
 * Counts one request of `subject` against the budget, shortest window first; throws
 * TooManyRequestsError with the seconds until that window ends when one is spent. A refused
 * request stops here: nothing else is written for it.
 */
export async function spendBudget(
  deps: LimitDeps,
  name: BudgetName,
  subject: string,
): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const window of deps.budgets[name]) {
    const size = window.seconds * 1000;
    const start = Math.floor(now / size) * size;
    const count = await deps.counters.count({
      budget: name,
      subject,
      windowStart: new Date(start),
      windowSeconds: window.seconds,
      expiresAt: new Date(start + size + KEEP_AFTER_WINDOW_MS),
    });
    if (count > window.limit)
      throw new TooManyRequestsError(Math.max(1, Math.ceil((start + size - now) / 1000)));
  }
}
