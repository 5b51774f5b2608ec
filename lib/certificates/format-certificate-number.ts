/** BMC-2026-000123: six digits at least, more once a year passes 999,999 certificates. */
export const formatCertificateNumber = ({ year, sequence }: { year: number; sequence: number }): string =>
  `BMC-${year}-${String(sequence).padStart(6, "0")}`;
