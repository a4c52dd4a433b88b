import type { MiddlewareObj } from "@middy/core";
import { TooManyRequestsError } from "../../shared/domain/errors.js";
import type { BudgetName } from "../../shared/domain/limits/request-budgets.js";
import { spendBudget } from "../../shared/domain/limits/spend-budget.js";
import type { Deps } from "../compose.js";
import { clientAddress } from "./client-address.js";
import type { HttpEvent, HttpResult } from "./http-event.js";

/**
 * Every public POST counts against its client's budget before its body is even read; a
 * spent budget is a 429 with Retry-After (handleErrors renders it as a page or as JSON),
 * and the route's own code never runs, so nothing is stored for the request. The log line
 * names the route and the budget, never the address.
 */
export const limitClients = (
  deps: () => Deps,
  budget: BudgetName,
): MiddlewareObj<HttpEvent, HttpResult> => ({
  name: "limitClients",
  before: async ({ event }) => {
    try {
      await spendBudget(deps(), budget, clientAddress(event));
    } catch (error) {
      if (error instanceof TooManyRequestsError)
        console.warn(
          JSON.stringify({
            level: "warn",
            message: "request refused: the client's budget is spent",
            route: event.routeKey,
            budget,
            retryAfterSeconds: error.retryAfterSeconds,
          }),
        );
      throw error;
    }
  },
});
