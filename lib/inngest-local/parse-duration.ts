const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const DURATION = /^(\d+(?:\.\d+)?(?:ms|w|d|h|m|s))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/g;

/**
 * The instant a sleep or timeout ends: the SDK sends durations as time strings ("2h30m10s") and sleepUntil as an
 * ISO date.
 */
export const resolveDeadline = (value: string, now: Date): Date => {
  if (DURATION.test(value)) {
    let total = 0;
    for (const [, amount, unit] of value.matchAll(PART)) total += Number(amount) * (UNIT_MS[unit ?? ""] ?? 0);
    return new Date(now.getTime() + total);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Duración o fecha no válida: ${value}`);
  return date;
};
