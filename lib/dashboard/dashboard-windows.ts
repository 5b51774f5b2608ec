import { Prisma } from "@/lib/generated/prisma/client";
import { startOfBogotaDay, toBogotaIsoDate } from "@/lib/format/bogota-day";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The periods the dashboard reports on, all measured from one instant so that every chart agrees. */
export type DashboardWindows = {
  now: Date;
  /** Midnight in Bogotá today, and that date. */
  todayStart: Date;
  todayDate: string;
  /** Midnight in Bogotá six days ago: today and the six days before. */
  sevenDaysStart: Date;
  /** Midnight in Bogotá 29 days ago, and that date: today and the 29 days before. */
  thirtyDaysStart: Date;
  thirtyDaysFirstDate: string;
};

/** Bogotá keeps UTC−5 all year, so whole days can be subtracted from a Bogotá midnight. */
export const getDashboardWindows = (now: Date = new Date()): DashboardWindows => {
  const todayStart = startOfBogotaDay(now);
  const thirtyDaysStart = new Date(todayStart.getTime() - 29 * DAY_MS);
  return {
    now,
    todayStart,
    todayDate: toBogotaIsoDate(now),
    sevenDaysStart: new Date(todayStart.getTime() - 6 * DAY_MS),
    thirtyDaysStart,
    thirtyDaysFirstDate: toBogotaIsoDate(thirtyDaysStart),
  };
};

/**
 * An instant as a SQL `timestamp` (without time zone), the type Prisma gives DateTime columns: they hold UTC wall
 * time, and the cast drops the ISO string's `Z` instead of shifting it by the session's time zone.
 */
export const sqlTimestamp = (instant: Date): Prisma.Sql => Prisma.sql`${instant.toISOString()}::timestamp`;
