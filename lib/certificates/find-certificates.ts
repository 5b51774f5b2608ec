import { db } from "@/lib/db";
import type { TPageQuery } from "@/lib/invoices/schemas";
import { ZCertificatePage, type TCertificatePage } from "./schemas";

/** Certificates newest first, current and voided, with the replacement's number for reissued ones. */
export const findCertificates = async ({ page, pageSize }: TPageQuery): Promise<TCertificatePage> => {
  const [rows, total] = await Promise.all([
    db.certificate.findMany({
      orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        number: true,
        invoiceId: true,
        issuedAt: true,
        voidedAt: true,
        voidReason: true,
        replacedBy: { select: { number: true } },
        invoice: { select: { number: true, supplier: { select: { name: true } } } },
      },
    }),
    db.certificate.count(),
  ]);
  return ZCertificatePage.parse({
    total,
    items: rows.map((certificate) => ({
      id: certificate.id,
      number: certificate.number,
      invoiceId: certificate.invoiceId,
      invoiceNumber: certificate.invoice.number,
      supplierName: certificate.invoice.supplier?.name ?? null,
      issuedAt: certificate.issuedAt.toISOString(),
      status: certificate.voidedAt ? "VOIDED" : "VALID",
      voidReason: certificate.voidReason,
      replacedByNumber: certificate.replacedBy?.number ?? null,
    })),
  });
};
