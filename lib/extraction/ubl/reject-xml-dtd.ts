import { AppError } from "@/lib/errors";

/**
 * Refuses any DOCTYPE or ENTITY declaration, also inside comments or CDATA: a rejected false positive costs one
 * manual review, a missed DOCTYPE could cost the server (entity expansion, external entities). UBL never needs one.
 */
export const rejectXmlDtd = ({ text }: { text: string }): void => {
  if (/<!\s*(doctype|entity)/i.test(text)) {
    throw new AppError("XML_DOCTYPE_FORBIDDEN", {
      message:
        "El XML trae una declaración DOCTYPE o ENTITY, que una factura UBL nunca necesita y se usa en ataques; no se procesó.",
    });
  }
};
