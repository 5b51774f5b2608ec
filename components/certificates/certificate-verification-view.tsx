import CancelOutlined from "@mui/icons-material/CancelOutlined";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import HelpOutlineOutlined from "@mui/icons-material/HelpOutlineOutlined";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import type { TCertificateVerification } from "@/lib/certificates/schemas";
import { formatCop } from "@/lib/format/format-cop";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { VerifyUploadForm } from "./verify-upload-form";

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography variant="body1" sx={{ fontWeight: 600 }}>
      {children}
    </Typography>
  </Box>
);

type CertificateVerificationViewProps = { code: string; verification: TCertificateVerification };

export const CertificateVerificationView = ({ code, verification }: CertificateVerificationViewProps) => {
  if (verification.status === "NOT_FOUND") {
    return (
      <Paper sx={{ p: 4 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <HelpOutlineOutlined color="warning" sx={{ fontSize: 48 }} />
          <Box>
            <Typography variant="h1" component="h1">
              Certificado no encontrado
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              No existe un certificado con el código {code}. Revise que lo haya escrito completo, tal como aparece en el PDF.
            </Typography>
          </Box>
        </Stack>
      </Paper>
    );
  }
  const valid = verification.status === "VALID";
  return (
    <Stack spacing={3}>
      <Paper sx={{ p: 4, borderTop: 6, borderColor: valid ? "success.main" : "error.main" }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          {valid ? <CheckCircleOutlined color="success" sx={{ fontSize: 48 }} /> : <CancelOutlined color="error" sx={{ fontSize: 48 }} />}
          <Box>
            <Typography variant="h1" component="h1">
              {valid ? "Certificado válido" : "Certificado anulado"}
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 0.5 }}>
              {valid
                ? "La Bolsa Mercantil de Colombia emitió este comprobante de registro y se encuentra vigente."
                : `Este comprobante fue anulado el ${formatDate(verification.voidedAt ?? verification.issuedAt)} y ya no es válido.`}
            </Typography>
          </Box>
        </Stack>
        {!valid && (
          <Box sx={{ mt: 2, p: 2, bgcolor: "#FDECEA", borderRadius: 1 }}>
            <Typography variant="body2">
              <strong>Motivo:</strong> {verification.voidReason ?? "—"}
            </Typography>
            {verification.replacedByNumber && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                <strong>Reemplazado por:</strong> {verification.replacedByNumber}
              </Typography>
            )}
          </Box>
        )}
        <Divider sx={{ my: 3 }} />
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, gap: 2.5 }}>
          <Fact label="Número de certificado">{verification.number}</Fact>
          <Fact label="Fecha de emisión">{formatDateTime(verification.issuedAt)}</Fact>
          <Fact label="Proveedor">{verification.supplierName}</Fact>
          <Fact label="NIT del proveedor">{verification.supplierNit}</Fact>
          <Fact label="Factura">{verification.invoiceNumber}</Fact>
          <Fact label="Valor registrado">{formatCop(verification.registeredValue)}</Fact>
        </Box>
      </Paper>
      <VerifyUploadForm code={code} />
    </Stack>
  );
};
