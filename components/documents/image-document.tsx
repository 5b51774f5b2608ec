"use client";

import Alert from "@mui/material/Alert";
import Skeleton from "@mui/material/Skeleton";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { useGetInvoiceDetailQuery } from "@/lib/store/invoice-detail-api";
import type { TDocumentHighlight } from "./document-viewer-types";
import { PAGE_WIDTH_PX, ZoomablePages } from "./zoomable-pages";

/** Types every browser displays; anything else (TIFF) is rendered page by page as PNG on the server. */
const BROWSER_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

export type ImageDocumentProps = {
  invoiceId: string;
  highlights: readonly TDocumentHighlight[];
  activeKey: string | null;
  onHighlightClick?: (key: string) => void;
};

const PageImage = ({ src, alt, width, onSized }: { src: string; alt: string; width: number; onSized?: () => void }) => {
  const [hasFailed, setHasFailed] = useState(false);
  const [isLoaded, setIsLoaded] = useState(false);
  if (hasFailed) return <Alert severity="error">No se pudo mostrar la imagen.</Alert>;
  return (
    // The original is served by an authenticated route with no fixed size: next/image cannot optimize it.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt}
      width={width}
      // Until it loads, an A4-shaped placeholder keeps the boxes over it from collapsing onto one line.
      style={{ width, height: "auto", display: "block", aspectRatio: isLoaded ? undefined : "1 / 1.414" }}
      onLoad={() => {
        setIsLoaded(true);
        onSized?.();
      }}
      onError={() => setHasFailed(true)}
    />
  );
};

/** A scanned invoice: the original image, or for TIFF each page converted on the server. */
export const ImageDocument = ({ invoiceId, ...pages }: ImageDocumentProps) => {
  const { data, error, isLoading } = useGetInvoiceDetailQuery(invoiceId);
  if (isLoading) return <Skeleton variant="rectangular" height={480} aria-label="Cargando el documento" />;
  if (!data) return <Alert severity="error">{apiErrorMessage(error, "No se pudo cargar la imagen.")}</Alert>;
  const id = encodeURIComponent(invoiceId);
  const isBrowserImage = BROWSER_IMAGE_TYPES.has(data.mimeType);
  const source = (page: number) => (isBrowserImage ? `/api/invoices/${id}/file` : `/api/invoices/${id}/pages/${page}`);
  const pageCount = isBrowserImage ? 1 : Math.max(1, data.extraction?.pageCount ?? 1);
  return (
    <ZoomablePages
      pageCount={pageCount}
      renderPage={(page, onSized) => (
        <PageImage src={source(page)} alt={`Página ${page} del documento original`} width={PAGE_WIDTH_PX} onSized={onSized} />
      )}
      renderThumbnail={(page) => <PageImage src={source(page)} alt="" width={72} />}
      {...pages}
    />
  );
};
