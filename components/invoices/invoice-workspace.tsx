"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useCallback, useMemo, useRef, useState } from "react";
import { DocumentViewer } from "@/components/documents/document-viewer";
import type { TInvoiceDetail } from "@/lib/invoices/invoice-detail-schemas";
import { listExtractedFields } from "@/lib/review/list-extracted-fields";
import { listFieldHighlights } from "@/lib/review/list-field-highlights";
import { REQUIRED_HEADER_FIELDS } from "@/lib/validation/required-fields";
import { ExtractedFieldList } from "./extracted-field-list";
import { InvoiceLinesTable } from "./invoice-lines-table";

const REQUIRED_KEYS = new Set<string>(REQUIRED_HEADER_FIELDS.map((name) => `header.${name}`));

export type InvoiceWorkspaceProps = {
  detail: TInvoiceDetail;
  /** Staff may recompute a line's catalog candidates. */
  canMatch: boolean;
};

/**
 * The original document beside what was read from it: hovering or focusing a value shows its box on the page, and
 * a click on a box focuses the value.
 */
export const InvoiceWorkspace = ({ detail, canMatch }: InvoiceWorkspaceProps) => {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const fieldElements = useRef(new Map<string, HTMLElement>());
  const { extraction, validation } = detail;
  const fields = useMemo(() => (extraction ? listExtractedFields({ extraction }) : []), [extraction]);
  const highlights = useMemo(
    () => listFieldHighlights({ fields, findings: validation?.findings ?? [] }),
    [fields, validation],
  );
  const boxedKeys = useMemo(() => new Set(highlights.map((highlight) => highlight.key)), [highlights]);
  const fieldsByKey = useMemo(() => new Map(fields.map((field) => [field.key, field])), [fields]);
  const findingKeys = useMemo(() => new Set(validation?.findings.map((finding) => finding.field)), [validation]);
  // Unread header fields are listed only when they matter: required, or named by a finding.
  const headerFields = fields.filter(
    (field) => field.lineNumber === null && (field.value !== null || REQUIRED_KEYS.has(field.key) || findingKeys.has(field.key)),
  );

  const registerField = useCallback((key: string, element: HTMLElement | null) => {
    if (element) fieldElements.current.set(key, element);
    else fieldElements.current.delete(key);
  }, []);
  const focusField = useCallback((key: string) => {
    const element = fieldElements.current.get(key);
    if (!element) return;
    element.scrollIntoView({ block: "nearest", behavior: "smooth" });
    element.focus({ preventScroll: true });
  }, []);
  const currency = extraction?.header.currency?.value ?? null;

  return (
    <>
      <Box sx={{ display: "grid", gap: 3, gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "minmax(0, 3fr) minmax(360px, 2fr)" }, mb: 3 }}>
        <Paper component="section" aria-label="Documento original" sx={{ p: 2, height: { xs: "75vh", lg: "calc(100vh - 160px)" }, minHeight: 480, display: "flex", flexDirection: "column" }}>
          <Box sx={{ flex: 1, minHeight: 0, overflow: "auto" }}>
            <DocumentViewer
              invoiceId={detail.id}
              sourceType={detail.sourceType}
              highlights={highlights}
              activeKey={activeKey}
              onHighlightClick={focusField}
            />
          </Box>
        </Paper>
        <Paper component="section" aria-labelledby="read-fields-title" sx={{ p: 2, height: { lg: "calc(100vh - 160px)" }, overflowY: "auto" }}>
          <Typography id="read-fields-title" variant="h2" component="h2" sx={{ mb: 0.5 }}>
            Datos leídos
          </Typography>
          <Typography id="field-list-hint" variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
            {highlights.length > 0
              ? "Pase el cursor o el foco por un campo para verlo en el documento; un clic en un recuadro lleva al campo."
              : "Valores leídos del XML firmado: no tienen ubicación en una página."}
          </Typography>
          {extraction ? (
            <ExtractedFieldList
              fields={headerFields}
              currency={currency}
              activeKey={activeKey}
              onActivate={setActiveKey}
              registerField={registerField}
              boxedKeys={boxedKeys}
            />
          ) : (
            <Alert severity="info">La factura aún no se ha leído; los datos aparecerán cuando termine la extracción.</Alert>
          )}
        </Paper>
      </Box>
      <Typography variant="h2" component="h2" sx={{ mb: 1.5 }}>
        Líneas y productos
      </Typography>
      <Box sx={{ mb: 3 }}>
        <InvoiceLinesTable
          lines={detail.lines}
          extractedLines={extraction?.lines ?? []}
          fieldsByKey={fieldsByKey}
          currency={currency}
          activeKey={activeKey}
          onActivate={setActiveKey}
          registerField={registerField}
          canMatch={canMatch}
        />
      </Box>
    </>
  );
};
