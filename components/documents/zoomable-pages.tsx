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
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type PointerEvent, type ReactNode } from "react";
import type { TDocumentHighlight } from "./document-viewer-types";
import { HighlightBoxes } from "./highlight-boxes";

/** Pages are laid out at this CSS width and scaled from there; boxes are in percent of the page, so they follow. */
export const PAGE_WIDTH_PX = 800;
const ZOOM_STEP = 0.25;
const MIN_SCALE = 0.2;
const MAX_SCALE = 5;
/** Height over width until the page says otherwise (A4). */
const DEFAULT_ASPECT = 1.414;
const FRAME_PADDING_PX = 16;

export type ZoomablePagesProps = {
  pageCount: number;
  /**
   * The page itself (canvas or image) at PAGE_WIDTH_PX wide, its height following its aspect ratio; it calls
   * `onSized` with height ÷ width once known, so the page can be fitted to the view.
   */
  renderPage: (page: number, onSized: (aspect: number) => void) => ReactNode;
  renderThumbnail: (page: number) => ReactNode;
  highlights: readonly TDocumentHighlight[];
  activeKey: string | null;
  onHighlightClick?: (key: string) => void;
};

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(scale * 100) / 100));

type TZoomAnchor = { contentX: number; contentY: number; offsetX: number; offsetY: number };

/**
 * One page at a time in a scrollable frame: zoom with the buttons or Ctrl + wheel (anchored at the cursor), pan by
 * dragging or scrolling (keyboard included: the frame is focusable), the extraction's boxes over the page, and
 * page thumbnails when there is more than one page. The active highlight's page is shown and its box scrolled
 * into the frame. Plain scroll and CSS transforms: no script-injected styles, which the page CSP refuses.
 */
export const ZoomablePages = ({ pageCount, renderPage, renderThumbnail, highlights, activeKey, onHighlightClick }: ZoomablePagesProps) => {
  const [page, setPage] = useState(1);
  /** null: fit the page to the frame. */
  const [chosenScale, setChosenScale] = useState<number | null>(null);
  const [aspect, setAspect] = useState(DEFAULT_ASPECT);
  const [frameSize, setFrameSize] = useState({ width: 0, height: 0 });
  const frameRef = useRef<HTMLDivElement | null>(null);
  const anchorRef = useRef<TZoomAnchor | null>(null);
  const dragRef = useRef<{ x: number; y: number; left: number; top: number } | null>(null);

  const fitScale =
    frameSize.width === 0
      ? 1
      : clampScale(Math.min((frameSize.width - FRAME_PADDING_PX * 2) / PAGE_WIDTH_PX, (frameSize.height - FRAME_PADDING_PX * 2) / (PAGE_WIDTH_PX * aspect)));
  const scale = chosenScale ?? fitScale;

  // A newly active field on another page shows that page (state adjusted during render, as React recommends).
  const activePage = highlights.find((highlight) => highlight.key === activeKey)?.page ?? null;
  const [followedPage, setFollowedPage] = useState<number | null>(null);
  if (activePage !== followedPage) {
    setFollowedPage(activePage);
    if (activePage !== null && activePage <= pageCount) setPage(activePage);
  }

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const observer = new ResizeObserver(() => setFrameSize({ width: frame.clientWidth, height: frame.clientHeight }));
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  const zoomTo = useCallback((next: (current: number) => number, clientPoint?: { x: number; y: number }) => {
    const frame = frameRef.current;
    if (!frame) return;
    const rect = frame.getBoundingClientRect();
    const offsetX = clientPoint ? clientPoint.x - rect.left : frame.clientWidth / 2;
    const offsetY = clientPoint ? clientPoint.y - rect.top : frame.clientHeight / 2;
    setChosenScale((current) => {
      const from = current ?? fitScale;
      // Remember which point of the page sits under the cursor (or the centre) to keep it there after zooming.
      anchorRef.current = { contentX: (frame.scrollLeft + offsetX) / from, contentY: (frame.scrollTop + offsetY) / from, offsetX, offsetY };
      return clampScale(next(from));
    });
  }, [fitScale]);

  useLayoutEffect(() => {
    const frame = frameRef.current;
    const anchor = anchorRef.current;
    if (!frame || !anchor) return;
    anchorRef.current = null;
    frame.scrollLeft = anchor.contentX * scale - anchor.offsetX;
    frame.scrollTop = anchor.contentY * scale - anchor.offsetY;
  }, [scale]);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      // Ctrl + wheel zooms the page, not the browser.
      event.preventDefault();
      zoomTo((current) => current * (event.deltaY < 0 ? 1.1 : 1 / 1.1), { x: event.clientX, y: event.clientY });
    };
    frame.addEventListener("wheel", onWheel, { passive: false });
    return () => frame.removeEventListener("wheel", onWheel);
  }, [zoomTo]);

  const bringIntoView = useCallback((element: HTMLElement) => {
    const frame = frameRef.current;
    if (!frame) return;
    const box = element.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom && box.left >= view.left && box.right <= view.right) return;
    frame.scrollBy({
      left: box.left + box.width / 2 - (view.left + view.width / 2),
      top: box.top + box.height / 2 - (view.top + view.height / 2),
      behavior: "smooth",
    });
  }, []);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const frame = frameRef.current;
    // Boxes are buttons: a press on one is a click, not the start of a drag.
    if (!frame || event.button !== 0 || (event.target as HTMLElement).closest("button")) return;
    dragRef.current = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop };
    frame.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const frame = frameRef.current;
    const drag = dragRef.current;
    if (!frame || !drag) return;
    frame.scrollLeft = drag.left - (event.clientX - drag.x);
    frame.scrollTop = drag.top - (event.clientY - drag.y);
  };
  const endDrag = () => {
    dragRef.current = null;
  };

  const onSized = useCallback((pageAspect: number) => setAspect(pageAspect), []);
  const pageHighlights = highlights.filter((highlight) => highlight.page === page);

  return (
    <Stack direction="row" spacing={1} sx={{ minHeight: 0, height: "100%" }}>
      {pageCount > 1 && (
        <Stack component="nav" aria-label="Páginas" spacing={1} sx={{ width: 88, flexShrink: 0, overflowY: "auto", pr: 0.5, maxHeight: "100%" }}>
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
        <Stack direction="row" spacing={0.5} sx={{ alignItems: "center", mb: 1, flexWrap: "wrap" }} role="toolbar" aria-label="Zoom del documento">
          <Tooltip title="Alejar">
            <IconButton aria-label="Alejar" onClick={() => zoomTo((current) => current - ZOOM_STEP)} size="small">
              <ZoomOutIcon />
            </IconButton>
          </Tooltip>
          <Typography variant="body2" sx={{ minWidth: 48, textAlign: "center" }} aria-live="polite" data-testid="zoom-level">
            {Math.round(scale * 100)} %
          </Typography>
          <Tooltip title="Acercar">
            <IconButton aria-label="Acercar" onClick={() => zoomTo((current) => current + ZOOM_STEP)} size="small">
              <ZoomInIcon />
            </IconButton>
          </Tooltip>
          <Tooltip title="Ajustar a la vista">
            <IconButton aria-label="Ajustar a la vista" onClick={() => setChosenScale(null)} size="small">
              <FitScreenIcon />
            </IconButton>
          </Tooltip>
          <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
            {pageCount > 1 ? `Página ${page} de ${pageCount} · ` : ""}Ctrl + rueda para acercar, arrastre para mover
          </Typography>
        </Stack>
        <Box
          ref={frameRef}
          tabIndex={0}
          role="region"
          aria-label={`Documento original, página ${page}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          sx={{
            flex: 1,
            minHeight: 320,
            overflow: "auto",
            bgcolor: "grey.200",
            borderRadius: 1,
            p: `${FRAME_PADDING_PX}px`,
            cursor: "grab",
            touchAction: "pan-x pan-y",
            "&:focus-visible": { outline: "2px solid", outlineColor: "primary.main" },
          }}
        >
          <Box sx={{ width: PAGE_WIDTH_PX * scale, height: PAGE_WIDTH_PX * aspect * scale, mx: "auto", position: "relative" }}>
            <Box
              data-page={page}
              sx={{ position: "absolute", top: 0, left: 0, width: PAGE_WIDTH_PX, transform: `scale(${scale})`, transformOrigin: "0 0", bgcolor: "common.white", boxShadow: 2 }}
            >
              {renderPage(page, onSized)}
              <HighlightBoxes highlights={pageHighlights} activeKey={activeKey} onHighlightClick={onHighlightClick} onActiveBoxMounted={bringIntoView} />
            </Box>
          </Box>
        </Box>
      </Stack>
    </Stack>
  );
};
