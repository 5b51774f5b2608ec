/**
 * Concurrency slots held only while a call to the app is in flight (Inngest limits executing steps, so sleeping or
 * waiting runs hold none). Counted in this process: one executor drives a database at a time.
 */
export class ConcurrencySlots {
  private inFlight = new Map<string, { count: number; limit: number }>();

  constructor(private readonly onRelease: () => void) {}

  /** Takes one slot of every key, or none when any key is at its limit. */
  tryAcquire(needed: Array<{ key: string; limit: number }>): (() => void) | null {
    if (needed.some(({ key, limit }) => (this.inFlight.get(key)?.count ?? 0) >= limit)) return null;
    for (const { key, limit } of needed) {
      const slot = this.inFlight.get(key) ?? { count: 0, limit };
      slot.count += 1;
      slot.limit = limit;
      this.inFlight.set(key, slot);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const { key } of needed) {
        const slot = this.inFlight.get(key);
        if (!slot) continue;
        slot.count -= 1;
        if (slot.count === 0) this.inFlight.delete(key);
      }
      this.onRelease();
    };
  }

  /** Keys no run may start a call under right now; the queue skips runs that need them. */
  saturatedKeys(): string[] {
    return [...this.inFlight].filter(([, slot]) => slot.count >= slot.limit).map(([key]) => key);
  }
}
