"use client";

import Alert from "@mui/material/Alert";
import Skeleton from "@mui/material/Skeleton";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { TDocumentHighlight } from "./document-viewer-types";
import { openBrowserPdf } from "./open-browser-pdf";
import { fetchInvoiceFile, type TFileState } from "./fetch-invoice-file";
import { PAGE_WIDTH_PX, ZoomablePages } from "./zoomable-pages";

/** Canvas pixels per CSS pixel: sharp at 2× zoom on a standard screen, at 1× on a retina one. */
const RENDER_DENSITY = 2;
const THUMBNAIL_WIDTH_PX = 72;

type PdfPageCanvasProps = { document: PDFDocumentProxy; page: number; width: number; label: string; onSized?: () => void };

const PdfPageCanvas = ({ document, page, width, label, onSized }: PdfPageCanvasProps) => {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [height, setHeight] = useState(Math.round(width * 1.414));
  const notifySized = useEffectEvent(() => onSized?.());
  useEffect(() => {
    let isCancelled = false;
    let cancelRender = () => {};
    void document.getPage(page).then(async (pdfPage) => {
      const canvas = canvasRef.current;
      if (isCancelled || !canvas) return;
      const base = pdfPage.getViewport({ scale: 1 });
      const viewport = pdfPage.getViewport({ scale: (width / base.width) * RENDER_DENSITY });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      setHeight(Math.round((width * base.height) / base.width));
      // After React applied the height: the next frame measures the page at its real size.
      requestAnimationFrame(notifySized);
      const task = pdfPage.render({ canvas, viewport });
      cancelRender = () => task.cancel();
      // A cancelled render rejects; a page shown again is rendered again.
      await task.promise.catch(() => undefined);
    });
    return () => {
      isCancelled = true;
      cancelRender();
    };
  }, [document, page, width]);
  return <canvas ref={canvasRef} role="img" aria-label={label} data-rendered-page={page} style={{ width, height, display: "block" }} />;
};

export type PdfDocumentProps = {
  invoiceId: string;
  highlights: readonly TDocumentHighlight[];
  activeKey: string | null;
  onHighlightClick?: (key: string) => void;
};

export const PdfDocument = ({ invoiceId, ...pages }: PdfDocumentProps) => {
  const [state, setState] = useState<TFileState<PDFDocumentProxy>>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    let opened: PDFDocumentProxy | null = null;
    void fetchInvoiceFile({ invoiceId, signal: controller.signal })
      .then(async (response) => {
        opened = await openBrowserPdf(await response.arrayBuffer());
        if (controller.signal.aborted) void opened.destroy();
        else setState({ status: "ready", value: opened });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      controller.abort();
      void opened?.destroy();
    };
  }, [invoiceId]);

  if (state.status === "loading") return <Skeleton variant="rectangular" height={480} aria-label="Cargando el documento" />;
  if (state.status === "error") return <Alert severity="error">No se pudo mostrar el PDF: {state.message}</Alert>;
  const pdf = state.value;
  return (
    <ZoomablePages
      pageCount={pdf.numPages}
      renderPage={(page, onSized) => (
        <PdfPageCanvas document={pdf} page={page} width={PAGE_WIDTH_PX} label={`Página ${page} del documento original`} onSized={onSized} />
      )}
      renderThumbnail={(page) => <PdfPageCanvas document={pdf} page={page} width={THUMBNAIL_WIDTH_PX} label="" />}
      {...pages}
    />
  );
};
