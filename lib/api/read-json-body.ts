import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";

/** The request body as JSON for a zod schema; a body that is not JSON is the caller's mistake (422), not a 500. */
export const readJsonBody = async (req: NextRequest): Promise<unknown> => {
  try {
    return (await req.json()) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", { message: "El cuerpo de la solicitud no es JSON válido." });
  }
};
