import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import type { TCertificateContent } from "./schemas";

export type BuildSampleCertificateContentOptions = { lineCount?: number; verificationUrlBase?: string };

const PRODUCTS: [string, string, string][] = [
  ["Café pergamino seco excelso tipo exportación, bulto 70 kg", "0901.11", "18450000.00"],
  ["Panela en bloque redonda 500 g, caja x 24", "1701.13", "2380000.00"],
  ["Plátano hartón verde, canastilla 22 kg", "0803.90", "964500.00"],
  ["Leche cruda de vaca refrigerada, litro", "0401.20", "3125000.00"],
  ["Arroz paddy verde húmedo, tonelada", "1006.10", "12780000.00"],
  ["Aguacate Hass calibre 18, caja 10 kg", "0804.40", "5402000.00"],
  ["Cacao en grano fermentado y seco, saco 60 kg", "1801.00", "9870000.00"],
  ["Papa pastusa lavada, bulto 50 kg", "0701.90", "1186000.00"],
  ["Maíz amarillo tecnificado en grano, tonelada", "1005.90", "7250000.00"],
  ["Tilapia roja entera fresca, kg", "0302.71", "2645500.00"],
];

const party = (name: string, nit: string) => ({ name, nit, dv: computeNitCheckDigit(nit) ?? "0" });

/** Realistic certificate content (parties with valid NIT check digits, lines from the catalog) for tests and the benchmark. */
export const buildSampleCertificateContent = ({
  lineCount = 10,
  verificationUrlBase = "https://cotejo.bmc.com.co",
}: BuildSampleCertificateContentOptions = {}): TCertificateContent => {
  const eligibleLines = Array.from({ length: lineCount }, (_, index) => {
    const [description, classificationCode, amount] = PRODUCTS[index % PRODUCTS.length]!;
    return { lineNumber: index + 1, description, classificationCode, amount };
  });
  const eligibleCents = eligibleLines.reduce((sum, line) => sum + BigInt(line.amount.replace(".", "")), 0n);
  const excludedCents = 35000000n;
  const asAmount = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
  const verificationCode = "7KQ2-M9XD-4FRT-0BNW-C8JP";
  return {
    certificateNumber: "BMC-2026-000123",
    issuedAt: "2026-11-23T19:42:07.000Z",
    supplier: party("Cooperativa Agropecuaria del Huila Ltda.", "900123456"),
    customer: party("Comercializadora Andina de Alimentos S.A.S.", "860512347"),
    invoice: {
      number: "SETP990058987",
      issueDate: "2026-11-18",
      cufe: "8bb7e4f1ac36e6e0d0e0b2b0e5d1c3f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
    },
    registeredOn: "2026-11-23",
    eligibleLines,
    excluded: { count: 1, amount: asAmount(excludedCents), reasons: [{ reason: "CLASSIFICATION_NOT_ELIGIBLE", count: 1, amount: asAmount(excludedCents) }] },
    registeredValue: asAmount(eligibleCents + excludedCents + 1234567n),
    eligibleAmount: asAmount(eligibleCents),
    feeAmount: "63850.00",
    commissionAmount: "127700.00",
    withholdingAvoided: "958000.00",
    ruleSetVersion: 1,
    verificationCode,
    verificationUrl: `${verificationUrlBase}/verificar/${verificationCode}`,
  };
};
