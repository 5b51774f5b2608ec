import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { describeFieldKey } from "@/lib/review/list-extracted-fields";
import type { TValidationOutcome } from "@/lib/validation/schemas";

const SEVERITY_LABELS = { error: "Error", warning: "Advertencia", info: "Información" } as const;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The validation's findings, errors first, each with the field it is about. */
export const ValidationFindings = ({ validation }: { validation: TValidationOutcome | null }) => {
  if (!validation) return <Alert severity="info">La factura aún no se ha validado.</Alert>;
  const findings = [...validation.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <Stack spacing={1} aria-label="Hallazgos de la validación">
      {!validation.isRegistrable && (
        <Alert severity="error" variant="filled">
          Esta factura no se puede registrar ante la BMC, aunque se corrija.
        </Alert>
      )}
      {findings.length === 0 && <Alert severity="success">Sin hallazgos: todas las verificaciones pasaron.</Alert>}
      {findings.map((finding, index) => (
        <Alert key={`${finding.code}-${index}`} severity={finding.severity}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {SEVERITY_LABELS[finding.severity]}
            {finding.field ? ` · ${describeFieldKey(finding.field)}` : ""}:{" "}
          </Typography>
          {finding.message}
        </Alert>
      ))}
    </Stack>
  );
};
