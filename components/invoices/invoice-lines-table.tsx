"use client";

import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Collapse from "@mui/material/Collapse";
import IconButton from "@mui/material/IconButton";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { Fragment, useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { EligibilityChip } from "@/components/products/eligibility-chip";
import type { TExtractedLine } from "@/lib/extraction/schemas";
import type { TInvoiceDetailLine } from "@/lib/invoices/invoice-detail-schemas";
import type { TExtractedField } from "@/lib/review/list-extracted-fields";
import { useMatchInvoiceLinesQuery } from "@/lib/store/invoice-detail-api";
import { ConfidenceBand } from "./confidence-band";
import { formatExtractedValue } from "./format-extracted-value";

const MATCH_TYPE_LABELS = { code: "Código", gtin: "GTIN", name: "Nombre" } as const;
const VALUE_COLUMNS = [
  { name: "description", header: "Descripción", align: "left" },
  { name: "quantity", header: "Cantidad", align: "right" },
  { name: "unitPrice", header: "Precio unitario", align: "right" },
  { name: "lineAmount", header: "Valor", align: "right" },
] as const;

const percent = (score: string | number) => `${Math.round(Number(score) * 100)} %`;

export type InvoiceLinesTableProps = {
  lines: readonly TInvoiceDetailLine[];
  /** The extracted lines, for their read values' confidence; absent before extraction. */
  extractedLines: readonly TExtractedLine[];
  /** Line fields by key (`lines.3.quantity`). */
  fieldsByKey: ReadonlyMap<string, TExtractedField>;
  currency: string | null;
  activeKey: string | null;
  onActivate: (key: string | null) => void;
  registerField: (key: string, element: HTMLElement | null) => void;
  /** Only staff may ask the catalog for candidates (POST /api/products/match). */
  canMatch: boolean;
};

const Alternatives = ({ line }: { line: TExtractedLine }) => {
  const code = (value: string | undefined) => (value && value.trim() !== "" ? value : undefined);
  const { data, error, isFetching } = useMatchInvoiceLinesQuery({
    lines: [
      {
        lineNumber: line.lineNumber,
        description: line.description.value,
        sellerItemCode: code(line.sellerItemCode?.value),
        standardItemCode: code(line.standardItemCode?.value),
      },
    ],
  });
  if (isFetching) return <LinearProgress aria-label="Buscando candidatos" />;
  if (!data) return <Alert severity="error">{apiErrorMessage(error, "No se pudieron buscar candidatos.")}</Alert>;
  const candidates = data.lines[0]?.candidates ?? [];
  if (candidates.length === 0) return <Typography variant="body2">El catálogo no tiene candidatos para esta línea.</Typography>;
  return (
    <Table size="small" aria-label={`Candidatos de la línea ${line.lineNumber}`}>
      <TableHead>
        <TableRow>
          <TableCell>Producto</TableCell>
          <TableCell>Clasificación DIAN</TableCell>
          <TableCell>Elegibilidad</TableCell>
          <TableCell>Coincidencia por</TableCell>
          <TableCell align="right">Puntaje</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {candidates.map((candidate) => (
          <TableRow key={candidate.code}>
            <TableCell>
              {candidate.code} · {candidate.name}
            </TableCell>
            <TableCell>
              {candidate.classificationCode} · {candidate.classificationName}
            </TableCell>
            <TableCell>
              <EligibilityChip eligibility={candidate.eligibility} />
            </TableCell>
            <TableCell>{MATCH_TYPE_LABELS[candidate.matchType]}</TableCell>
            <TableCell align="right">{percent(candidate.score)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The invoice lines: values read (with confidence), the catalog product each was matched to, and on demand the alternatives. */
export const InvoiceLinesTable = ({ lines, extractedLines, fieldsByKey, currency, activeKey, onActivate, registerField, canMatch }: InvoiceLinesTableProps) => {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (lineNumber: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(lineNumber)) next.add(lineNumber);
      return next;
    });
  // InvoiceLine.lineNumber is the line's position in the extraction, not the document's own line id.
  const extractedByNumber = new Map(extractedLines.map((line, index) => [index + 1, line]));
  const columnCount = VALUE_COLUMNS.length + 3 + (canMatch ? 1 : 0);
  if (lines.length === 0) {
    return (
      <Paper sx={{ p: 2 }}>
        <Typography variant="body2">La factura aún no tiene líneas registradas.</Typography>
      </Paper>
    );
  }
  return (
    // Focusable so that a keyboard can scroll it sideways on narrow screens.
    <TableContainer component={Paper} tabIndex={0} role="region" aria-label="Líneas y productos">
      <Table size="small" aria-label="Líneas de la factura">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            {VALUE_COLUMNS.map((column) => (
              <TableCell key={column.name} align={column.align}>
                {column.header}
              </TableCell>
            ))}
            <TableCell>Producto del catálogo</TableCell>
            <TableCell align="right">Puntaje</TableCell>
            {canMatch && <TableCell align="center">Alternativas</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => {
            const extracted = extractedByNumber.get(line.lineNumber);
            const isExpanded = expanded.has(line.lineNumber);
            return (
              <Fragment key={line.lineNumber}>
                <TableRow>
                  <TableCell>{line.lineNumber}</TableCell>
                  {VALUE_COLUMNS.map((column) => {
                    const key = `lines.${line.lineNumber}.${column.name}`;
                    const field = fieldsByKey.get(key);
                    const isActive = key === activeKey;
                    return (
                      <TableCell
                        key={column.name}
                        align={column.align}
                        ref={(element: HTMLTableCellElement | null) => registerField(key, element)}
                        tabIndex={field ? 0 : undefined}
                        data-field-key={key}
                        onMouseEnter={field ? () => onActivate(key) : undefined}
                        onMouseLeave={field ? () => onActivate(null) : undefined}
                        onFocus={field ? () => onActivate(key) : undefined}
                        onBlur={field ? () => onActivate(null) : undefined}
                        sx={{
                          whiteSpace: column.align === "right" ? "nowrap" : undefined,
                          bgcolor: isActive ? "action.selected" : undefined,
                          outline: "none",
                          "&:focus-visible": { boxShadow: (theme) => `inset 0 0 0 2px ${theme.palette.primary.main}` },
                        }}
                      >
                        {field ? formatExtractedValue(field, currency) : column.name === "description" ? line.description : "—"}
                        {field && field.source !== "xml" && (
                          <Box sx={{ display: "flex", justifyContent: column.align === "right" ? "flex-end" : "flex-start" }}>
                            <ConfidenceBand confidence={field.confidence} />
                          </Box>
                        )}
                      </TableCell>
                    );
                  })}
                  <TableCell>
                    {line.product ? (
                      <Box>
                        <Typography variant="body2">
                          {line.product.code} · {line.product.name}
                        </Typography>
                        <Typography variant="caption" color="text.secondary" component="p">
                          DIAN {line.product.classificationCode} · {line.product.classificationName}
                        </Typography>
                        <EligibilityChip eligibility={line.product.eligibility} />
                      </Box>
                    ) : (
                      <Typography variant="body2" color="warning.main">
                        Sin producto
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{line.matchScore === null ? "—" : percent(line.matchScore)}</TableCell>
                  {canMatch && (
                    <TableCell align="center">
                      <Tooltip title={isExpanded ? "Ocultar alternativas" : "Ver alternativas del catálogo"}>
                        <span>
                          <IconButton
                            size="small"
                            aria-label={`${isExpanded ? "Ocultar" : "Ver"} alternativas de la línea ${line.lineNumber}`}
                            aria-expanded={isExpanded}
                            disabled={!extracted}
                            onClick={() => toggle(line.lineNumber)}
                          >
                            {isExpanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                          </IconButton>
                        </span>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
                {canMatch && extracted && (
                  <TableRow>
                    <TableCell colSpan={columnCount} sx={{ py: 0, borderBottom: isExpanded ? undefined : "none" }}>
                      <Collapse in={isExpanded} unmountOnExit>
                        <Box sx={{ py: 1.5 }}>
                          <Alternatives line={extracted} />
                        </Box>
                      </Collapse>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
