import { type Clock, systemClock } from "../../ports/clock.js";

/**
 * The clock this process keeps. On AWS it is the system clock; the local runtime sets its
 * simulated clock here before any handler runs, so Waits, timeouts and every timestamp the
 * handlers write follow the same time.
 */
let current: Clock = systemClock;

export const useProcessClock = (clock: Clock) => {
  current = clock;
};

export const processClock: Clock = { now: () => current.now() };
