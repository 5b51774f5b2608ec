"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { DataTable } from "@/components/common/data-table";
import type { TExtractionResult, TTaxSubtotal } from "@/lib/extraction/schemas";
import { formatAmount } from "@/lib/format/format-amount";
import { formatCalendarDate } from "@/lib/format/format-date";
import { formatNit } from "@/lib/format/format-nit";
import { DOCUMENT_TYPE_LABELS } from "@/lib/review/list-extracted-fields";
import { useGetInvoiceDetailQuery } from "@/lib/store/invoice-detail-api";
import { fetchInvoiceFile, type TFileState } from "./fetch-invoice-file";
import { decodeXmlBytes, formatXmlSource } from "./format-xml-source";

const Party = ({ title, name, id, dv }: { title: string; name?: string; id?: string; dv?: string }) => (
  <Box sx={{ flex: 1, minWidth: 200 }}>
    <Typography variant="overline" color="text.secondary">
      {title}
    </Typography>
    <Typography variant="subtitle1">{name ?? "—"}</Typography>
    <Typography variant="body2">NIT {id ? (dv ? formatNit(id, dv) : id) : "—"}</Typography>
  </Box>
);

const TotalRow = ({ label, value, isStrong = false }: { label: string; value: string; isStrong?: boolean }) => (
  <Stack direction="row" sx={{ justifyContent: "space-between", gap: 4 }}>
    <Typography variant={isStrong ? "subtitle1" : "body2"}>{label}</Typography>
    <Typography variant={isStrong ? "subtitle1" : "body2"} sx={{ whiteSpace: "nowrap", fontWeight: isStrong ? 700 : undefined }}>
      {value}
    </Typography>
  </Stack>
);

const taxLabel = (tax: TTaxSubtotal) =>
  `${tax.name?.value ?? `Impuesto ${tax.scheme.value}`}${tax.rate ? ` ${tax.rate.value.replace(".", ",")} %` : ""}`;

/** The invoice as a document, from the extraction: what the XML says, readable. */
const RenderedInvoice = ({ extraction }: { extraction: TExtractionResult }) => {
  const { header, lines } = extraction;
  const currency = header.currency?.value;
  const money = (value: string | undefined) => (value === undefined ? "—" : formatAmount(value, currency));
  return (
    <Paper variant="outlined" sx={{ p: 3 }} aria-label="Factura renderizada">
      <Stack direction="row" sx={{ justifyContent: "space-between", flexWrap: "wrap", gap: 2 }}>
        <Box>
          <Typography variant="h3" component="h3">
            {header.documentType ? DOCUMENT_TYPE_LABELS[header.documentType.value] : "Documento"} {header.number?.value ?? ""}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Emitida el {header.issueDate ? formatCalendarDate(header.issueDate.value) : "—"}
            {header.issueTime ? ` a las ${header.issueTime.value}` : ""}
            {header.dueDate ? ` · vence el ${formatCalendarDate(header.dueDate.value)}` : ""}
            {currency ? ` · moneda ${currency}` : ""}
          </Typography>
        </Box>
      </Stack>
      <Stack direction="row" sx={{ my: 2, gap: 3, flexWrap: "wrap" }}>
        <Party title="Proveedor" name={header.supplierName?.value} id={header.supplierNit?.value} dv={header.supplierDv?.value} />
        <Party title="Cliente" name={header.customerName?.value} id={header.customerId?.value} dv={header.customerDv?.value} />
      </Stack>
      <DataTable
        label="Líneas del documento"
        rows={lines}
        rowKey={(line) => String(line.lineNumber)}
        emptyTitle="La factura no tiene líneas"
        columns={[
          { key: "n", header: "#", render: (line) => line.lineNumber },
          { key: "description", header: "Descripción", render: (line) => line.description.value },
          {
            key: "quantity",
            header: "Cantidad",
            align: "right",
            render: (line) => `${line.quantity?.value.replace(".", ",") ?? "—"} ${line.unitCode?.value ?? ""}`,
          },
          { key: "unitPrice", header: "Precio unitario", align: "right", render: (line) => money(line.unitPrice?.value) },
          { key: "lineAmount", header: "Valor", align: "right", render: (line) => money(line.lineAmount?.value) },
        ]}
      />
      <Stack sx={{ mt: 2, ml: "auto", maxWidth: 360 }} spacing={0.5} aria-label="Totales">
        <TotalRow label="Subtotal" value={money(header.subtotal?.value)} />
        {header.allowanceTotal && <TotalRow label="Descuentos" value={money(header.allowanceTotal.value)} />}
        {header.chargeTotal && <TotalRow label="Cargos" value={money(header.chargeTotal.value)} />}
        {header.taxes.map((tax, index) => (
          <TotalRow key={`tax-${index}`} label={taxLabel(tax)} value={money(tax.amount.value)} />
        ))}
        {header.withholdings.map((tax, index) => (
          <TotalRow key={`withholding-${index}`} label={`Retención: ${taxLabel(tax)}`} value={money(tax.amount.value)} />
        ))}
        <Divider />
        <TotalRow label="Total a pagar" value={money(header.total?.value)} isStrong />
      </Stack>
      {header.cufe && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2, wordBreak: "break-all" }}>
          CUFE: {header.cufe.value}
        </Typography>
      )}
    </Paper>
  );
};

const XmlSource = ({ invoiceId }: { invoiceId: string }) => {
  const [state, setState] = useState<TFileState<string>>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    void fetchInvoiceFile({ invoiceId, signal: controller.signal })
      .then(async (response) => setState({ status: "ready", value: formatXmlSource(decodeXmlBytes(await response.arrayBuffer())) }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [invoiceId]);
  if (state.status === "loading") return <Skeleton variant="rectangular" height={320} aria-label="Cargando el XML" />;
  if (state.status === "error") return <Alert severity="error">No se pudo cargar el XML: {state.message}</Alert>;
  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label="Código fuente XML"
      sx={{
        m: 0,
        p: 2,
        maxHeight: "70vh",
        overflow: "auto",
        bgcolor: "grey.100",
        borderRadius: 1,
        fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
        fontSize: 12,
        lineHeight: 1.5,
        whiteSpace: "pre",
      }}
    >
      {state.value}
    </Box>
  );
};

/** An electronic invoice: the invoice rendered from its extraction, and the XML source as text. */
export const XmlDocument = ({ invoiceId }: { invoiceId: string }) => {
  const [tab, setTab] = useState<"invoice" | "source">("invoice");
  const { data, error, isLoading } = useGetInvoiceDetailQuery(invoiceId);
  return (
    <Box>
      <Tabs value={tab} onChange={(_event, value: "invoice" | "source") => setTab(value)} aria-label="Vista del documento" sx={{ mb: 2 }}>
        <Tab value="invoice" label="Factura" id="document-tab-invoice" aria-controls="document-panel-invoice" />
        <Tab value="source" label="XML" id="document-tab-source" aria-controls="document-panel-source" />
      </Tabs>
      <Box role="tabpanel" id={`document-panel-${tab}`} aria-labelledby={`document-tab-${tab}`}>
        {tab === "source" && <XmlSource invoiceId={invoiceId} />}
        {tab === "invoice" && isLoading && <Skeleton variant="rectangular" height={320} aria-label="Cargando la factura" />}
        {tab === "invoice" && !isLoading && !data && <Alert severity="error">{apiErrorMessage(error, "No se pudo cargar la factura.")}</Alert>}
        {tab === "invoice" && data && !data.extraction && <Alert severity="info">La factura aún no se ha leído.</Alert>}
        {tab === "invoice" && data?.extraction && <RenderedInvoice extraction={data.extraction} />}
      </Box>
    </Box>
  );
};
