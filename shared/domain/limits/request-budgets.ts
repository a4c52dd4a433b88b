/**
 * How many requests one client (or one e-mail address) may make, as fixed windows. Sized for
 * real use: a ministry behind one office NAT sends dozens of applicants a day from one
 * address, and a few of them post a form twice because of a typo.
 */
export interface BudgetWindow {
  limit: number;
  seconds: number;
}

export const BUDGET_NAMES = [
  /** POST /apply and POST /api/applications together, per client address. */
  "applications",
  /** POST /f/{link}: answers of signed forms, per client address. */
  "formAnswers",
  /** POST /link-requests, per client address. */
  "linkRequests",
  /** POST /link-requests naming an e-mail address, per address asked for. */
  "linkRequestAddress",
] as const;
export type BudgetName = (typeof BUDGET_NAMES)[number];
export type Budgets = Record<BudgetName, readonly BudgetWindow[]>;

const HOUR = 3600;
const DAY = 24 * HOUR;

export const DEFAULT_BUDGETS: Budgets = {
  applications: [
    { limit: 100, seconds: HOUR },
    { limit: 400, seconds: DAY },
  ],
  formAnswers: [
    { limit: 120, seconds: HOUR },
    { limit: 600, seconds: DAY },
  ],
  linkRequests: [
    { limit: 10, seconds: HOUR },
    { limit: 30, seconds: DAY },
  ],
  linkRequestAddress: [
    { limit: 3, seconds: HOUR },
    { limit: 5, seconds: DAY },
  ],
};

/** The environment variable that overrides a budget: `REQUEST_LIMIT_LINK_REQUEST_ADDRESS`. */
export const budgetVariable = (name: BudgetName) =>
  `REQUEST_LIMIT_${name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: HOUR, d: DAY };

/**
 * `"100/1h,400/1d"`: at most 100 in any clock hour and 400 in any day (UTC). Windows are
 * `<limit>/<n><s|m|h|d>`; anything else is refused, so a typo cannot switch a limit off.
 */
export function parseBudget(text: string): BudgetWindow[] {
  const windows = text.split(",").map((part) => {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smhd])\s*$/.exec(part);
    const seconds = match ? Number(match[2]) * (UNIT_SECONDS[match[3] as string] ?? 0) : 0;
    const limit = Number(match?.[1]);
    if (!match || !(seconds > 0) || !(limit > 0) || !Number.isSafeInteger(limit))
      throw new Error(`a request limit must look like "100/1h,400/1d", got "${text}"`);
    return { limit, seconds };
  });
  return windows.sort((a, b) => a.seconds - b.seconds);
}

/** The defaults, each overridden by its variable when that is set. */
export function budgetsFrom(env: Record<string, string | undefined>): Budgets {
  const budgets = { ...DEFAULT_BUDGETS };
  for (const name of BUDGET_NAMES) {
    const value = env[budgetVariable(name)];
    if (value) budgets[name] = parseBudget(value);
  }
  return budgets;
}
