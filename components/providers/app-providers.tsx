"use client";

import CssBaseline from "@mui/material/CssBaseline";
import { createTheme, ThemeProvider } from "@mui/material/styles";
import { AppRouterCacheProvider } from "@mui/material-nextjs/v16-appRouter";
import type {} from "@mui/x-data-grid/themeAugmentation";
import { useMemo, useState, type ReactNode } from "react";
import { Provider } from "react-redux";
import { makeStore } from "@/lib/store/store";
import { theme } from "@/components/theme/theme";

/**
 * `nonce`: the request's CSP nonce, put on every <style> tag the page writes: emotion's (server-rendered and inserted
 * later) and the data grid's own CSS-variables tag, which takes it as a prop (given here as a theme default).
 */
export const AppProviders = ({ children, nonce }: { children: ReactNode; nonce?: string }) => {
  const [store] = useState(makeStore);
  const pageTheme = useMemo(() => (nonce ? createTheme(theme, { components: { MuiDataGrid: { defaultProps: { nonce } } } }) : theme), [nonce]);
  return (
    <AppRouterCacheProvider options={{ nonce }}>
      <ThemeProvider theme={pageTheme}>
        <CssBaseline />
        <Provider store={store}>{children}</Provider>
      </ThemeProvider>
    </AppRouterCacheProvider>
  );
};
