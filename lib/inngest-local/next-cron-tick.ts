import { Cron } from "croner";

const TIMEZONE_PREFIX = /^(?:TZ|CRON_TZ)=(\S+)\s+(.*)$/;

/** croner schedule for an Inngest cron string, which may start with `TZ=America/Bogota `. */
export const parseCronSchedule = (schedule: string): Cron => {
  const prefixed = TIMEZONE_PREFIX.exec(schedule.trim());
  return prefixed?.[1] && prefixed[2]
    ? new Cron(prefixed[2], { timezone: prefixed[1], paused: true })
    : new Cron(schedule.trim(), { timezone: "UTC", paused: true });
};

/**
 * The tick to fire now, or null. Ticks missed while the executor was down collapse into the latest one (fired
 * once); a schedule seen for the first time starts counting from now rather than firing its past.
 */
export const dueCronTick = ({
  schedule,
  lastTickAt,
  now,
}: {
  schedule: string;
  lastTickAt: Date;
  now: Date;
}): Date | null => {
  const cron = parseCronSchedule(schedule);
  const next = cron.nextRun(lastTickAt);
  if (!next || next > now) return null;
  const [latest] = cron.previousRuns(1, new Date(now.getTime() + 1));
  return latest && latest > lastTickAt ? latest : next;
};
