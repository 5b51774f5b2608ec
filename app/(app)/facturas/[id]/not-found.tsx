import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/common/link-button";

const InvoiceNotFound = () => (
  <Box sx={{ maxWidth: 640 }}>
    <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
      Factura no encontrada
    </Typography>
    <Alert severity="warning" sx={{ mb: 2 }}>
      No existe una factura con ese identificador. Puede que el enlace esté incompleto.
    </Alert>
    <LinkButton href="/facturas" variant="contained">
      Volver a las facturas
    </LinkButton>
  </Box>
);

export default InvoiceNotFound;
