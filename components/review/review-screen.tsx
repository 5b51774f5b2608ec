"use client";

import Decimal from "decimal.js";
import KeyboardIcon from "@mui/icons-material/Keyboard";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Grid from "@mui/material/Grid";
import Paper from "@mui/material/Paper";
import Snackbar from "@mui/material/Snackbar";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useHotkeys } from "react-hotkeys-hook";
import { PageHeader } from "@/components/common/page-header";
import { DocumentViewer } from "@/components/documents/document-viewer";
import { StatusChip } from "@/components/common/status-chip";
import { TextLink } from "@/components/common/text-link";
import type { TRole } from "@/lib/auth/schemas";
import { formatCop } from "@/lib/format/format-cop";
import { applyCorrections } from "@/lib/review/apply-corrections";
import { checkReviewArithmetic } from "@/lib/review/check-review-arithmetic";
import { draftsToCorrections } from "@/lib/review/drafts-to-corrections";
import { listApprovalConcerns } from "@/lib/review/list-approval-concerns";
import { listAttentionFields } from "@/lib/review/list-attention-fields";
import { HEADER_FIELD_LABELS, listExtractedFields } from "@/lib/review/list-extracted-fields";
import { listFieldHighlights } from "@/lib/review/list-field-highlights";
import { readFieldValue } from "@/lib/review/read-field-value";
import {
  EDITABLE_HEADER_FIELDS,
  REVIEW_HEARTBEAT_SECONDS,
  ZApprovalConcern,
  ZReviewLockHolder,
  type TApprovalConcern,
  type TCorrectionsBody,
  type TReviewInvoice,
} from "@/lib/review/schemas";
import { useCompleteInvoiceReviewMutation } from "@/lib/store/api";
import {
  useBreakReviewLockMutation,
  useClaimReviewLockMutation,
  useGetAdjacentReviewInvoicesQuery,
  useGetReviewInvoiceQuery,
  useReleaseReviewLockMutation,
  useSaveCorrectionsMutation,
} from "@/lib/store/review-api";
import type { TProductOption } from "./product-autocomplete";
import { readApiError } from "./read-api-error";
import { ConfirmApprovalDialog, RejectDialog, ShortcutsDialog } from "./review-dialogs";
import { ReviewField } from "./review-field";
import { ReviewLinesGrid } from "./review-lines-grid";

type TLock = { kind: "pending" } | { kind: "mine" } | { kind: "refused"; message: string; heldBy: string | null };
type TNotice = { severity: "success" | "error" | "info"; message: string };

const AMOUNT_HEADER_FIELDS = new Set(["subtotal", "total"]);

const toRefusal = (caught: unknown): TLock => {
  const error = readApiError(caught);
  const holder = ZReviewLockHolder.safeParse((error?.details as { lockedBy?: unknown } | undefined)?.lockedBy);
  return { kind: "refused", message: error?.message ?? "No se pudo tomar la factura para revisión.", heldBy: holder.success ? holder.data.email : null };
};

export type ReviewScreenProps = { invoiceId: string; user: { id: string; email: string; role: TRole } };

/**
 * The review screen: the document beside its extracted values, keyboard first. The invoice is locked for this
 * operator while the screen is open (renewed by a heartbeat, released on leaving); every accepted change is saved
 * at once, so nothing typed is lost, and the sums are recomputed as the operator types.
 */
export const ReviewScreen = ({ invoiceId, user }: ReviewScreenProps) => {
  const router = useRouter();
  const { data: review, error: loadError } = useGetReviewInvoiceQuery(invoiceId);
  const { data: adjacent } = useGetAdjacentReviewInvoicesQuery(invoiceId);
  const [claim] = useClaimReviewLockMutation();
  const [release] = useReleaseReviewLockMutation();
  const [breakLock, { isLoading: isBreaking }] = useBreakReviewLockMutation();
  const [save] = useSaveCorrectionsMutation();
  const [decide, { isLoading: isDeciding }] = useCompleteInvoiceReviewMutation();

  const [lock, setLock] = useState<TLock>({ kind: "pending" });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [reviewed, setReviewed] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [notice, setNotice] = useState<TNotice | null>(null);
  const [confirming, setConfirming] = useState<TApprovalConcern[] | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const approveButton = useRef<HTMLButtonElement>(null);
  const draftsRef = useRef(drafts);
  const reviewRef = useRef(review);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    draftsRef.current = drafts;
    reviewRef.current = review;
  }, [drafts, review]);

  // Taken on open and renewed as the heartbeat; the answers arrive in callbacks, as the lock is server state.
  const takeLock = useCallback(
    () =>
      claim(invoiceId)
        .unwrap()
        .then(
          () => setLock({ kind: "mine" }),
          (caught: unknown) => setLock(toRefusal(caught)),
        ),
    [claim, invoiceId],
  );

  useEffect(() => {
    const heartbeat = setInterval(() => void takeLock(), REVIEW_HEARTBEAT_SECONDS * 1000);
    const first = setTimeout(() => void takeLock(), 0);
    const leave = () => void release(invoiceId);
    window.addEventListener("pagehide", leave);
    return () => {
      clearTimeout(first);
      clearInterval(heartbeat);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [invoiceId, takeLock, release]);

  const readOnly = lock.kind !== "mine" || review?.status !== "NEEDS_REVIEW";

  const live = useMemo(() => {
    if (!review) return null;
    const { corrections, invalid } = draftsToCorrections(drafts);
    const applied = applyCorrections({ extraction: review.extraction, products: review.products, corrections });
    // A value changed but not saved yet still differs from what the extractor read.
    const ocr = { ...Object.fromEntries(applied.changes.map((change) => [change.field, { value: change.before, confidence: change.beforeConfidence }])), ...review.ocr };
    const arithmetic = checkReviewArithmetic(applied.extraction);
    const concerns = listApprovalConcerns({ extraction: applied.extraction, products: applied.products, ocr });
    const attention = listAttentionFields({ review, concernFields: arithmetic.concerns.map((concern) => concern.field) });
    const highlights = listFieldHighlights({ fields: listExtractedFields({ extraction: applied.extraction }), findings: review.validation?.findings ?? [] });
    return { ...applied, invalid, ocr, arithmetic, concerns, attention, highlights };
  }, [review, drafts]);

  /** Saves one after the other: each answer is the whole invoice, and the last one sent must be the last one kept. */
  const persist = useCallback(
    (corrections: TCorrectionsBody) => {
      const run = saving.current.then(() => save({ id: invoiceId, corrections }).unwrap());
      saving.current = run.catch(() => undefined);
      return run;
    },
    [save, invoiceId],
  );

  const reportSaveError = useCallback((caught: unknown) => {
    const error = readApiError(caught);
    if (error?.code === "REVIEW_LOCKED") setLock(toRefusal(caught));
    setNotice({ severity: "error", message: error?.message ?? "No se pudo guardar la corrección; el valor sigue en el campo." });
  }, []);

  const dropDrafts = (saved: Record<string, string>) =>
    setDrafts((current) => Object.fromEntries(Object.entries(current).filter(([key, text]) => saved[key] !== text)));

  const focusNext = (key: string) => {
    const order = live?.attention ?? [];
    const next = order[order.indexOf(key) + 1];
    const target = next ? inputs.current.get(next) : undefined;
    if (target) target.focus();
    else approveButton.current?.focus();
  };

  const commit = async (key: string, advance: boolean) => {
    if (advance) {
      setReviewed((current) => new Set(current).add(key));
      focusNext(key);
    }
    const text = draftsRef.current[key];
    const current = reviewRef.current;
    if (text === undefined || readOnly || !current) return;
    const { corrections, invalid } = draftsToCorrections({ [key]: text });
    if (invalid[key]) return;
    if (applyCorrections({ extraction: current.extraction, products: current.products, corrections }).changes.length === 0) {
      dropDrafts({ [key]: text });
      return;
    }
    try {
      await persist(corrections);
      dropDrafts({ [key]: text });
    } catch (caught) {
      reportSaveError(caught);
    }
  };

  const chooseProduct = async (key: string, product: TProductOption) => {
    if (readOnly) return;
    setReviewed((current) => new Set(current).add(key));
    try {
      await persist({ lines: [{ lineNumber: Number(key.split(".")[1]), productCode: product.code }] });
    } catch (caught) {
      reportSaveError(caught);
    }
  };

  /** Everything typed and valid is saved before the operator leaves or decides; answers the invoice as saved. */
  const flush = async (): Promise<TReviewInvoice | undefined> => {
    const pending = draftsRef.current;
    const { corrections, invalid } = draftsToCorrections(pending);
    if (Object.keys(invalid).length > 0) throw new Error("Corrija los valores marcados en rojo antes de continuar.");
    if (!corrections.header && !corrections.lines) {
      await saving.current;
      return reviewRef.current;
    }
    const saved = await persist(corrections);
    dropDrafts(pending);
    return saved;
  };

  const goTo = async (targetId: string | null | undefined) => {
    if (!targetId) return;
    try {
      if (!readOnly) await flush();
      router.push(`/revision/${targetId}`);
    } catch (caught) {
      setNotice({ severity: "error", message: caught instanceof Error ? caught.message : "No se pudo guardar antes de salir." });
    }
  };

  const finish = (message: string) => {
    setNotice({ severity: "success", message });
    router.push(adjacent?.nextId ? `/revision/${adjacent.nextId}` : "/revision");
  };

  const approve = async (confirmed: boolean) => {
    if (readOnly || isDeciding) return;
    try {
      const saved = await flush();
      const concerns = saved ? listApprovalConcerns(saved) : [];
      if (!confirmed && concerns.length > 0) {
        setConfirming(concerns);
        return;
      }
      await decide({ id: invoiceId, decision: "approved", ...(confirmed ? { confirmed: true } : {}) }).unwrap();
      setConfirming(null);
      finish("Factura aprobada: sigue a liquidación y certificado.");
    } catch (caught) {
      const error = readApiError(caught);
      const concerns = ZApprovalConcern.array().safeParse((error?.details as { concerns?: unknown } | undefined)?.concerns);
      if (error?.code === "REVIEW_CONFIRMATION_REQUIRED" && concerns.success) setConfirming(concerns.data);
      else setNotice({ severity: "error", message: error?.message ?? (caught instanceof Error ? caught.message : "No se pudo aprobar la factura.") });
    }
  };

  const reject = async (reason: string) => {
    try {
      await flush();
      await decide({ id: invoiceId, decision: "rejected", reason }).unwrap();
      setRejecting(false);
      finish("Factura rechazada.");
    } catch (caught) {
      setNotice({ severity: "error", message: readApiError(caught)?.message ?? "No se pudo rechazar la factura." });
    }
  };

  const releaseOther = async () => {
    try {
      await breakLock(invoiceId).unwrap();
      await takeLock();
    } catch (caught) {
      setNotice({ severity: "error", message: readApiError(caught)?.message ?? "No se pudo liberar el bloqueo." });
    }
  };

  const dialogOpen = confirming !== null || rejecting || showShortcuts;
  useHotkeys("mod+enter", () => void approve(false), { enableOnFormTags: true, preventDefault: true, enabled: !dialogOpen }, [approve]);
  useHotkeys("j", () => void goTo(adjacent?.nextId), { enabled: !dialogOpen }, [adjacent]);
  useHotkeys("k", () => void goTo(adjacent?.previousId), { enabled: !dialogOpen }, [adjacent]);
  useHotkeys("?", () => setShowShortcuts(true), { useKey: true, enabled: !dialogOpen });

  if (loadError) {
    return <Alert severity="error">{readApiError(loadError)?.message ?? "No se pudo cargar la factura."}</Alert>;
  }
  if (!review || !live) {
    return (
      <Box sx={{ display: "flex", justifyContent: "center", py: 8 }}>
        <CircularProgress aria-label="Cargando la factura" />
      </Box>
    );
  }

  const attention = new Set(live.attention);
  const concernFor = (key: string) => live.concerns.find((concern) => concern.field === key && concern.code !== "DIFFERS_FROM_OCR")?.message;
  const fieldProps = (key: string) => {
    const current = readFieldValue({ extraction: review.extraction, products: review.products, field: key });
    return {
      fieldKey: key,
      value: current.value,
      draft: drafts[key],
      confidence: current.confidence,
      ocr: live.ocr[key],
      needsAttention: attention.has(key),
      reviewed: reviewed.has(key),
      error: live.invalid[key],
      warning: concernFor(key),
      readOnly,
      onDraft: (field: string, text: string) => setDrafts((current) => ({ ...current, [field]: text })),
      onCommit: (field: string, advance: boolean) => void commit(field, advance),
      onFocusField: setActiveKey,
      registerInput: (field: string, element: HTMLInputElement | null) => {
        if (element) inputs.current.set(field, element);
        else inputs.current.delete(field);
      },
    };
  };
  const productProps = (key: string) => {
    const { fieldKey, needsAttention, onFocusField, registerInput } = fieldProps(key);
    return { fieldKey, needsAttention, readOnly, onFocusField, registerInput, onChoose: (field: string, product: TProductOption) => void chooseProduct(field, product) };
  };
  const { header } = live.extraction;
  const number = header.number?.value ?? review.originalFilename;
  const taxes = header.taxes.reduce((sum, tax) => sum.plus(tax.amount.value), new Decimal(0));

  return (
    <>
      <PageHeader
        title={`Revisión de la factura ${number}`}
        subtitle={`${review.originalFilename} · ${live.attention.length} campos por revisar`}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <StatusChip status={review.status} />
            <Button startIcon={<KeyboardIcon />} onClick={() => setShowShortcuts(true)} tabIndex={-1}>
              Atajos (?)
            </Button>
            <Button onClick={() => void goTo(adjacent?.previousId)} disabled={!adjacent?.previousId} tabIndex={-1}>
              Anterior (K)
            </Button>
            <Button onClick={() => void goTo(adjacent?.nextId)} disabled={!adjacent?.nextId} tabIndex={-1}>
              Siguiente (J)
            </Button>
          </Stack>
        }
      />
      {lock.kind === "refused" && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            user.role === "ADMIN" && lock.heldBy ? (
              <Button color="inherit" size="small" onClick={() => void releaseOther()} disabled={isBreaking}>
                Liberar bloqueo
              </Button>
            ) : undefined
          }
        >
          {lock.heldBy ? `En revisión por ${lock.heldBy}. Solo lectura.` : lock.message}
        </Alert>
      )}
      {review.status !== "NEEDS_REVIEW" && (
        <Alert severity="info" sx={{ mb: 2 }}>
          La factura ya no está en revisión. <TextLink href={`/facturas/${review.id}`}>Ver la factura</TextLink>
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Paper
            component="section"
            variant="outlined"
            aria-label="Documento original"
            sx={{ p: 2, position: { lg: "sticky" }, top: { lg: 80 }, height: { lg: "calc(100vh - 160px)" }, minHeight: 480, display: "flex", flexDirection: "column" }}
          >
            <Box sx={{ flex: 1, minHeight: 0 }}>
              <DocumentViewer
                invoiceId={review.id}
                sourceType={review.sourceType}
                highlights={live.highlights}
                activeKey={activeKey}
                onHighlightClick={(key) => inputs.current.get(key)?.focus()}
              />
            </Box>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2}>
            <Paper variant="outlined" sx={{ p: 2 }} aria-label="Encabezado">
              <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
                Encabezado
              </Typography>
              <Grid container spacing={2}>
                {EDITABLE_HEADER_FIELDS.map((name) => (
                  <Grid key={name} size={{ xs: 12, sm: name === "cufe" ? 12 : 6 }}>
                    <ReviewField {...fieldProps(`header.${name}`)} label={HEADER_FIELD_LABELS[name]} align={AMOUNT_HEADER_FIELDS.has(name) ? "right" : "left"} />
                  </Grid>
                ))}
              </Grid>
            </Paper>
            <ReviewLinesGrid
              lines={live.extraction.lines}
              products={live.products}
              arithmetic={live.arithmetic.lines}
              fieldProps={fieldProps}
              productProps={productProps}
            />
            <Paper variant="outlined" sx={{ p: 2 }} aria-label="Totales" aria-live="polite">
              <Stack direction="row" spacing={4} sx={{ flexWrap: "wrap", mb: live.concerns.length ? 2 : 0 }}>
                <Typography variant="body2">Suma de líneas: {formatCop(live.arithmetic.linesSum)}</Typography>
                <Typography variant="body2">Subtotal: {header.subtotal ? formatCop(header.subtotal.value) : "—"}</Typography>
                <Typography variant="body2">Impuestos: {formatCop(taxes)}</Typography>
                <Typography variant="body2">Total: {header.total ? formatCop(header.total.value) : "—"}</Typography>
              </Stack>
              <Stack spacing={1}>
                {live.concerns.map((concern) => (
                  <Alert key={`${concern.code}-${concern.field ?? ""}`} severity="warning">
                    {concern.message}
                  </Alert>
                ))}
              </Stack>
            </Paper>
            {!readOnly && (
              <Stack direction="row" spacing={1} sx={{ justifyContent: "flex-end" }}>
                <Button color="error" onClick={() => setRejecting(true)}>
                  Rechazar
                </Button>
                <Button ref={approveButton} variant="contained" onClick={() => void approve(false)} disabled={isDeciding}>
                  Aprobar (Ctrl+Enter)
                </Button>
              </Stack>
            )}
          </Stack>
        </Grid>
      </Grid>
      <ConfirmApprovalDialog concerns={confirming} busy={isDeciding} onConfirm={() => void approve(true)} onClose={() => setConfirming(null)} />
      <RejectDialog open={rejecting} busy={isDeciding} onReject={(reason) => void reject(reason)} onClose={() => setRejecting(false)} />
      <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={() => setNotice(null)}>
        {notice ? <Alert severity={notice.severity}>{notice.message}</Alert> : undefined}
      </Snackbar>
    </>
  );
};
