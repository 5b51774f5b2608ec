"use client";

import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import type { TSsoProvider } from "@/lib/auth/get-sign-in-options";
import { ZCredentials } from "@/lib/auth/schemas";

const ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin: "Correo o contraseña incorrectos.",
  AccessDenied: "Acceso denegado.",
};

type LoginFormProps = {
  isLocalEnabled: boolean;
  ssoProviders: TSsoProvider[];
  callbackUrl: string;
  initialError?: string;
};

export const LoginForm = ({ isLocalEnabled, ssoProviders, callbackUrl, initialError }: LoginFormProps) => {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(
    initialError ? (ERROR_MESSAGES[initialError] ?? "No fue posible iniciar sesión.") : null,
  );
  const [isSubmitting, setIsSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZCredentials.safeParse({ email, password });
    if (!parsed.success) {
      const errors = parsed.error.flatten().fieldErrors;
      setFieldErrors({ email: errors.email?.[0], password: errors.password?.[0] });
      return;
    }
    setFieldErrors({});
    setIsSubmitting(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result || result.error) {
      setError(ERROR_MESSAGES[result?.error ?? ""] ?? ERROR_MESSAGES.CredentialsSignin ?? null);
      setIsSubmitting(false);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  };

  return (
    <Stack spacing={2.5}>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {isLocalEnabled && (
        <Stack component="form" spacing={2} onSubmit={(event) => void handleSubmit(event)} noValidate>
          <TextField
            label="Correo electrónico"
            type="email"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={!!fieldErrors.email}
            helperText={fieldErrors.email}
            fullWidth
          />
          <TextField
            label="Contraseña"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={!!fieldErrors.password}
            helperText={fieldErrors.password}
            fullWidth
          />
          <Button type="submit" variant="contained" size="large" disabled={isSubmitting}>
            {isSubmitting ? "Ingresando…" : "Ingresar"}
          </Button>
        </Stack>
      )}
      {isLocalEnabled && ssoProviders.length > 0 && <Divider>o</Divider>}
      {ssoProviders.map((provider) => (
        <Button
          key={provider.id}
          variant="outlined"
          size="large"
          onClick={() => void signIn(provider.id, { callbackUrl })}
        >
          Ingresar con {provider.name}
        </Button>
      ))}
      {!isLocalEnabled && ssoProviders.length === 0 && (
        <Alert severity="warning">
          No hay un método de ingreso configurado. Configure Cognito u OIDC (ver README).
        </Alert>
      )}
    </Stack>
  );
};
