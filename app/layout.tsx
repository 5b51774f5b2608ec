import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppProviders } from "@/components/providers/app-providers";

export const metadata: Metadata = {
  title: { default: "Cotejo", template: "%s · Cotejo" },
  description: "Registro de facturas ante la Bolsa Mercantil de Colombia",
  icons: { icon: "/favicon.svg" },
};

// The request's CSP nonce (set by proxy.ts) goes to the emotion cache, whose <style> tags the policy would block.
const RootLayout = async ({ children }: { children: ReactNode }) => {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="es-CO">
      <body>
        <AppProviders nonce={nonce}>{children}</AppProviders>
      </body>
    </html>
  );
};

export default RootLayout;
