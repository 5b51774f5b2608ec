import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { TValueSource } from "@/lib/extraction/schemas";

/** The pipeline sends anything under 90 % to review; under 70 % a value is more likely wrong than right. */
const confidenceColor = (confidence: number) => {
  if (confidence >= 0.9) return "success.main";
  if (confidence >= 0.7) return "warning.main";
  return "error.main";
};

export const SOURCE_LABELS: Record<TValueSource, string> = {
  xml: "XML",
  "pdf-text": "Texto del PDF",
  ocr: "OCR local",
  textract: "Textract",
};

/** A value's confidence as a coloured band with its percentage, and where it was read. */
export const ConfidenceBand = ({ confidence, source }: { confidence: number | null; source?: TValueSource | null }) => {
  if (confidence === null) {
    return (
      <Typography variant="caption" color="error.main">
        No leído
      </Typography>
    );
  }
  const percent = Math.round(confidence * 100);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
      <Box
        role="meter"
        aria-label="Confianza"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        sx={{ width: 48, height: 6, borderRadius: 3, bgcolor: "grey.300", overflow: "hidden" }}
      >
        <Box sx={{ width: `${percent}%`, height: "100%", bgcolor: confidenceColor(confidence) }} />
      </Box>
      <Typography variant="caption" sx={{ minWidth: 32 }}>
        {percent} %
      </Typography>
      {source && (
        <Typography variant="caption" color="text.secondary">
          {SOURCE_LABELS[source]}
        </Typography>
      )}
    </Stack>
  );
};
