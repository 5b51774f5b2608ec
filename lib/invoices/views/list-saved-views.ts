import { db } from "@/lib/db";
import { ZSavedViewList, type TSavedViewList } from "../schemas";
import { toSavedView } from "./to-saved-view";

export type ListSavedViewsOptions = { userId: string };

/** The user's own saved views, by name; nobody sees another user's views. */
export const listSavedViews = async ({ userId }: ListSavedViewsOptions): Promise<TSavedViewList> => {
  const views = await db.savedView.findMany({ where: { userId }, orderBy: { name: "asc" } });
  return ZSavedViewList.parse({ views: views.map(toSavedView) });
};
