import { inngest } from "@/inngest/client";
import { AppError } from "@/lib/errors";
import type { TPipelineEvent } from "./events";

export type SendPipelineEvents = (events: TPipelineEvent[]) => Promise<void>;

/** Hands events to Inngest (Cloud, a self-hosted server or the local executor); an unreachable Event API is a 503. */
export const sendPipelineEvents: SendPipelineEvents = async (events) => {
  if (events.length === 0) return;
  try {
    await inngest.send(events);
  } catch (error) {
    throw new AppError("SERVICE_UNAVAILABLE", {
      message: "No se pudo encolar el procesamiento de la factura; intente de nuevo en unos minutos.",
      details: { cause: error instanceof Error ? error.message : String(error) },
    });
  }
};
