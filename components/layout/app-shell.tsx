"use client";

import AdminPanelSettingsOutlined from "@mui/icons-material/AdminPanelSettingsOutlined";
import AssessmentOutlined from "@mui/icons-material/AssessmentOutlined";
import CloudUploadOutlined from "@mui/icons-material/CloudUploadOutlined";
import HomeOutlined from "@mui/icons-material/HomeOutlined";
import Inventory2Outlined from "@mui/icons-material/Inventory2Outlined";
import LogoutOutlined from "@mui/icons-material/LogoutOutlined";
import PaymentsOutlined from "@mui/icons-material/PaymentsOutlined";
import ReceiptLongOutlined from "@mui/icons-material/ReceiptLongOutlined";
import RuleOutlined from "@mui/icons-material/RuleOutlined";
import WorkspacePremiumOutlined from "@mui/icons-material/WorkspacePremiumOutlined";
import AppBar from "@mui/material/AppBar";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Drawer from "@mui/material/Drawer";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { signOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { ROLE_LABELS, type TSessionUser } from "@/lib/auth/schemas";
import { getSectionsForRole, type AppSectionKey } from "@/lib/auth/sections";

const DRAWER_WIDTH = 240;

const SECTION_ICONS: Record<AppSectionKey, ReactNode> = {
  inicio: <HomeOutlined />,
  facturas: <ReceiptLongOutlined />,
  cargar: <CloudUploadOutlined />,
  revision: <RuleOutlined />,
  productos: <Inventory2Outlined />,
  comisiones: <PaymentsOutlined />,
  certificados: <WorkspacePremiumOutlined />,
  reportes: <AssessmentOutlined />,
  administracion: <AdminPanelSettingsOutlined />,
};

const isActive = (pathname: string, href: string) =>
  href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");

export const AppShell = ({ user, children }: { user: TSessionUser; children: ReactNode }) => {
  const pathname = usePathname();
  const sections = getSectionsForRole(user.role);
  return (
    <Box sx={{ display: "flex", minHeight: "100vh" }}>
      <AppBar position="fixed" color="primary" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700, letterSpacing: 0.3 }}>
            Cotejo
          </Typography>
          <Typography component="span" variant="body2" sx={{ opacity: 0.85, display: { xs: "none", md: "block" } }}>
            Registro de facturas · Bolsa Mercantil de Colombia
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Chip
            label={ROLE_LABELS[user.role]}
            size="small"
            data-testid="current-role"
            sx={{ bgcolor: "rgba(255,255,255,0.16)", color: "inherit", fontWeight: 600 }}
          />
          <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
            <Avatar sx={{ width: 32, height: 32, bgcolor: "secondary.main", fontSize: 14 }}>{initialsOf(user.name)}</Avatar>
            <Box sx={{ display: { xs: "none", sm: "block" }, lineHeight: 1.1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {user.name}
              </Typography>
              <Typography variant="caption" sx={{ opacity: 0.8 }}>
                {user.email}
              </Typography>
            </Box>
          </Box>
          <Button
            color="inherit"
            startIcon={<LogoutOutlined />}
            onClick={() => void signOutEverywhere()}
          >
            Salir
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box", borderRight: "1px solid #e1e6e3" },
        }}
      >
        <Toolbar />
        <nav aria-label="Navegación principal">
          <List sx={{ px: 1, py: 2 }}>
            {sections.map((section) => {
              const active = isActive(pathname, section.href);
              return (
                <ListItem key={section.key} disablePadding>
                  <ListItemButton
                    component={Link}
                    href={section.href}
                    selected={active}
                    aria-current={active ? "page" : undefined}
                    sx={{ borderRadius: 2, mb: 0.5 }}
                  >
                    <ListItemIcon sx={{ minWidth: 40, color: active ? "primary.main" : undefined }}>
                      {SECTION_ICONS[section.key]}
                    </ListItemIcon>
                    <ListItemText primary={section.label} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: { xs: 2, md: 4 }, minWidth: 0 }}>
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
};
