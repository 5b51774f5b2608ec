"use client";

import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/administracion", label: "Usuarios" },
  { href: "/administracion/reglas", label: "Reglas de comisión" },
  { href: "/administracion/procesos", label: "Procesos" },
] as const;

/** Administración's sub-pages; a sub-page's tab stays selected on its nested pages (a rule version's own page). */
export const AdministrationTabs = () => {
  const pathname = usePathname();
  const current = TABS.findLast((tab) => pathname.startsWith(tab.href))?.href ?? "/administracion";
  return (
    <Tabs value={current} aria-label="Secciones de administración" sx={{ mb: 3, borderBottom: 1, borderColor: "divider" }}>
      {TABS.map((tab) => (
        <Tab key={tab.href} value={tab.href} label={tab.label} component={Link} href={tab.href} />
      ))}
    </Tabs>
  );
};
