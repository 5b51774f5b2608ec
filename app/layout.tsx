import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "@/components/providers/app-providers";

export const metadata: Metadata = {
  title: { default: "Cotejo", template: "%s · Cotejo" },
  description: "Registro de facturas ante la Bolsa Mercantil de Colombia",
  icons: { icon: "/favicon.svg" },
};

const RootLayout = ({ children }: { children: ReactNode }) => (
  <html lang="es-CO">
    <body>
      <AppProviders>{children}</AppProviders>
    </body>
  </html>
);

export default RootLayout;
