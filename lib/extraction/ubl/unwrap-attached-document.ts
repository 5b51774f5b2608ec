import { AppError } from "@/lib/errors";
import { parseXmlTree } from "./parse-xml-tree";
import { UBL_NS } from "./ubl-namespaces";
import { type TWarn } from "./xml-value";
import { childOf, childrenOf, pathOf, textOf, type XNode } from "./xml-node";

const { cbc, cac } = UBL_NS;

export type UnwrapAttachedDocumentOptions = { wrapper: XNode; warn: TWarn };
export type TUnwrappedDocument = {
  document: XNode;
  dianValidation: { responseCode: string | null; description: string | null } | null;
};

const embeddedXml = (reference: XNode | null): string | null =>
  textOf(pathOf(reference, [cac, "Attachment"], [cac, "ExternalReference"], [cbc, "Description"]));

/**
 * DIAN's AttachedDocument carries the invoice as text in Attachment/ExternalReference/Description and the DIAN
 * ApplicationResponse in ParentDocumentLineReference/DocumentReference. Both are parsed with the same safety
 * checks as an uploaded file; a wrapper inside a wrapper is not UBL we accept.
 */
export const unwrapAttachedDocument = ({ wrapper, warn }: UnwrapAttachedDocumentOptions): TUnwrappedDocument => {
  const invoiceText = embeddedXml(wrapper);
  if (invoiceText === null) {
    throw new AppError("XML_NOT_UBL", {
      message: "El AttachedDocument no trae la factura en Attachment/ExternalReference/Description.",
    });
  }
  const document = parseXmlTree({ text: invoiceText });
  const expectedNs = UBL_NS[document.name as "Invoice" | "CreditNote" | "DebitNote"];
  if (!["Invoice", "CreditNote", "DebitNote"].includes(document.name) || document.ns !== expectedNs) {
    throw new AppError("XML_NOT_UBL", {
      message: `El AttachedDocument contiene un ${document.name}, no una factura, nota crédito o nota débito UBL.`,
    });
  }

  let dianValidation: TUnwrappedDocument["dianValidation"] = null;
  const responses = childrenOf(wrapper, cac, "ParentDocumentLineReference")
    .map((lineReference) => embeddedXml(childOf(lineReference, cac, "DocumentReference")))
    .filter((text): text is string => text !== null);
  const responseText = responses[0];
  if (responseText === undefined) {
    warn("DIAN_RESPONSE_MISSING", "El AttachedDocument no trae la respuesta de validación de la DIAN (ApplicationResponse).");
  } else {
    try {
      const response = parseXmlTree({ text: responseText });
      if (response.name !== "ApplicationResponse" || response.ns !== UBL_NS.ApplicationResponse) {
        throw new AppError("XML_NOT_UBL", { message: "no es un ApplicationResponse" });
      }
      const documentResponse = childOf(response, cac, "DocumentResponse");
      const answer = childOf(documentResponse, cac, "Response");
      dianValidation = {
        responseCode: textOf(childOf(answer, cbc, "ResponseCode")),
        description: textOf(childOf(answer, cbc, "Description")),
      };
    } catch (error) {
      warn(
        "DIAN_RESPONSE_UNREADABLE",
        `La respuesta de la DIAN dentro del AttachedDocument no se pudo leer (${error instanceof Error ? error.message : "error"}).`,
      );
    }
  }
  return { document, dianValidation };
};
