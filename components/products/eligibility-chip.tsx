import Chip from "@mui/material/Chip";
import { ELIGIBILITY_LABELS, type TEligibility } from "@/lib/catalog/schemas";

const ELIGIBILITY_COLORS = { AGRO_NATURAL: "success", FIRST_TRANSFORMATION: "info", NOT_ELIGIBLE: "default" } as const;

export const EligibilityChip = ({ eligibility }: { eligibility: TEligibility }) => (
  <Chip size="small" variant="outlined" color={ELIGIBILITY_COLORS[eligibility]} label={ELIGIBILITY_LABELS[eligibility]} />
);
