/** The fake's time: stands still unless the test moves it, so every answer is reproducible. */
export class FakeClock {
  #now: number;

  constructor(start: Date | number | string = Date.now()) {
    this.#now = toMillis(start);
  }

  now(): Date {
    return new Date(this.#now);
  }

  /** Moves the clock forward by `ms` milliseconds or by `{ days, hours, minutes, seconds }`. */
  advance(by: number | { days?: number; hours?: number; minutes?: number; seconds?: number }): Date {
    const ms = typeof by === 'number' ? by : (((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60_000 + (by.seconds ?? 0) * 1000;
    if (!Number.isFinite(ms) || ms < 0) throw new TypeError('the clock only moves forward: pass a positive amount');
    this.#now += ms;
    return this.now();
  }

  set(to: Date | number | string): Date {
    this.#now = toMillis(to);
    return this.now();
  }
}

function toMillis(value: Date | number | string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new TypeError(`not a point in time: ${String(value)}`);
  return ms;
}
