import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

export const dynamic = "force-dynamic";

/** Public, outside the signed-in shell: no navigation, no user, nothing but the certificate's status. */
const VerificationLayout = ({ children }: { children: ReactNode }) => (
  <Box sx={{ minHeight: "100vh", bgcolor: "background.default" }}>
    <Box component="header" sx={{ bgcolor: "#0B3C6E", color: "white", py: 2 }}>
      <Container maxWidth="md">
        <Typography variant="h6" component="p" sx={{ fontWeight: 700, letterSpacing: 0.3 }}>
          Bolsa Mercantil de Colombia
        </Typography>
        <Typography variant="body2" sx={{ opacity: 0.85 }}>
          Verificación de comprobantes de registro de facturas
        </Typography>
      </Container>
    </Box>
    <Container maxWidth="md" component="main" sx={{ py: 4 }}>
      {children}
    </Container>
  </Box>
);

export default VerificationLayout;
