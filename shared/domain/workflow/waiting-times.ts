/**
 * How long the programme waits for people (DOMAIN.md), in days: the one copy. The state
 * machine's timeouts (workflows/relationship/) and the forms' link expiry both read it, so
 * a link never dies while the workflow still waits for it, nor outlives the wait.
 */
export const WAITS = {
  consentNudgeAfter: 3,
  consentTimeoutAfter: 7,
  /** The plan: a reminder after 7 days, the escalation after 14. */
  planNudgeAfter: 7,
  planTimeoutAfter: 14,
  reflectionNudgeAfter: 3,
  reflectionMissingAfter: 7,
  progressTimeoutAfter: 7,
  closureTimeoutAfter: 14,
  decisionReminderAfter: 14,
  decisionTimeoutAfter: 28,
  /** The mentee's introduction: useful before the first meeting; the plan's window is the limit. */
  introductionValidFor: 14,
} as const;

export type WaitName = keyof typeof WAITS;
