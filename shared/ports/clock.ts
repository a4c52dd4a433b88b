/** Time comes from a port so the local runtime and tests can run faster than real time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
