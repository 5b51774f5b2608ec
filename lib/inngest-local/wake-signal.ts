/**
 * Wakes idle drivers in this process as soon as work is enqueued, so the hot path never waits for a poll; the poll
 * interval remains the fallback for work whose time comes (sleeps, backoffs) or that another process enqueued.
 */
export class WakeSignal {
  private waiters: Array<() => void> = [];
  private pending = 0;
  private timers = new Set<NodeJS.Timeout>();

  /** Resolves on notify() or after timeoutMs. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending > 0) {
      this.pending -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const waiters = this.waiters;
      function done() {
        clearTimeout(timer);
        const index = waiters.indexOf(done);
        if (index >= 0) waiters.splice(index, 1);
        resolve();
      }
      waiters.push(done);
    });
  }

  /** Wakes one idle driver (it wakes the next once it finds work), or remembers the wake-up for the next waiter. */
  notify(): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter();
    else this.pending = Math.min(this.pending + 1, 1);
  }

  notifyAll(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Wakes a driver when `at` comes (a sleep's end, a backoff, a timeout scheduled by this process). */
  notifyAt(at: Date, now: Date): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.notify();
    }, Math.max(0, at.getTime() - now.getTime()));
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.notifyAll();
  }
}
