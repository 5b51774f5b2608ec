"use client";

import ButtonBase from "@mui/material/ButtonBase";
import { alpha, useTheme } from "@mui/material/styles";
import { useEffect, useRef } from "react";
import { describeFieldKey } from "@/lib/review/list-extracted-fields";
import type { TDocumentHighlight } from "./document-viewer-types";

/** Class the zoom wrapper excludes from panning, so a press on a box is a click, not the start of a drag. */
export const HIGHLIGHT_BOX_CLASS = "cotejo-highlight-box";

export type HighlightBoxesProps = {
  /** Only this page's highlights. */
  highlights: readonly TDocumentHighlight[];
  activeKey: string | null;
  onHighlightClick?: (key: string) => void;
  /** Called with the active box once it is drawn, so the viewer can bring it into view. */
  onActiveBoxMounted: (element: HTMLElement) => void;
};

/** The extraction's boxes over a page, positioned in percent of the page so they follow any zoom. */
export const HighlightBoxes = ({ highlights, activeKey, onHighlightClick, onActiveBoxMounted }: HighlightBoxesProps) => {
  const theme = useTheme();
  const activeRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (activeRef.current) onActiveBoxMounted(activeRef.current);
  }, [activeKey, onActiveBoxMounted]);
  return highlights.map((highlight) => {
    const isActive = highlight.key === activeKey;
    const color = theme.palette[highlight.tone ?? "info"].main;
    return (
      <ButtonBase
        key={highlight.key}
        ref={isActive ? activeRef : undefined}
        className={HIGHLIGHT_BOX_CLASS}
        aria-label={`Ir al campo ${describeFieldKey(highlight.key)}`}
        aria-pressed={isActive}
        data-highlight-key={highlight.key}
        data-active={isActive ? "true" : undefined}
        onClick={() => onHighlightClick?.(highlight.key)}
        sx={{
          position: "absolute",
          left: `${highlight.bbox.x * 100}%`,
          top: `${highlight.bbox.y * 100}%`,
          width: `${highlight.bbox.w * 100}%`,
          height: `${highlight.bbox.h * 100}%`,
          minWidth: 6,
          minHeight: 6,
          border: `${isActive ? 3 : 1.5}px solid ${color}`,
          borderRadius: 0.5,
          bgcolor: alpha(color, isActive ? 0.28 : 0.1),
          boxShadow: isActive ? `0 0 0 4px ${alpha(color, 0.35)}` : "none",
          zIndex: isActive ? 2 : 1,
          transition: "background-color 120ms, box-shadow 120ms",
          "&:hover, &.Mui-focusVisible": { bgcolor: alpha(color, 0.3), outline: `2px solid ${theme.palette.text.primary}` },
        }}
      />
    );
  });
};
