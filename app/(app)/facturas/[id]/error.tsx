"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";

/** An unexpected failure while loading the invoice; the details stay in the server log (digest). */
const InvoiceError = ({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) => (
  <Box sx={{ maxWidth: 640 }}>
    <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
      No se pudo mostrar la factura
    </Typography>
    <Alert severity="error" sx={{ mb: 2 }}>
      Ocurrió un error inesperado al cargar la factura. Intente de nuevo; si persiste, informe el código{" "}
      {error.digest ?? "sin código"} al administrador.
    </Alert>
    <Button variant="contained" onClick={reset}>
      Reintentar
    </Button>
  </Box>
);

export default InvoiceError;
