import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import type { LocalClock } from "../../shared/adapters/local/local-clock.js";
import { nextRun, type ScheduleDefinition } from "../schedules.js";
import { lambdaContext } from "./lambda-context.js";

type ScheduledHandler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * The schedules on the local clock, as EventBridge runs them on AWS: each handler module
 * runs at its minute of every hour of simulated time. A jump of days runs it once, which is
 * enough: the handlers catch up on everything due. A failure is logged; the next run retries.
 */
export async function runLocalSchedules(options: {
  schedules: readonly ScheduleDefinition[];
  clock: LocalClock;
  root: string;
  log?: (line: string) => void;
}): Promise<{ stop(): void }> {
  const stopped = new AbortController();
  for (const schedule of options.schedules) {
    const module = (await import(pathToFileURL(resolve(options.root, schedule.entry)).href)) as {
      handler: ScheduledHandler;
    };
    void (async () => {
      for (;;) {
        try {
          await options.clock.sleepUntil(nextRun(schedule, options.clock.now()), stopped.signal);
        } catch {
          return; // stopped
        }
        const event = { source: "aws.events", "detail-type": "Scheduled Event" };
        try {
          await module.handler(
            { ...event, time: options.clock.now().toISOString() },
            lambdaContext(schedule.id, 30_000),
          );
        } catch (error) {
          options.log?.(`${schedule.id} failed: ${error instanceof Error ? error.message : error}`);
        }
      }
    })();
  }
  return { stop: () => stopped.abort() };
}
