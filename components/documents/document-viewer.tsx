"use client";

import type { ReactElement } from "react";
import type { TBoundingBox } from "@/lib/extraction/schemas";
import type { TDocumentHighlight } from "./document-viewer-types";
import { ImageDocument } from "./image-document";
import { PdfDocument } from "./pdf-document";
import { XmlDocument } from "./xml-document";

export type { TDocumentHighlight };
export type { TBoundingBox };

export type TDocumentViewerProps = {
  invoiceId: string;
  sourceType: "XML" | "PDF" | "IMAGE";
  highlights: readonly TDocumentHighlight[];
  /** The highlight to show emphasised and scroll into view (the field hovered or focused). */
  activeKey: string | null;
  /** A click on a box: the page focuses that field. */
  onHighlightClick?: (key: string) => void;
};

/**
 * The original of an invoice (GET /api/invoices/{id}/file): PDF pages and scans with zoom, pan, thumbnails and the
 * extraction's boxes over them; an XML invoice rendered as a document, with its source beside it.
 */
export function DocumentViewer({ invoiceId, sourceType, ...pages }: TDocumentViewerProps): ReactElement {
  if (sourceType === "XML") return <XmlDocument invoiceId={invoiceId} />;
  if (sourceType === "PDF") return <PdfDocument invoiceId={invoiceId} {...pages} />;
  return <ImageDocument invoiceId={invoiceId} {...pages} />;
}
