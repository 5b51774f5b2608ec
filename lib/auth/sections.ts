import type { TRole } from "./schemas";

export type AppSectionKey =
  | "inicio"
  | "facturas"
  | "cargar"
  | "revision"
  | "productos"
  | "comisiones"
  | "certificados"
  | "reportes"
  | "administracion";

export type AppSection = { key: AppSectionKey; href: string; label: string; roles: readonly TRole[] };

const EVERYONE: readonly TRole[] = ["ADMIN", "OPERATOR", "VIEWER"];
const STAFF: readonly TRole[] = ["ADMIN", "OPERATOR"];

/** The navigation and the page guards read this one table, so a section is hidden exactly where it is refused. */
export const APP_SECTIONS: readonly AppSection[] = [
  { key: "inicio", href: "/", label: "Inicio", roles: EVERYONE },
  { key: "facturas", href: "/facturas", label: "Facturas", roles: EVERYONE },
  { key: "cargar", href: "/cargar", label: "Cargar", roles: STAFF },
  { key: "revision", href: "/revision", label: "Revisión", roles: STAFF },
  { key: "productos", href: "/productos", label: "Productos", roles: EVERYONE },
  { key: "comisiones", href: "/comisiones", label: "Comisiones", roles: STAFF },
  { key: "certificados", href: "/certificados", label: "Certificados", roles: EVERYONE },
  { key: "reportes", href: "/reportes", label: "Reportes", roles: EVERYONE },
  { key: "administracion", href: "/administracion", label: "Administración", roles: ["ADMIN"] },
];

export const getSection = (key: AppSectionKey): AppSection => {
  const section = APP_SECTIONS.find((candidate) => candidate.key === key);
  if (!section) throw new Error(`Unknown section ${key}`);
  return section;
};

export const canAccessSection = (role: TRole, key: AppSectionKey): boolean => getSection(key).roles.includes(role);

export const getSectionsForRole = (role: TRole): AppSection[] =>
  APP_SECTIONS.filter((section) => section.roles.includes(role));
