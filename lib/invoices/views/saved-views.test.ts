import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createTestUser } from "@/lib/testing/create-test-user";
import { createSavedView } from "./create-saved-view";
import { deleteSavedView } from "./delete-saved-view";
import { listSavedViews } from "./list-saved-views";

let ana: string;
let beto: string;

beforeAll(async () => {
  ana = (await createTestUser({ email: "ana@views.test", role: "OPERATOR" })).id;
  beto = (await createTestUser({ email: "beto@views.test", role: "VIEWER" })).id;
});

describe("saved inbox views", () => {
  it("stores the filters in canonical form (defaults and empty values left out) and lists only the owner's views", async () => {
    const view = await createSavedView({
      userId: ana,
      name: "Fallidas grandes",
      query: { status: "FAILED,FAILED", totalMin: " 1000000.50 ", sort: "createdAt", order: "desc", supplier: "", page: "7" },
    });
    expect(view).toMatchObject({ name: "Fallidas grandes", query: { status: "FAILED", totalMin: "1000000.50" } });
    await createSavedView({ userId: ana, name: "Alta confianza", query: { confidence: "alta", sort: "total", order: "asc" } });
    await createSavedView({ userId: beto, name: "Mías", query: {} });

    const { views } = await listSavedViews({ userId: ana });
    expect(views.map((saved) => saved.name)).toEqual(["Alta confianza", "Fallidas grandes"]);
    expect(views[0]?.query).toEqual({ confidence: "alta", sort: "total", order: "asc" });
    expect((await listSavedViews({ userId: beto })).views.map((saved) => saved.name)).toEqual(["Mías"]);
  });

  it("refuses a query the inbox would refuse, and a name the user already has", async () => {
    await expect(createSavedView({ userId: ana, name: "Mala", query: { status: "BORRADA" } })).rejects.toBeInstanceOf(ZodError);
    await expect(createSavedView({ userId: ana, name: "Rango", query: { issuedFrom: "2026-05-01", issuedTo: "2026-04-01" } })).rejects.toBeInstanceOf(ZodError);
    await expect(createSavedView({ userId: ana, name: "Fallidas grandes", query: {} })).rejects.toMatchObject({ code: "CONFLICT" });
    // Another user may use the same name.
    await expect(createSavedView({ userId: beto, name: "Fallidas grandes", query: {} })).resolves.toMatchObject({ name: "Fallidas grandes" });
  });

  it("deletes only for the owner: another user's view, an unknown id and a malformed one are all 404", async () => {
    const view = await createSavedView({ userId: ana, name: "Para borrar", query: { source: "PDF" } });
    await expect(deleteSavedView({ id: view.id, userId: beto })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSavedView({ id: "no-es-un-id", userId: ana })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteSavedView({ id: view.id, userId: ana });
    await expect(deleteSavedView({ id: view.id, userId: ana })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSavedViews({ userId: ana })).views.map((saved) => saved.name)).not.toContain("Para borrar");
  });
});
