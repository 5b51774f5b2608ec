import Box from "@mui/material/Box";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";

const InvoiceLoading = () => (
  <Box aria-busy="true" aria-live="polite">
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      Cargando la factura…
    </Typography>
    <Skeleton variant="text" width={320} height={48} />
    <Skeleton variant="rectangular" height={72} sx={{ my: 2 }} />
    <Box sx={{ display: "grid", gap: 3, gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "3fr 2fr" } }}>
      <Skeleton variant="rectangular" height={480} />
      <Skeleton variant="rectangular" height={480} />
    </Box>
  </Box>
);

export default InvoiceLoading;
