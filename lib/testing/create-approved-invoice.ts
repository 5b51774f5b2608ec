import { createHash, randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { db } from "@/lib/db";
import type { TEligibility } from "@/lib/commissions/schemas";
import { isoToCalendarDate } from "@/lib/format/calendar-date";

export type ApprovedInvoiceLineSpec = {
  lineAmount: string | null;
  /** Null leaves the line without a matched product. */
  classificationCode?: string | null;
  eligibility?: TEligibility;
  category?: string;
  description?: string;
};

export type CreateApprovedInvoiceOptions = {
  lines: ApprovedInvoiceLineSpec[];
  issueDate?: string;
  number?: string;
  total?: string;
  supplier?: { nit: string; dv: string; name: string };
  customer?: { nit: string; dv: string; name: string };
  uploaderEmail?: string;
};

const WITHHOLDING_BPS: Record<TEligibility, number> = { AGRO_NATURAL: 150, FIRST_TRANSFORMATION: 250, NOT_ELIGIBLE: 0 };

const upsertOrganization = ({ nit, dv, name }: { nit: string; dv: string; name: string }) =>
  db.organization.upsert({ where: { nit }, update: {}, create: { nit, dv, name } });

const upsertProduct = async (spec: ApprovedInvoiceLineSpec & { classificationCode: string }) => {
  const eligibility = spec.eligibility ?? "AGRO_NATURAL";
  const classification = await db.dianClassification.upsert({
    where: { code: spec.classificationCode },
    update: {},
    create: {
      code: spec.classificationCode,
      name: `Clasificación ${spec.classificationCode}`,
      eligibility,
      withholdingRateBps: WITHHOLDING_BPS[eligibility],
    },
  });
  const code = `TEST-${spec.classificationCode}-${spec.category ?? "General"}`;
  return db.product.upsert({
    where: { code },
    update: {},
    create: {
      code,
      name: spec.description ?? `Producto ${code}`,
      normalizedName: (spec.description ?? `producto ${code}`).toLowerCase(),
      classificationId: classification.id,
      category: spec.category ?? "General",
      unitCode: "KGM",
    },
  });
};

/**
 * Test fixture: an APPROVED invoice with its parties, uploader and lines matched to products of the given DIAN
 * classifications (created on demand), as the review step leaves it for pricing.
 */
export const createApprovedInvoice = async ({
  lines,
  issueDate = "2026-11-02",
  number = `FE-${randomUUID().slice(0, 8)}`,
  total,
  supplier = { nit: "900373115", dv: "3", name: "Cooperativa Agraria del Huila" },
  customer = { nit: "860002964", dv: "4", name: "Comercializadora Andina S.A.S." },
  uploaderEmail = "operador@cotejo.test",
}: CreateApprovedInvoiceOptions) => {
  const [supplierRow, customerRow, uploader] = await Promise.all([
    upsertOrganization(supplier),
    upsertOrganization(customer),
    db.user.upsert({
      where: { email: uploaderEmail },
      update: {},
      create: { email: uploaderEmail, name: "Operador de prueba", role: "OPERATOR" },
    }),
  ]);
  // One at a time: lines may share a classification, and concurrent upserts of the same row would race.
  const productIds: (bigint | null)[] = [];
  for (const line of lines) {
    const { classificationCode } = line;
    productIds.push(classificationCode ? (await upsertProduct({ ...line, classificationCode })).id : null);
  }
  const subtotal = lines.reduce((sum, line) => sum.plus(line.lineAmount ?? 0), new Decimal(0));
  return db.invoice.create({
    data: {
      status: "APPROVED",
      sourceType: "XML",
      sha256: createHash("sha256").update(randomUUID()).digest("hex"),
      storageKey: "test/fixture.xml",
      originalFilename: "fixture.xml",
      mimeType: "application/xml",
      sizeBytes: 1,
      documentType: "INVOICE",
      number,
      cufe: createHash("sha384").update(number).digest("hex"),
      issueDate: isoToCalendarDate(issueDate),
      supplierId: supplierRow.id,
      customerId: customerRow.id,
      uploadedById: uploader.id,
      total: total ?? subtotal.toFixed(2),
      lines: {
        create: lines.map((line, index) => ({
          lineNumber: index + 1,
          description: line.description ?? `Línea ${index + 1}`,
          quantity: "1",
          unitCode: "KGM",
          lineAmount: line.lineAmount,
          productId: productIds[index] ?? null,
        })),
      },
    },
    include: { lines: true },
  });
};
