import type { SavedView } from "@/lib/generated/prisma/client";
import { ZSavedViewQuery, type TSavedView } from "../schemas";

export const toSavedView = (view: SavedView): TSavedView => ({
  id: view.id,
  name: view.name,
  query: ZSavedViewQuery.parse(view.query),
  createdAt: view.createdAt.toISOString(),
});
