import { buffer } from "node:stream/consumers";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { extractDocument } from "@/lib/extraction/extract-document";
import { saveExtraction } from "@/lib/extraction/save-extraction";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";
import { getStorage } from "@/lib/storage/get-storage";
import { findSupplierProfile } from "@/lib/supplier-profiles/find-supplier-profile";
import type { ObjectStorage } from "@/lib/storage/types";
import { validateInvoiceExtraction } from "@/lib/validation/validate-invoice-extraction";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import { TERMINAL_STATUSES, isPast } from "./invoice-progress";

export type ExtractInvoiceOptions = {
  invoiceId: string;
  /** The process-invoice run asking; only the run that claims the invoice processes it. */
  pipelineRunId: string;
  storage?: ObjectStorage;
  now?: Date;
};

export type TExtractInvoiceResult =
  | { claimed: false; status: TInvoiceStatus }
  | { claimed: true; status: TInvoiceStatus; extracted: boolean; lineCount: number; confidence: number | null };

const CLAIMED_COLUMNS = { status: true, sha256: true, storageKey: true, sourceType: true } as const;

/**
 * Takes the invoice for this run, unless another run has it or it is finished; RECEIVED becomes EXTRACTING. No
 * transaction is needed: a crash between the claim and the status move leaves the invoice claimed by this run,
 * whose retried step claims it again and moves it.
 */
const claimInvoice = async (invoiceId: string, pipelineRunId: string) => {
  const [claimed] = await db.invoice.updateManyAndReturn({
    where: { id: invoiceId, status: { notIn: [...TERMINAL_STATUSES] }, OR: [{ pipelineRunId: null }, { pipelineRunId }] },
    data: { pipelineRunId },
    select: CLAIMED_COLUMNS,
  });
  if (!claimed) {
    const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: CLAIMED_COLUMNS });
    if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
    return { claimed: false as const, invoice };
  }
  if (claimed.status !== "RECEIVED") return { claimed: true as const, invoice: claimed };
  const moved = await changeInvoiceStatus({ invoiceId, from: "RECEIVED", to: "EXTRACTING", actor: null });
  return { claimed: true as const, invoice: moved ? { ...claimed, status: "EXTRACTING" as const } : claimed };
};

/**
 * The extraction step: claims the invoice for the pipeline run, reads the stored original (verified against its
 * SHA-256), extracts it, validates the result (duplicates, the age limit of the rule set in force) and stores
 * both; the invoice moves on to MATCHING. An invoice already past extraction is left as it is, so a retried or
 * repeated step does nothing twice. Bad documents throw AppErrors with stable codes (XML_NOT_UBL, PDF_ENCRYPTED…).
 */
export const extractInvoice = async ({
  invoiceId,
  pipelineRunId,
  storage = getStorage(),
  now = new Date(),
}: ExtractInvoiceOptions): Promise<TExtractInvoiceResult> => {
  if (!z.uuid().safeParse(invoiceId).success) throw new AppError("INVALID_INPUT", { message: "Id de factura no válido." });
  const { claimed, invoice } = await claimInvoice(invoiceId, pipelineRunId);
  if (!claimed) return { claimed: false, status: invoice.status };
  if (invoice.status !== "EXTRACTING") {
    const done = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { confidence: true, _count: { select: { lines: true } } } });
    return {
      claimed: true,
      status: invoice.status,
      extracted: isPast(invoice.status, "EXTRACTING"),
      lineCount: done._count.lines,
      confidence: done.confidence === null ? null : Number(done.confidence),
    };
  }

  const bytes = await buffer(await storage.getObject({ key: invoice.storageKey, sha256: invoice.sha256 }));
  const result = await extractDocument({ bytes, sourceType: invoice.sourceType, findSupplierProfile: (nit) => findSupplierProfile({ nit }) });
  const outcome = await validateInvoiceExtraction({ invoiceId, result, now });
  await saveExtraction({ invoiceId, result, outcome });
  await changeInvoiceStatus({ invoiceId, from: "EXTRACTING", to: "MATCHING", actor: null, details: { engines: result.engines } });
  return { claimed: true, status: "MATCHING", extracted: true, lineCount: result.lines.length, confidence: outcome.confidence };
};
