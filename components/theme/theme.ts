"use client";

import { esES } from "@mui/material/locale";
import { createTheme } from "@mui/material/styles";

export const theme = createTheme(
  {
    palette: {
      mode: "light",
      primary: { main: "#0b5d3b", contrastText: "#ffffff" },
      secondary: { main: "#1f4e79" },
      // MUI's default info (#0288d1, 3.9:1) and warning (#ed6c02, 3.1:1) fail WCAG AA as text on white, which is how
      // outlined chips and alerts draw them; these darker tones pass (7.4:1 and 5.9:1).
      info: { main: "#01579b", contrastText: "#ffffff" },
      warning: { main: "#a04d00", contrastText: "#ffffff" },
      background: { default: "#f4f6f5", paper: "#ffffff" },
      text: { primary: "#1b2420", secondary: "#52605a" },
    },
    shape: { borderRadius: 10 },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      h1: { fontSize: "1.6rem", fontWeight: 650 },
      h2: { fontSize: "1.25rem", fontWeight: 600 },
      h3: { fontSize: "1.05rem", fontWeight: 600 },
      button: { textTransform: "none", fontWeight: 600 },
    },
    components: {
      MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { root: { border: "1px solid #e1e6e3" } } },
      MuiAppBar: { styleOverrides: { root: { border: "none" } } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600, color: "#52605a", whiteSpace: "nowrap" } } },
    },
  },
  esES,
);
