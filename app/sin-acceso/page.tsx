import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { LinkButton } from "@/components/common/link-button";
import { getIdpLogoutUrl } from "@/lib/auth/get-idp-logout-url";
import type { SsoRefusal } from "@/lib/auth/provision-sso-user";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sin acceso" };

/** A refused SSO sign-in (lib/auth/auth-options.ts) names its reason; a role refused a section names none. */
const REFUSALS: Record<SsoRefusal, string> = {
  "sin-grupo":
    "Su cuenta corporativa no pertenece a ningún grupo con acceso a Cotejo, así que no tiene un rol asignado. " +
    "Pida a un administrador que lo agregue al grupo de su rol (Administrador, Operador o Consulta) y vuelva a ingresar.",
  desactivado:
    "Un administrador desactivó su usuario en Cotejo. Si lo necesita para su trabajo, pida que lo reactive.",
};

const isRefusal = (value: string | undefined): value is SsoRefusal => !!value && Object.hasOwn(REFUSALS, value);

/**
 * The IdP session outlives a refused sign-in, so "Ingresar" would sign the same account in again: this ends it (and
 * comes back to /login) so that another account can be used. No ID token exists here, so none is sent as a hint.
 */
const findSwitchAccountUrl = async (provider: string | undefined) => {
  const appUrl = getEnv().NEXTAUTH_URL;
  return provider && appUrl ? getIdpLogoutUrl({ provider, appUrl }) : null;
};

const NoAccessPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  const { motivo, proveedor } = await searchParams;
  const refusal = isRefusal(motivo) ? motivo : undefined;
  const switchAccountUrl = refusal ? await findSwitchAccountUrl(proveedor) : null;
  return (
    <Box sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 2 }}>
      <Paper sx={{ maxWidth: 520, p: 5, textAlign: "center" }}>
        <Typography variant="h1" component="h1" gutterBottom>
          Sin acceso
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }} data-testid="no-access-reason">
          {refusal
            ? REFUSALS[refusal]
            : "Su rol no permite ver esta sección. Si la necesita para su trabajo, pida el acceso a un administrador."}
        </Typography>
        {refusal ? (
          <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ justifyContent: "center" }}>
            {switchAccountUrl && (
              <Button href={switchAccountUrl} variant="contained">
                Ingresar con otra cuenta
              </Button>
            )}
            <LinkButton href="/login" variant={switchAccountUrl ? "outlined" : "contained"}>
              Volver a la página de ingreso
            </LinkButton>
          </Stack>
        ) : (
          <LinkButton href="/" variant="contained">
            Volver al inicio
          </LinkButton>
        )}
      </Paper>
    </Box>
  );
};

export default NoAccessPage;
