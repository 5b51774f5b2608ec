"use client";

import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { AppRouterCacheProvider } from "@mui/material-nextjs/v16-appRouter";
import { useState, type ReactNode } from "react";
import { Provider } from "react-redux";
import { makeStore } from "@/lib/store/store";
import { theme } from "@/components/theme/theme";

/** `nonce`: the request's CSP nonce, put on every <style> tag emotion writes (server-rendered and inserted later). */
export const AppProviders = ({ children, nonce }: { children: ReactNode; nonce?: string }) => {
  const [store] = useState(makeStore);
  return (
    <AppRouterCacheProvider options={{ nonce }}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <Provider store={store}>{children}</Provider>
      </ThemeProvider>
    </AppRouterCacheProvider>
  );
};
