import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { matchInvoiceLines } from "@/lib/matching/match-invoice-lines";
import { ZMatchLineInput, type TLineMatch, type TMatchLineInput } from "@/lib/matching/schemas";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import { findSupplierProfile } from "@/lib/supplier-profiles/find-supplier-profile";
import { mapLinesByProfile } from "@/lib/supplier-profiles/map-lines-by-profile";

/** The matcher's own request limit. */
const LINES_PER_REQUEST = 500;

export type MatchInvoiceOptions = { invoiceId: string };

export type TMatchInvoiceResult = { lineCount: number; autoMatched: number; matched: boolean };

const toMatchInput = (line: { lineNumber: number; description: string; sellerItemCode: string | null; standardItemCode: string | null }) => {
  const parsed = ZMatchLineInput.safeParse({
    lineNumber: line.lineNumber,
    description: line.description.slice(0, 500),
    sellerItemCode: line.sellerItemCode?.trim() || undefined,
    standardItemCode: line.standardItemCode?.trim() || undefined,
  });
  // A line the matcher cannot read (no description) stays unmatched and sends the invoice to review.
  return parsed.success ? parsed.data : null;
};

/**
 * Lines whose item code a reviewer already mapped to a product on this supplier's earlier invoices (its profile),
 * by line number; only products still in the active catalog count.
 */
const matchLinesByProfile = async (nit: string | null, lines: { lineNumber: number; sellerItemCode: string | null; standardItemCode: string | null }[]) => {
  const profile = nit ? await findSupplierProfile({ nit }) : null;
  if (!profile) return new Map<number, string>();
  const mapped = mapLinesByProfile({ lines, profile });
  const active = await db.product.findMany({ where: { code: { in: [...new Set(mapped.values())] }, active: true }, select: { code: true } });
  const activeCodes = new Set(active.map((product) => product.code));
  return new Map([...mapped].filter(([, code]) => activeCodes.has(code)));
};

/**
 * The matching step: finds each line's product in the catalog and stores the product and score of the lines
 * matched with certainty (the supplier profile's item code mapping first, then catalog code, GTIN or an unambiguous
 * name); the others are left for the operator. The invoice moves on to VALIDATING. Only an invoice in MATCHING is matched, so running the step again changes nothing.
 */
export const matchInvoice = async ({ invoiceId }: MatchInvoiceOptions): Promise<TMatchInvoiceResult> => {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      status: true,
      supplier: { select: { nit: true } },
      lines: { select: { lineNumber: true, description: true, sellerItemCode: true, standardItemCode: true, productId: true } },
    },
  });
  if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
  if (invoice.status !== "MATCHING") {
    return { lineCount: invoice.lines.length, autoMatched: invoice.lines.filter((line) => line.productId !== null).length, matched: false };
  }

  const byProfile = await matchLinesByProfile(invoice.supplier?.nit ?? null, invoice.lines);
  const inputs = invoice.lines
    .filter((line) => !byProfile.has(line.lineNumber))
    .map(toMatchInput)
    .filter((line): line is TMatchLineInput => line !== null);
  const matches: TLineMatch[] = [];
  for (let start = 0; start < inputs.length; start += LINES_PER_REQUEST) {
    matches.push(...(await matchInvoiceLines({ lines: inputs.slice(start, start + LINES_PER_REQUEST) })).lines);
  }
  const certain = [
    ...[...byProfile].map(([lineNumber, code]) => ({ lineNumber, candidate: { code, score: 1 } })),
    ...matches.flatMap((match) =>
      match.status === "auto_matched" && match.candidates[0] ? [{ lineNumber: match.lineNumber, candidate: match.candidates[0] }] : [],
    ),
  ];

  await db.$transaction(async (tx) => {
    if (certain.length > 0) {
      // One statement for every matched line: the product id comes from its code in the same join.
      await tx.$executeRaw`
        UPDATE "InvoiceLine" AS line
        SET "productId" = product."id", "matchScore" = matched.score::numeric(5, 4), "updatedAt" = now()
        FROM unnest(${certain.map((match) => match.lineNumber)}::int[], ${certain.map((match) => match.candidate.code)}::text[],
                    ${certain.map((match) => match.candidate.score)}::float8[]) AS matched("lineNumber", code, score)
        JOIN "Product" AS product ON product."code" = matched.code
        WHERE line."invoiceId" = ${invoiceId}::uuid AND line."lineNumber" = matched."lineNumber"`;
    }
    await changeInvoiceStatus({
      tx,
      invoiceId,
      from: "MATCHING",
      to: "VALIDATING",
      actor: null,
      details: { lineCount: invoice.lines.length, autoMatched: certain.length, bySupplierProfile: byProfile.size },
    });
  });
  return { lineCount: invoice.lines.length, autoMatched: certain.length, matched: true };
};
