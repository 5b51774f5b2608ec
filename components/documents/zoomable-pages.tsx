"use client";

import FitScreenIcon from "@mui/icons-material/FitScreen";
import ZoomInIcon from "@mui/icons-material/ZoomIn";
import ZoomOutIcon from "@mui/icons-material/ZoomOut";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { TransformComponent, TransformWrapper, useControls, type ReactZoomPanPinchRef } from "react-zoom-pan-pinch";
import type { TDocumentHighlight } from "./document-viewer-types";
import { HIGHLIGHT_BOX_CLASS, HighlightBoxes } from "./highlight-boxes";

/** Pages are laid out at this CSS width; zoom scales from there. */
export const PAGE_WIDTH_PX = 800;
const ZOOM_STEP = 0.25;

export type ZoomablePagesProps = {
  pageCount: number;
  /**
   * The page itself (canvas or image) at PAGE_WIDTH_PX wide, its height following its aspect ratio; it calls
   * `onSized` once its height is known, so the page is fitted to the view.
   */
  renderPage: (page: number, onSized: () => void) => ReactNode;
  renderThumbnail: (page: number) => ReactNode;
  highlights: readonly TDocumentHighlight[];
  activeKey: string | null;
  onHighlightClick?: (key: string) => void;
};

const ZoomToolbar = ({ scale, hint }: { scale: number; hint: string }) => {
  const { zoomIn, zoomOut, fitToView } = useControls();
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: "center", mb: 1 }} role="toolbar" aria-label="Zoom del documento">
      <Tooltip title="Alejar">
        <IconButton aria-label="Alejar" onClick={() => void zoomOut(ZOOM_STEP)} size="small">
          <ZoomOutIcon />
        </IconButton>
      </Tooltip>
      <Typography variant="body2" sx={{ minWidth: 48, textAlign: "center" }} aria-live="polite" data-testid="zoom-level">
        {Math.round(scale * 100)} %
      </Typography>
      <Tooltip title="Acercar">
        <IconButton aria-label="Acercar" onClick={() => void zoomIn(ZOOM_STEP)} size="small">
          <ZoomInIcon />
        </IconButton>
      </Tooltip>
      <Tooltip title="Ajustar a la vista">
        <IconButton aria-label="Ajustar a la vista" onClick={() => void fitToView()} size="small">
          <FitScreenIcon />
        </IconButton>
      </Tooltip>
      <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
        {hint}
      </Typography>
    </Stack>
  );
};

/** Fits a page to the view once it knows its size (a PDF page after layout, an image once loaded). */
const FittedPage = ({ page, renderPage }: { page: number; renderPage: ZoomablePagesProps["renderPage"] }) => {
  const { fitToView } = useControls();
  return renderPage(page, () => void fitToView({ animationTime: 0 }));
};

const isBoxVisible = (box: DOMRect, frame: DOMRect) =>
  box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;

/**
 * One page at a time, zoomable (buttons, Ctrl + wheel, pinch) and pannable (drag), with the extraction's boxes over
 * it and page thumbnails when there is more than one page. The active highlight's page is shown and the box is
 * brought into view at the current zoom.
 */
export const ZoomablePages = ({ pageCount, renderPage, renderThumbnail, highlights, activeKey, onHighlightClick }: ZoomablePagesProps) => {
  const [page, setPage] = useState(1);
  const zoomRef = useRef<ReactZoomPanPinchRef | null>(null);
  const frameRef = useRef<HTMLDivElement | null>(null);
  const [scale, setScale] = useState(1);
  const activePage = highlights.find((highlight) => highlight.key === activeKey)?.page ?? null;

  // A newly active field on another page shows that page (state adjusted during render, as React recommends).
  const [followedPage, setFollowedPage] = useState<number | null>(null);
  if (activePage !== followedPage) {
    setFollowedPage(activePage);
    if (activePage !== null && activePage <= pageCount) setPage(activePage);
  }

  const bringIntoView = useCallback((element: HTMLElement) => {
    const zoom = zoomRef.current;
    const frame = frameRef.current;
    if (!zoom || !frame) return;
    if (isBoxVisible(element.getBoundingClientRect(), frame.getBoundingClientRect())) return;
    void zoom.zoomToElement(element, { scale: Math.max(zoom.state.scale, 1), animationTime: 200 });
  }, []);

  // The frame changes size with the layout (columns stacking, a scrollbar appearing): the page is fitted again.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let lastWidth = frame.clientWidth;
    const observer = new ResizeObserver(() => {
      if (Math.abs(frame.clientWidth - lastWidth) < 2) return;
      lastWidth = frame.clientWidth;
      void zoomRef.current?.fitToView({ animationTime: 0 });
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  const pageHighlights = highlights.filter((highlight) => highlight.page === page);

  return (
    <Stack direction="row" spacing={1} sx={{ minHeight: 0, height: "100%" }}>
      {pageCount > 1 && (
        <Stack
          component="nav"
          aria-label="Páginas"
          spacing={1}
          sx={{ width: 88, flexShrink: 0, overflowY: "auto", pr: 0.5, maxHeight: "100%" }}
        >
          {Array.from({ length: pageCount }, (_, index) => index + 1).map((thumbnail) => (
            <ButtonBase
              key={thumbnail}
              aria-label={`Página ${thumbnail}`}
              aria-current={thumbnail === page ? "page" : undefined}
              onClick={() => setPage(thumbnail)}
              sx={{
                flexDirection: "column",
                border: 2,
                borderColor: thumbnail === page ? "primary.main" : "divider",
                borderRadius: 1,
                p: 0.5,
                bgcolor: "background.paper",
                "&.Mui-focusVisible": { outline: "2px solid", outlineColor: "primary.main" },
              }}
            >
              <Box sx={{ width: "100%", "& > *": { width: "100%", display: "block" } }}>{renderThumbnail(thumbnail)}</Box>
              <Typography variant="caption">{thumbnail}</Typography>
            </ButtonBase>
          ))}
        </Stack>
      )}
      <Stack sx={{ flex: 1, minWidth: 0 }}>
        <TransformWrapper
          ref={zoomRef}
          minScale={0.25}
          maxScale={6}
          fitOnInit="contain"
          centerOnInit
          limitToBounds={false}
          wheel={{ step: 0.1, activationKeys: (keys) => keys.includes("Control") || keys.includes("Meta") }}
          panning={{ excluded: [HIGHLIGHT_BOX_CLASS] }}
          doubleClick={{ disabled: true }}
          onTransform={(_ref, state) => setScale(state.scale)}
        >
          <ZoomToolbar
            scale={scale}
            hint={`${pageCount > 1 ? `Página ${page} de ${pageCount} · ` : ""}Ctrl + rueda para acercar, arrastre para mover`}
          />
          <Box
            ref={frameRef}
            sx={{ flex: 1, minHeight: 320, bgcolor: "grey.200", borderRadius: 1, overflow: "hidden" }}
          >
            {/* The content is as wide as the page, not the frame, so fitting and centring measure the page. */}
            <TransformComponent wrapperStyle={{ width: "100%", height: "100%" }} contentStyle={{ width: "max-content" }}>
              <Box sx={{ position: "relative", width: PAGE_WIDTH_PX, bgcolor: "common.white", boxShadow: 2 }} data-page={page}>
                <FittedPage page={page} renderPage={renderPage} />
                <HighlightBoxes
                  highlights={pageHighlights}
                  activeKey={activeKey}
                  onHighlightClick={onHighlightClick}
                  onActiveBoxMounted={bringIntoView}
                />
              </Box>
            </TransformComponent>
          </Box>
        </TransformWrapper>
      </Stack>
    </Stack>
  );
};
