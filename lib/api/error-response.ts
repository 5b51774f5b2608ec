import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";

export type TApiErrorBody = { error: { code: string; message: string; details?: unknown } };

const isPrismaNotFound = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2025";

/** The one place errors become HTTP responses; anything unexpected is logged and answered without internals. */
export const toErrorResponse = (error: unknown): NextResponse<TApiErrorBody> => {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status },
    );
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      {
        error: {
          code: "INVALID_INPUT",
          message: "Los datos enviados no son válidos.",
          details: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
        },
      },
      { status: 422 },
    );
  }
  if (isPrismaNotFound(error)) {
    return NextResponse.json({ error: { code: "NOT_FOUND", message: "No encontrado." } }, { status: 404 });
  }
  getLogger().error({ err: error }, "Unhandled API error");
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Ocurrió un error inesperado. Intente de nuevo." } },
    { status: 500 },
  );
};
