import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTesseractPool, type TesseractPool } from "./tesseract-pool";
import { renderTextPage } from "./testing/render-text-page";

const page = renderTextPage({
  lines: [{ text: "NIT 900.373.115-3", xIn: 0.5, yIn: 0.8, sizePt: 14 }],
  dpi: 200,
  widthIn: 4,
  heightIn: 1.5,
});

const textOf = (result: Awaited<ReturnType<TesseractPool["recognize"]>>) =>
  (result.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text))));

let pool: TesseractPool | undefined;
afterEach(async () => {
  await pool?.shutdown();
  pool = undefined;
});

describe("createTesseractPool", () => {
  it("starts no worker until the first job, then reuses them", async () => {
    pool = createTesseractPool({ size: 2 });
    expect(pool.stats()).toMatchObject({ live: 0, created: 0 });
    const results = await Promise.all(Array.from({ length: 5 }, () => pool!.recognize({ image: page.png })));
    for (const result of results) expect(textOf(result)).toEqual(["NIT", "900.373.115-3"]);
    expect(pool.stats()).toMatchObject({ size: 2, live: 2, created: 2, busy: 0, queued: 0 });
  });

  it("rejects the job of a failing engine and keeps serving with a fresh worker", async () => {
    pool = createTesseractPool({ size: 1 });
    await pool.recognize({ image: page.png });
    // Tesseract cannot decode these bytes: its worker rejects the job (and, unhandled, would throw in its listener).
    await expect(pool.recognize({ image: Buffer.from("not an image") })).rejects.toThrow();
    const after = await pool.recognize({ image: page.png });
    expect(textOf(after)).toEqual(["NIT", "900.373.115-3"]);
    expect(pool.stats()).toMatchObject({ live: 1, created: 2 });
  });

  it("abandons a job past its time limit and terminates that worker", async () => {
    pool = createTesseractPool({ size: 1, jobTimeoutMs: 1 });
    await expect(pool.recognize({ image: page.png })).rejects.toThrow(/exceeded 1 ms/);
    expect(pool.stats()).toMatchObject({ live: 0, created: 1 });
  });

  it("rejects queued and new jobs once shut down", async () => {
    pool = createTesseractPool({ size: 1 });
    const running = pool.recognize({ image: page.png });
    const queued = pool.recognize({ image: page.png }).then(
      () => null,
      (error: unknown) => error,
    );
    await pool.shutdown();
    expect(textOf(await running)).toHaveLength(2);
    expect(await queued).toBeInstanceOf(AppError);
    await expect(pool.recognize({ image: page.png })).rejects.toBeInstanceOf(AppError);
    expect(pool.stats()).toMatchObject({ live: 0, queued: 0 });
  });
});
