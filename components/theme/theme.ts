"use client";

import { esES } from "@mui/material/locale";
import { createTheme } from "@mui/material/styles";

export const theme = createTheme(
  {
    palette: {
      mode: "light",
      primary: { main: "#0b5d3b", contrastText: "#ffffff" },
      secondary: { main: "#1f4e79" },
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
