"use client";

import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import InputAdornment from "@mui/material/InputAdornment";
import TextField from "@mui/material/TextField";
import type { KeyboardEvent } from "react";
import { formatFieldInput } from "@/lib/review/field-input";
import type { TOcrReading } from "@/lib/review/schemas";

export type ReviewFieldProps = {
  fieldKey: string;
  /** Shown above the field, or only to assistive technology in the line grid. */
  label: string;
  hideLabel?: boolean;
  value: string | null;
  draft: string | undefined;
  confidence: number | null;
  ocr: TOcrReading | undefined;
  needsAttention: boolean;
  reviewed: boolean;
  error?: string;
  warning?: string;
  readOnly: boolean;
  align?: "left" | "right";
  onDraft: (key: string, text: string) => void;
  /** Enter: save and go on to the next field that needs attention; blur: save only. */
  onCommit: (key: string, advance: boolean) => void;
  onFocusField: (key: string) => void;
  registerInput: (key: string, element: HTMLInputElement | null) => void;
};

/** What was read, when it differs; the confidence only where it is why the field needs a look. */
const describeReading = ({ fieldKey, value, confidence, ocr, needsAttention }: Pick<ReviewFieldProps, "fieldKey" | "value" | "confidence" | "ocr" | "needsAttention">) => {
  if (ocr && ocr.value !== value) return `Leído: ${ocr.value === null ? "(vacío)" : formatFieldInput(fieldKey, ocr.value)}`;
  return confidence === null || !needsAttention ? undefined : `Confianza ${Math.round(confidence * 100)} %`;
};

/**
 * One extracted value. Only fields that need attention are in the tab order; focusing one selects its text, so
 * typing replaces it; Enter accepts it (saving a change) and moves on; Escape leaves the field for the shortcuts.
 */
export const ReviewField = (props: ReviewFieldProps) => {
  const { fieldKey, label, hideLabel, value, draft, needsAttention, reviewed, error, warning, readOnly, align = "left" } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      props.onCommit(fieldKey, true);
    } else if (event.key === "Escape") {
      event.currentTarget.blur();
    }
  };
  const helper = error ?? warning ?? describeReading(props);
  return (
    <TextField
      id={`field-${fieldKey}`}
      label={hideLabel ? undefined : label}
      value={draft ?? formatFieldInput(fieldKey, value)}
      size="small"
      fullWidth
      error={error !== undefined}
      color={warning ? "warning" : undefined}
      helperText={helper}
      onChange={(event) => props.onDraft(fieldKey, event.target.value)}
      onFocus={(event) => {
        event.target.select();
        props.onFocusField(fieldKey);
      }}
      onBlur={() => props.onCommit(fieldKey, false)}
      sx={needsAttention && !reviewed && !error ? { "& .MuiOutlinedInput-notchedOutline": { borderColor: "warning.main", borderWidth: 2 } } : undefined}
      slotProps={{
        htmlInput: {
          ref: (element: HTMLInputElement | null) => props.registerInput(fieldKey, element),
          tabIndex: needsAttention ? 0 : -1,
          readOnly,
          onKeyDown,
          "aria-label": label,
          "data-field": fieldKey,
          "data-attention": needsAttention ? "true" : undefined,
          style: { textAlign: align },
        },
        input: reviewed
          ? {
              endAdornment: (
                <InputAdornment position="end">
                  <CheckCircleIcon color="success" fontSize="small" titleAccess="Revisado" />
                </InputAdornment>
              ),
            }
          : undefined,
      }}
    />
  );
};
