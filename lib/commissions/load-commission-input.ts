import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarDateToIso } from "@/lib/format/calendar-date";
import { ZCommissionInput, type TCommissionInput } from "./schemas";

export type LoadCommissionInputOptions = { invoiceId: string; registeredOn: string };

export type CommissionSubject = {
  input: TCommissionInput;
  invoice: { status: string; supplierId: string | null; customerId: string | null; uploadedById: string };
};

const PRICEABLE_STATUSES = new Set(["APPROVED", "COMMISSIONED", "CERTIFIED"]);

/** Reads an approved invoice with its lines' products and classifications into the calculation's input. */
export const loadCommissionInput = async ({
  invoiceId,
  registeredOn,
}: LoadCommissionInputOptions): Promise<CommissionSubject> => {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      status: true,
      issueDate: true,
      total: true,
      supplierId: true,
      customerId: true,
      uploadedById: true,
      lines: {
        orderBy: { lineNumber: "asc" },
        select: {
          lineNumber: true,
          lineAmount: true,
          product: {
            select: {
              code: true,
              category: true,
              active: true,
              classification: { select: { code: true, eligibility: true, withholdingRateBps: true } },
            },
          },
        },
      },
    },
  });
  if (!invoice) throw new AppError("NOT_FOUND", { message: "La factura no existe." });
  if (!PRICEABLE_STATUSES.has(invoice.status)) {
    throw new AppError("INVOICE_NOT_READY", {
      message: "La factura debe estar aprobada para liquidar la tarifa y la comisión.",
      details: { status: invoice.status },
    });
  }
  if (!invoice.issueDate || !invoice.total || invoice.lines.length === 0) {
    throw new AppError("INVOICE_NOT_READY", {
      message: "A la factura le falta la fecha de emisión, el total o las líneas.",
    });
  }
  const input = ZCommissionInput.parse({
    invoiceId,
    issueDate: calendarDateToIso(invoice.issueDate),
    registeredOn,
    invoiceTotal: invoice.total.toFixed(2),
    lines: invoice.lines.map((line) => ({
      lineNumber: line.lineNumber,
      lineAmount: line.lineAmount?.toFixed(2) ?? null,
      product: line.product && {
        code: line.product.code,
        category: line.product.category,
        active: line.product.active,
        classificationCode: line.product.classification.code,
        eligibility: line.product.classification.eligibility,
        withholdingRateBps: line.product.classification.withholdingRateBps,
      },
    })),
  });
  const { status, supplierId, customerId, uploadedById } = invoice;
  return { input, invoice: { status, supplierId, customerId, uploadedById } };
};
