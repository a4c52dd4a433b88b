import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  type ClockChange,
  LocalClock,
  MAX_TIMER_MS,
} from "../../shared/adapters/local/local-clock.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = new Date("2026-03-02T08:00:00.000Z");

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets resolved promises run their continuations without moving any timer. */
const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

/** Tracks whether a promise has settled, to assert "not yet" without waiting for it. */
function track(promise: Promise<unknown>) {
  const state = { settled: false, error: undefined as unknown };
  promise.then(
    () => {
      state.settled = true;
    },
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}

/** A clock at START, under fake timers (which also stand at START), at `speed`. */
function fakeClock(speed: number) {
  vi.useFakeTimers({ now: START });
  return new LocalClock({ startAt: START, speed });
}

/** A tracked sleep until `ms` after START. */
const sleepFor = (clock: LocalClock, ms: number, signal?: AbortSignal) =>
  track(clock.sleepUntil(new Date(START.getTime() + ms), signal));

/** Under fake timers, the sleeper still sleeps a millisecond before `ms` and wakes at `ms`. */
async function expectWakesIn(sleep: { settled: boolean }, ms: number) {
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(sleep.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(sleep.settled).toBe(true);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("LocalClock, real short times", () => {
  it("starts at startAt and runs speed times faster than real time", async () => {
    const clock = new LocalClock({ startAt: START, speed: 1000 });
    expect(clock.now().getTime() - START.getTime()).toBeLessThan(1000);
    await wait(50);
    const elapsed = clock.now().getTime() - START.getTime();
    // 50 real ms at speed 1000 is 50 simulated seconds; timers may run late, never early.
    expect(elapsed).toBeGreaterThanOrEqual(49 * SECOND);
    expect(elapsed).toBeLessThan(2 * MINUTE);
  });

  it("defaults to real time at speed 1", () => {
    const before = Date.now();
    const clock = new LocalClock();
    expect(clock.speed).toBe(1);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
    expect(clock.now().getTime()).toBeLessThanOrEqual(Date.now() + 5);
  });

  it("sleeps one simulated day in about 24 real ms at speed 3 600 000", async () => {
    const clock = new LocalClock({ startAt: START, speed: 3_600_000 });
    const realStart = performance.now();
    await clock.sleepUntil(new Date(START.getTime() + DAY));
    const realElapsed = performance.now() - realStart;
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(START.getTime() + DAY);
    expect(realElapsed).toBeGreaterThanOrEqual(20);
    expect(realElapsed).toBeLessThan(1000);
    expect(clock.sleeping).toBe(0);
  });

  it("wakes many sleepers in the order of their times, equal times first come first", async () => {
    const clock = new LocalClock({ startAt: START, speed: 100_000 });
    const woken: string[] = [];
    // Thirty simulated minutes are 18 real ms; b3 is one simulated ms after b1 and b2.
    const step = 30 * MINUTE;
    const offsets: [string, number][] = [
      ["c", 3 * step],
      ["a", 1 * step],
      ["e", 5 * step],
      ["b1", 2 * step],
      ["d", 4 * step],
      ["b2", 2 * step],
      ["b3", 2 * step + 1],
    ];
    await Promise.all(
      offsets.map(([name, offset]) =>
        clock.sleepUntil(new Date(START.getTime() + offset)).then(() => woken.push(name)),
      ),
    );
    expect(woken).toEqual(["a", "b1", "b2", "b3", "c", "d", "e"]);
  });

  it("does not wake a far-future sleeper early although its delay exceeds 2^31-1 ms", async () => {
    const warning = vi.fn();
    process.on("warning", warning);
    try {
      const clock = new LocalClock({ startAt: START, speed: 1 });
      const controller = new AbortController();
      const sleep = track(
        clock.sleepUntil(new Date(START.getTime() + 60 * DAY), controller.signal),
      );
      await wait(30);
      expect(sleep.settled).toBe(false);
      controller.abort();
      await flush();
      expect(sleep.error).toBeInstanceOf(AbortError);
      expect(warning).not.toHaveBeenCalled();
    } finally {
      process.off("warning", warning);
    }
  });
});

describe("LocalClock with fake timers", () => {
  it("resolves at once for a time already reached", async () => {
    const clock = fakeClock(1);
    const past = track(clock.sleepUntil(new Date(START.getTime() - DAY)));
    const present = track(clock.sleepUntil(START));
    await flush();
    expect(past.settled && present.settled).toBe(true);
    expect(clock.sleeping).toBe(0);
  });

  it("follows fake time, so a sleeper wakes exactly when due and not a millisecond before", async () => {
    const clock = fakeClock(1000);
    const sleep = sleepFor(clock, HOUR);
    await expectWakesIn(sleep, 3_600);
    expect(clock.now().getTime()).toBe(START.getTime() + HOUR);
  });

  it("advance() wakes due sleepers immediately, without any timer running", async () => {
    const clock = fakeClock(1);
    const woken: string[] = [];
    const inWeek = clock.sleepUntil(new Date(START.getTime() + 7 * DAY)).then(() => {
      woken.push("week");
    });
    const inDay = clock.sleepUntil(new Date(START.getTime() + DAY)).then(() => {
      woken.push("day");
    });
    const inMonth = sleepFor(clock, 30 * DAY);
    expect(clock.sleeping).toBe(3);
    clock.advance(7 * DAY);
    await Promise.all([inDay, inWeek]);
    expect(woken).toEqual(["day", "week"]);
    expect(inMonth.settled).toBe(false);
    expect(clock.sleeping).toBe(1);
    expect(clock.now().getTime()).toBe(START.getTime() + 7 * DAY);
    clock.advanceTo(new Date(START.getTime() + 30 * DAY));
    await flush();
    expect(inMonth.settled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("wakes a hundred sleepers in time order when advance() passes them all", async () => {
    const clock = fakeClock(1);
    const offsets = Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) * HOUR);
    const woken: number[] = [];
    const sleeps = offsets.map((offset) =>
      clock.sleepUntil(new Date(START.getTime() + offset + 1)).then(() => woken.push(offset)),
    );
    clock.advance(100 * HOUR);
    await Promise.all(sleeps);
    expect(woken).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("never moves backwards", () => {
    const clock = fakeClock(10);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    clock.advance(0);
    expect(clock.now().getTime()).toBe(START.getTime());
    clock.advanceTo(new Date(START.getTime() - DAY));
    expect(clock.now().getTime()).toBe(START.getTime());
    let last = clock.now().getTime();
    for (const speed of [1000, 0, 1, 50, 0.5]) {
      vi.advanceTimersByTime(7);
      clock.setSpeed(speed);
      const now = clock.now().getTime();
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
    }
  });

  it("rejects an invalid speed, start or sleep time", async () => {
    vi.useFakeTimers({ now: START });
    expect(() => new LocalClock({ speed: -1 })).toThrow(RangeError);
    expect(() => new LocalClock({ speed: Number.NaN })).toThrow(RangeError);
    expect(() => new LocalClock({ speed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => new LocalClock({ startAt: new Date("not a date") })).toThrow(RangeError);
    const clock = new LocalClock({ startAt: START });
    expect(() => clock.setSpeed(-5)).toThrow(RangeError);
    expect(clock.speed).toBe(1);
    await expect(clock.sleepUntil(new Date(Number.NaN))).rejects.toThrow(RangeError);
  });

  it("a speed-up mid-sleep wakes the sleeper sooner", async () => {
    const clock = fakeClock(1);
    const sleep = sleepFor(clock, HOUR);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(clock.now().getTime()).toBe(START.getTime() + MINUTE);
    // 59 simulated minutes remain; at 3600x that is 983.3 real ms.
    clock.setSpeed(3600);
    await expectWakesIn(sleep, 984);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(START.getTime() + HOUR);
  });

  it("a slow-down mid-sleep wakes the sleeper later, not at the old time", async () => {
    const clock = fakeClock(1000);
    const sleep = sleepFor(clock, HOUR);
    await vi.advanceTimersByTimeAsync(1800); // half an hour simulated
    clock.setSpeed(10);
    await vi.advanceTimersByTimeAsync(1800); // when it would have woken at the old speed
    expect(sleep.settled).toBe(false);
    // 1800 real ms at 10x is 18 s simulated: 30 min - 18 s = 1782 s remain, 178.2 s real.
    await vi.advanceTimersByTimeAsync(178_100);
    expect(sleep.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(sleep.settled).toBe(true);
  });

  it("speed 0 pauses simulated time until advance() or a new speed", async () => {
    const clock = fakeClock(0);
    const sleep = sleepFor(clock, SECOND);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(clock.now().getTime()).toBe(START.getTime());
    expect(sleep.settled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    clock.setSpeed(1);
    await vi.advanceTimersByTimeAsync(SECOND);
    expect(sleep.settled).toBe(true);
  });

  it("caps every real timer at 2^31-1 ms and re-checks instead of waking early", async () => {
    vi.useFakeTimers({ now: START });
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const clock = new LocalClock({ startAt: START, speed: 1 });
    const due = START.getTime() + 60 * DAY; // 5.18e9 ms, more than twice the cap
    const sleep = track(clock.sleepUntil(new Date(due)));
    const delays = () => setTimeoutSpy.mock.calls.map((call) => call[1] ?? 0);
    expect(Math.max(...delays())).toBe(MAX_TIMER_MS);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(sleep.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(sleep.settled).toBe(false);
    await expectWakesIn(sleep, due - START.getTime() - 2 * MAX_TIMER_MS);
    expect(delays().every((delay) => delay >= 1 && delay <= MAX_TIMER_MS)).toBe(true);
    expect(setTimeoutSpy.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it("re-arms for an earlier sleeper that arrives while a later one waits", async () => {
    const clock = fakeClock(1);
    const late = sleepFor(clock, HOUR);
    const early = sleepFor(clock, MINUTE);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(early.settled).toBe(true);
    expect(late.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(HOUR - MINUTE);
    expect(late.settled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("LocalClock abort", () => {
  it("rejects at once with an AbortError for an already aborted signal", async () => {
    vi.useFakeTimers({ now: START });
    const clock = new LocalClock({ startAt: START });
    const reason = new Error("shutting down");
    const error = await clock
      .sleepUntil(new Date(START.getTime() + DAY), AbortSignal.abort(reason))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).name).toBe("AbortError");
    expect((error as AbortError).cause).toBe(reason);
    expect(clock.sleeping).toBe(0);
  });

  it("rejects a waiting sleeper on abort, leaves the others and drops its timer", async () => {
    const clock = fakeClock(1);
    const controller = new AbortController();
    const aborted = sleepFor(clock, MINUTE, controller.signal);
    const other = sleepFor(clock, HOUR);
    await vi.advanceTimersByTimeAsync(SECOND);
    controller.abort();
    await flush();
    expect(aborted.error).toBeInstanceOf(AbortError);
    expect((aborted.error as AbortError).name).toBe("AbortError");
    expect(clock.sleeping).toBe(1);
    expect(other.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(other.settled).toBe(true);
    expect(other.error).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ignores an abort that comes after the wake-up", async () => {
    const clock = fakeClock(1);
    const controller = new AbortController();
    const sleep = sleepFor(clock, SECOND, controller.signal);
    clock.advance(SECOND);
    controller.abort();
    await flush();
    expect(sleep.settled).toBe(true);
    expect(sleep.error).toBeUndefined();
  });
});

describe("LocalClock snapshot and changes", () => {
  it("a restart from a snapshot continues the simulated time instead of jumping", () => {
    vi.useFakeTimers({ now: START });
    const first = new LocalClock({ startAt: START, speed: 86_400 });
    first.advance(3 * DAY);
    vi.advanceTimersByTime(500); // half a simulated day
    const saved = JSON.parse(JSON.stringify(first.snapshot())) as unknown;
    expect(saved).toEqual({
      now: new Date(START.getTime() + 3.5 * DAY).toISOString(),
      speed: 86_400,
    });
    // Real time passes while the runtime is down; the simulated time does not.
    vi.advanceTimersByTime(10 * MINUTE);
    const second = LocalClock.fromSnapshot(saved);
    expect(second.now().toISOString()).toBe(new Date(START.getTime() + 3.5 * DAY).toISOString());
    expect(second.speed).toBe(86_400);
    vi.advanceTimersByTime(1000);
    expect(second.now().getTime()).toBe(START.getTime() + 4.5 * DAY);
    // The same through the constructor.
    const third = new LocalClock({ startAt: new Date(first.snapshot().now), speed: 2 });
    expect(third.now().getTime()).toBe(first.now().getTime());
  });

  it("refuses a damaged snapshot", () => {
    expect(() => LocalClock.fromSnapshot({ now: "yesterday", speed: 1 })).toThrow();
    expect(() => LocalClock.fromSnapshot({ now: START.toISOString(), speed: -1 })).toThrow();
    expect(() => LocalClock.fromSnapshot(null)).toThrow();
  });

  it("tells listeners about every advance and speed change until they unsubscribe", () => {
    const clock = fakeClock(1);
    const changes: ClockChange[] = [];
    const unsubscribe = clock.onChange((change) => changes.push(change));
    clock.advance(DAY);
    clock.setSpeed(60);
    unsubscribe();
    clock.advance(DAY);
    expect(changes).toEqual([
      { reason: "advance", now: new Date(START.getTime() + DAY), speed: 1 },
      { reason: "speed", now: new Date(START.getTime() + DAY), speed: 60 },
    ]);
  });

  it("still tells every listener and keeps its state when one listener throws", async () => {
    const clock = fakeClock(1);
    const heard = vi.fn();
    clock.onChange(() => {
      throw new Error("listener broke");
    });
    clock.onChange(heard);
    const sleep = sleepFor(clock, HOUR);
    expect(() => clock.advance(HOUR)).toThrow("listener broke");
    await flush();
    expect(heard).toHaveBeenCalledOnce();
    expect(sleep.settled).toBe(true);
    expect(clock.now().getTime()).toBe(START.getTime() + HOUR);
  });
});
