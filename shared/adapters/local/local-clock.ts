import { z } from "zod";
import type { Clock } from "../../ports/clock.js";

/** Node clamps longer timeouts to 1 ms (and warns), which would wake a sleeper far too early. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface LocalClockOptions {
  /** Simulated time at construction; now when absent. Pass a saved snapshot's time to resume. */
  startAt?: Date;
  /** Simulated milliseconds per real millisecond; 0 pauses (only advance() moves time). */
  speed?: number;
}

export const clockSnapshotSchema = z.object({
  now: z.iso.datetime(),
  speed: z.number().nonnegative().finite(),
});
export type ClockSnapshot = z.infer<typeof clockSnapshotSchema>;

export interface ClockChange {
  reason: "advance" | "speed";
  now: Date;
  speed: number;
}
export type ClockListener = (change: ClockChange) => void;

/** Rejection of an aborted sleepUntil; `cause` carries the signal's reason. */
export class AbortError extends Error {
  override name = "AbortError";
  readonly code = "ABORT_ERR";
  constructor(cause: unknown) {
    super("The sleep was aborted", { cause });
  }
}

interface Sleeper {
  at: number;
  resolve(): void;
  reject(error: unknown): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed < 0) {
    throw new RangeError(`clock speed must be a finite number >= 0, got ${speed}`);
  }
  return speed;
}

// Monotonic, so a wall-clock correction (NTP) never moves simulated time backwards.
const realNow = () => performance.now();

/**
 * Simulated time for the local runtime: runs `speed` times faster than real time and can
 * jump forward, so Wait states and deadlines of weeks pass in seconds.
 */
export class LocalClock implements Clock {
  // Simulated time is a line through the last anchor: anchorSim + (real - anchorReal) * speed.
  private anchorSim: number;
  private anchorReal: number;
  private currentSpeed: number;
  /** Sorted by wake-up time; ties keep registration order. */
  private sleepers: Sleeper[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<ClockListener>();

  constructor(options: LocalClockOptions = {}) {
    const startAt = options.startAt?.getTime() ?? Date.now();
    if (!Number.isFinite(startAt)) throw new RangeError("clock startAt is not a valid date");
    this.currentSpeed = checkSpeed(options.speed ?? 1);
    this.anchorSim = startAt;
    this.anchorReal = realNow();
  }

  /** Continues from a saved snapshot (e.g. `.local/clock.json`) instead of jumping to now. */
  static fromSnapshot(snapshot: unknown): LocalClock {
    const { now, speed } = clockSnapshotSchema.parse(snapshot);
    return new LocalClock({ startAt: new Date(now), speed });
  }

  now(): Date {
    return new Date(this.simNow());
  }

  get speed(): number {
    return this.currentSpeed;
  }

  setSpeed(speed: number): void {
    checkSpeed(speed);
    this.reanchor();
    this.currentSpeed = speed;
    this.reschedule();
    this.emit("speed");
  }

  /** Jumps forward by `ms` simulated milliseconds and wakes every sleeper now due. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`the clock only moves forward: advance(${ms})`);
    }
    this.reanchor();
    this.anchorSim += ms;
    this.reschedule();
    this.emit("advance");
  }

  /** Jumps forward to `at`; a time already passed changes nothing. */
  advanceTo(at: Date): void {
    const target = at.getTime();
    if (!Number.isFinite(target)) throw new RangeError("advanceTo needs a valid date");
    const now = this.simNow();
    if (target > now) this.advance(target - now);
  }

  /** Resolves once simulated now >= at, whatever speed changes or jumps happen meanwhile. */
  sleepUntil(at: Date, signal?: AbortSignal): Promise<void> {
    const target = at.getTime();
    if (!Number.isFinite(target)) {
      return Promise.reject(new RangeError("sleepUntil needs a valid date"));
    }
    if (signal?.aborted) return Promise.reject(new AbortError(signal.reason));
    if (this.simNow() >= target) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const sleeper: Sleeper = { at: target, resolve, reject };
      if (signal) {
        sleeper.signal = signal;
        sleeper.onAbort = () => {
          this.sleepers = this.sleepers.filter((other) => other !== sleeper);
          this.reschedule();
          reject(new AbortError(signal.reason));
        };
        signal.addEventListener("abort", sleeper.onAbort, { once: true });
      }
      this.insert(sleeper);
      this.reschedule();
    });
  }

  /** How many sleepUntil calls are still waiting. */
  get sleeping(): number {
    return this.sleepers.length;
  }

  snapshot(): ClockSnapshot {
    return { now: this.now().toISOString(), speed: this.currentSpeed };
  }

  /** Called after every advance and speed change; returns the unsubscribe function. */
  onChange(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private simNow(): number {
    return this.anchorSim + (realNow() - this.anchorReal) * this.currentSpeed;
  }

  private reanchor(): void {
    const real = realNow();
    this.anchorSim += (real - this.anchorReal) * this.currentSpeed;
    this.anchorReal = real;
  }

  private insert(sleeper: Sleeper): void {
    // Binary search for the first sleeper due strictly later, so equal times stay FIFO.
    let low = 0;
    let high = this.sleepers.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sleepers[middle]?.at ?? 0) <= sleeper.at) low = middle + 1;
      else high = middle;
    }
    this.sleepers.splice(low, 0, sleeper);
  }

  /** Wakes the due sleepers in order, then arms one real timer for the next one. */
  private reschedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.simNow();
    let due = 0;
    while (due < this.sleepers.length && (this.sleepers[due]?.at ?? 0) <= now) due += 1;
    const woken = this.sleepers.splice(0, due);
    for (const sleeper of woken) {
      if (sleeper.onAbort) sleeper.signal?.removeEventListener("abort", sleeper.onAbort);
      sleeper.resolve();
    }
    const next = this.sleepers[0];
    if (!next || this.currentSpeed === 0) return;
    // Rounding up and re-checking on fire covers timers that fire a little early; the cap
    // keeps far-future sleeps from overflowing, they just re-arm until due.
    const delay = Math.min(
      MAX_TIMER_MS,
      Math.max(1, Math.ceil((next.at - now) / this.currentSpeed)),
    );
    this.timer = setTimeout(() => this.reschedule(), delay);
  }

  private emit(reason: ClockChange["reason"]): void {
    const change = { reason, now: this.now(), speed: this.currentSpeed };
    let failure: { error: unknown } | undefined;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        // Every listener hears the change; the first failure still reaches the caller.
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
