import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { getSignInOptions } from "@/lib/auth/get-sign-in-options";

export const metadata: Metadata = { title: "Ingresar" };
export const dynamic = "force-dynamic";

/** Only same-site paths: an absolute URL here would be an open redirect. */
const safeCallbackUrl = (value: string | undefined) => (value?.startsWith("/") && !value.startsWith("//") ? value : "/");

const LoginPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  const { callbackUrl, error } = await searchParams;
  if (await getSessionUser()) redirect(safeCallbackUrl(callbackUrl));
  const { isLocalEnabled, ssoProviders } = getSignInOptions();
  return (
    <Box
      sx={{
        minHeight: "100vh",
        display: "grid",
        placeItems: "center",
        p: 2,
        background: "linear-gradient(135deg, #0b5d3b 0%, #1f4e79 100%)",
      }}
    >
      <Paper sx={{ width: "100%", maxWidth: 420, p: { xs: 3, sm: 5 }, borderRadius: 3 }}>
        <Typography variant="h1" component="h1" sx={{ color: "primary.main", mb: 0.5 }}>
          Cotejo
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 4 }}>
          Registro de facturas de origen agropecuario ante la Bolsa Mercantil de Colombia
        </Typography>
        <LoginForm
          isLocalEnabled={isLocalEnabled}
          ssoProviders={ssoProviders}
          callbackUrl={safeCallbackUrl(callbackUrl)}
          initialError={error}
        />
      </Paper>
    </Box>
  );
};

export default LoginPage;
