export type NormalizeTruthFieldsOptions = { fields: Record<string, unknown> };

/** snake_case names used by the DIAN UBL fixtures (expected.jsonl), mapped to the result shape's names. */
const ALIASES: Record<string, string> = {
  id: "number",
  issue_date: "issueDate",
  due_date: "dueDate",
  supplier_name: "supplierName",
  supplier_nit: "supplierNit",
  supplier_nit_dv: "supplierDv",
  customer_name: "customerName",
  customer_id: "customerId",
  line_extension_amount: "subtotal",
  payable_amount: "total",
  uuid: "cufe",
};

/** Accepts ground truth in the result shape's names (preferred) or the DIAN fixtures' snake_case names. */
export const normalizeTruthFields = ({ fields }: NormalizeTruthFieldsOptions): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [ALIASES[key] ?? key, value]));
