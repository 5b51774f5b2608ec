import pg from "pg";

/**
 * A connected client for a data generator, and `step`, which runs one statement and reports its duration in
 * seconds (the generators print them as they go: a million-row load takes minutes).
 */
export const openTimedSql = async (url: string, onStep?: (step: string, seconds: number) => void) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const start = performance.now();
    await client.query(sql, values);
    onStep?.(name, (performance.now() - start) / 1000);
  };
  return { client, step };
};
