import { getMonthlyStatement } from "./get-monthly-statement";
import { renderStatementPdf } from "./render-statement-pdf";
import type { TStatementQuery } from "./statement-schemas";

export type GetMonthlyStatementPdfOptions = TStatementQuery;

/** The statement loaded and rendered: the bytes the download route sends. */
export const getMonthlyStatementPdf = async (query: GetMonthlyStatementPdfOptions): Promise<Buffer> =>
  renderStatementPdf({ statement: await getMonthlyStatement(query) });
