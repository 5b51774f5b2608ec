/** UBL 2.1 namespace URIs. Elements are matched by (namespace, local name), never by the literal prefix. */
export const UBL_NS = {
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  Invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CreditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  DebitNote: "urn:oasis:names:specification:ubl:schema:xsd:DebitNote-2",
  AttachedDocument: "urn:oasis:names:specification:ubl:schema:xsd:AttachedDocument-2",
  ApplicationResponse: "urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2",
} as const;
