import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";

export type CreateCommissionedInvoiceOptions = {
  /** Distinguishes the invoice number and bytes hash; also seeds the NITs. */
  index?: number;
  uploaderId?: string;
};

const randomNit = () => String(800_000_000 + (randomBytes(4).readUInt32BE() % 199_999_999));

/**
 * Test fixture: a priced invoice (status COMMISSIONED) as pricing leaves it: parties, three lines (two eligible, one
 * excluded), a published rule set and the Commission with its lines. The amounts add up as the calculation's do.
 */
export const createCommissionedInvoice = async ({ index = 1, uploaderId }: CreateCommissionedInvoiceOptions = {}) => {
  const uploader =
    uploaderId ??
    (
      await db.user.create({
        data: { email: `operador-${randomBytes(4).toString("hex")}@cotejo.test`, name: "Operador de prueba", role: "OPERATOR" },
      })
    ).id;
  const ruleSet =
    (await db.commissionRuleSet.findFirst({ where: { version: 1 } })) ??
    (await db.commissionRuleSet.create({
      data: {
        version: 1,
        status: "PUBLISHED",
        effectiveFrom: new Date("2026-01-01"),
        publishedAt: new Date("2026-01-01T05:00:00Z"),
        description: "Reglas de prueba",
        feeRateBps: 10,
        feeMin: "5000",
        commissionRateBps: 20,
        commissionMin: "10000",
      },
    }));
  const organization = async (name: string) => {
    const nit = randomNit();
    return db.organization.create({ data: { nit, dv: computeNitCheckDigit(nit) ?? "0", name } });
  };
  const supplier = await organization(`Cooperativa Cafetera ${index}`);
  const customer = await organization(`Comercializadora Andina ${index}`);
  const invoice = await db.invoice.create({
    data: {
      status: "COMMISSIONED",
      sourceType: "XML",
      sha256: createHash("sha256").update(`factura-${index}-${randomBytes(8).toString("hex")}`).digest("hex"),
      storageKey: "sha256/00/00/fixture",
      originalFilename: `factura-${index}.xml`,
      mimeType: "application/xml",
      sizeBytes: 1000,
      number: `SETP${990000000 + index}`,
      cufe: createHash("sha384").update(`cufe-${index}`).digest("hex"),
      issueDate: new Date("2026-11-18"),
      supplierId: supplier.id,
      customerId: customer.id,
      subtotal: "5350000.00",
      total: "5350000.00",
      uploadedById: uploader,
      lines: {
        create: [
          { lineNumber: 1, description: "Café pergamino seco excelso, bulto 70 kg", lineAmount: "4000000.00" },
          { lineNumber: 2, description: "Panela en bloque 500 g, caja x 24", lineAmount: "1000000.00" },
          { lineNumber: 3, description: "Costales de fique usados", lineAmount: "350000.00" },
        ],
      },
    },
  });
  const commission = await db.commission.create({
    data: {
      invoiceId: invoice.id,
      ruleSetId: ruleSet.id,
      registeredOn: new Date("2026-11-23"),
      invoiceTotal: "5350000.00",
      eligibleAmount: "5000000.00",
      excludedAmount: "350000.00",
      feeAmount: "5000.00",
      commissionAmount: "10000.00",
      withholdingAvoided: "85000.00",
      inputs: {},
      inputsHash: "0".repeat(64),
      breakdown: {},
      supplierId: supplier.id,
      customerId: customer.id,
      operatorId: uploader,
      lines: {
        create: [
          { lineNumber: 1, classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION", lineAmount: "4000000.00", feeAmount: "4000.00", commissionAmount: "8000.00", withholdingAvoided: "60000.00" },
          { lineNumber: 2, classificationCode: "1701.13", eligibility: "FIRST_TRANSFORMATION", lineAmount: "1000000.00", feeAmount: "1000.00", commissionAmount: "2000.00", withholdingAvoided: "25000.00" },
          { lineNumber: 3, classificationCode: "6305.10", eligibility: "NOT_ELIGIBLE", excludedReason: "CLASSIFICATION_NOT_ELIGIBLE", lineAmount: "350000.00", feeAmount: "0.00", commissionAmount: "0.00", withholdingAvoided: "0.00" },
        ],
      },
    },
  });
  return { invoice, commission, supplier, customer, uploaderId: uploader };
};
