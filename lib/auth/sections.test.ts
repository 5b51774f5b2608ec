import { expect, test } from "vitest";
import type { TRole } from "./schemas";
import { APP_SECTIONS, canAccessSection, getSectionsForRole } from "./sections";

const EXPECTED: Record<TRole, string[]> = {
  ADMIN: ["Inicio", "Facturas", "Cargar", "Revisión", "Productos", "Comisiones", "Certificados", "Reportes", "Administración"],
  OPERATOR: ["Inicio", "Facturas", "Cargar", "Revisión", "Productos", "Comisiones", "Certificados", "Reportes"],
  VIEWER: ["Inicio", "Facturas", "Productos", "Certificados", "Reportes"],
};

test.each(Object.entries(EXPECTED))("%s sees exactly its sections", (role, labels) => {
  expect(getSectionsForRole(role as TRole).map((section) => section.label)).toEqual(labels);
});

test("viewers cannot reach review, commissions or administration", () => {
  expect(canAccessSection("VIEWER", "revision")).toBe(false);
  expect(canAccessSection("VIEWER", "cargar")).toBe(false);
  expect(canAccessSection("VIEWER", "comisiones")).toBe(false);
  expect(canAccessSection("OPERATOR", "administracion")).toBe(false);
  expect(APP_SECTIONS.every((section) => canAccessSection("ADMIN", section.key))).toBe(true);
});
