import type { TBoundingBox } from "@/lib/extraction/schemas";

/** A box to draw over a page; the key is the correction field name (`header.total`, `lines.3.quantity`). */
export type TDocumentHighlight = { key: string; page: number; bbox: TBoundingBox; tone?: "info" | "warning" | "error" };
