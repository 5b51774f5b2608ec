import { z } from "zod";
import { db } from "@/lib/db";
import type { TPageQuery } from "@/lib/invoices/schemas";

export const ZCertificateListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  invoiceNumber: z.string().nullable(),
  supplierName: z.string().nullable(),
  issuedAt: z.string(),
  voided: z.boolean(),
});
export type TCertificateListItem = z.infer<typeof ZCertificateListItem>;

export const findCertificates = async ({ page, pageSize }: TPageQuery) => {
  const [rows, total] = await Promise.all([
    db.certificate.findMany({
      orderBy: { issuedAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { invoice: { select: { number: true, supplier: { select: { name: true } } } } },
    }),
    db.certificate.count(),
  ]);
  return {
    total,
    items: z.array(ZCertificateListItem).parse(
      rows.map((certificate) => ({
        id: certificate.id,
        number: certificate.number,
        invoiceNumber: certificate.invoice.number,
        supplierName: certificate.invoice.supplier?.name ?? null,
        issuedAt: certificate.issuedAt.toISOString(),
        voided: certificate.voidedAt !== null,
      })),
    ),
  };
};
