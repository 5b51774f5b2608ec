import { apiErrorMessage } from "@/components/common/api-error-message";

export type TFileState<T> = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; value: T };

/** The stored original, or an Error with the server's Spanish message when it refuses it. */
export const fetchInvoiceFile = async ({ invoiceId, signal }: { invoiceId: string; signal: AbortSignal }): Promise<Response> => {
  const response = await fetch(`/api/invoices/${encodeURIComponent(invoiceId)}/file`, { credentials: "same-origin", signal });
  if (response.ok) return response;
  const data: unknown = await response.json().catch(() => null);
  throw new Error(apiErrorMessage({ data }, `el servidor respondió ${response.status}`));
};
