import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type DeleteSavedViewOptions = { id: string; userId: string };

/** Deletes one of the user's views. Another user's view answers 404, as an unknown one does: its id tells nothing. */
export const deleteSavedView = async ({ id, userId }: DeleteSavedViewOptions): Promise<void> => {
  const notFound = new AppError("NOT_FOUND", { message: "Vista no encontrada." });
  if (!z.uuid().safeParse(id).success) throw notFound;
  const { count } = await db.savedView.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound;
};
