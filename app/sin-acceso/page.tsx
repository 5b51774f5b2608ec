import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { LinkButton } from "@/components/common/link-button";

export const metadata: Metadata = { title: "Sin acceso" };

const NoAccessPage = () => (
  <Box sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 2 }}>
    <Paper sx={{ maxWidth: 480, p: 5, textAlign: "center" }}>
      <Typography variant="h1" component="h1" gutterBottom>
        Sin acceso
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        Su rol no permite ver esta sección. Si la necesita para su trabajo, pida el acceso a un administrador.
      </Typography>
      <LinkButton href="/" variant="contained">
        Volver al inicio
      </LinkButton>
    </Paper>
  </Box>
);

export default NoAccessPage;
