import { listDianClassifications, type TDianClassificationWithId } from "./list-dian-classifications";

/** Reference data that only a seed or a migration changes; a new classification is read at once (see below). */
const MAX_AGE_MS = 5 * 60_000;

type TSnapshot = { rows: TDianClassificationWithId[]; ids: Set<number>; codes: Set<string>; loadedAt: number };

const globalForCache = globalThis as unknown as { cotejoDianClassifications?: Promise<TSnapshot> };

const load = async (): Promise<TSnapshot> => {
  const rows = await listDianClassifications();
  return { rows, ids: new Set(rows.map((row) => row.id)), codes: new Set(rows.map((row) => row.code)), loadedAt: Date.now() };
};

export type GetDianClassificationsOptions = {
  /** Classifications the caller is about to label products with or filter by: one it has not seen yet refreshes. */
  ids?: readonly number[];
  codes?: readonly string[];
};

/**
 * The DIAN classifications, kept in the process: every catalog search and invoice match needs them, and reading a
 * few dozen rows on each would cost a statement per request. A copy is read again when it is older than five
 * minutes, or at once when the caller names an id or code it does not hold (a classification added since).
 */
export const getDianClassifications = async ({ ids = [], codes = [] }: GetDianClassificationsOptions = {}): Promise<
  TDianClassificationWithId[]
> => {
  const cached = globalForCache.cotejoDianClassifications;
  if (cached) {
    const snapshot = await cached.catch(() => null);
    const fresh = snapshot !== null && Date.now() - snapshot.loadedAt < MAX_AGE_MS;
    if (fresh && ids.every((id) => snapshot.ids.has(id)) && codes.every((code) => snapshot.codes.has(code))) {
      return snapshot.rows;
    }
  }
  const loading = load();
  globalForCache.cotejoDianClassifications = loading;
  return (await loading).rows;
};
