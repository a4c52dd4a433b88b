import type { RouteGrant } from "./routes.js";

/**
 * Functions that run on the clock, listed once: on AWS an EventBridge schedule invokes each
 * (infra/constructs/schedule-construct.ts); locally the same handler module runs on the
 * local clock (infra/local/run-local-schedules.ts).
 */
export interface ScheduleDefinition {
  /** Construct id of the function. */
  id: string;
  /** Handler module (exports `handler`), relative to the repository root. */
  entry: string;
  /** Runs every hour at this minute (UTC). */
  minute: number;
  /** What else the function may do besides reading and writing the table. */
  grants: readonly RouteGrant[];
}

export const SCHEDULES: readonly ScheduleDefinition[] = [
  {
    // A digest slot is due at the full hour; a few minutes later leaves room for clock skew.
    id: "SendLinkRequestDigests",
    entry: "functions/events/send-link-request-digests.ts",
    minute: 5,
    grants: ["sendMail"],
  },
];

/** The next time after `now` when a schedule runs. */
export function nextRun(schedule: ScheduleDefinition, now: Date): Date {
  const next = new Date(now);
  next.setUTCMinutes(schedule.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCHours(next.getUTCHours() + 1);
  return next;
}
