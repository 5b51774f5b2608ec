"use client";

import UploadFileOutlined from "@mui/icons-material/UploadFileOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useState, type ChangeEvent } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { CERTIFICATE_PDF_MAX_BYTES } from "@/lib/certificates/schemas";
import { useVerifyCertificateFileMutation } from "@/lib/store/api";

/** Checks a PDF someone received against the record: only its SHA-256 is compared, the file is not kept. */
export const VerifyUploadForm = ({ code }: { code: string }) => {
  const [verify, { data, error, isLoading, reset }] = useVerifyCertificateFileMutation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    reset();
    setFileName(file.name);
    setTooLarge(file.size > CERTIFICATE_PDF_MAX_BYTES);
    if (file.size <= CERTIFICATE_PDF_MAX_BYTES) void verify({ code, file });
  };

  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h2" component="h2" gutterBottom>
        ¿El PDF que recibió es el original?
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Cargue el archivo: calculamos su huella SHA-256 y la comparamos con la registrada al emitir el certificado. Cualquier
        cambio, por pequeño que sea, da otra huella. El archivo no se guarda.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Button variant="outlined" component="label" startIcon={<UploadFileOutlined />} disabled={isLoading}>
          {isLoading ? "Verificando…" : "Cargar PDF"}
          <input type="file" accept="application/pdf,.pdf" hidden onChange={onFile} aria-label="Archivo PDF del certificado" />
        </Button>
        {fileName && (
          <Typography variant="body2" color="text.secondary">
            {fileName}
          </Typography>
        )}
      </Stack>
      {tooLarge && (
        <Alert severity="error" sx={{ mt: 2 }}>
          El archivo supera 10 MB; un certificado pesa mucho menos.
        </Alert>
      )}
      {data?.match === true && (
        <Alert severity="success" sx={{ mt: 2 }}>
          El archivo coincide exactamente con el certificado emitido.
        </Alert>
      )}
      {data?.match === false && (
        <Alert severity="error" sx={{ mt: 2 }}>
          El archivo no coincide con el certificado emitido: fue modificado o corresponde a otro certificado.
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {apiErrorMessage(error, "No se pudo verificar el archivo. Intente de nuevo.")}
        </Alert>
      )}
    </Paper>
  );
};
