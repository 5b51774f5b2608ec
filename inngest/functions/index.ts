import type { InngestFunction } from "inngest";
import { getEnv } from "@/lib/env";
import { extractDocument } from "./extract-document";
import { integrityCheck } from "./integrity-check";
import { processInvoice } from "./process-invoice";
import { requeueStuck } from "./requeue-stuck-invoices";
import { retention } from "./retention";
import { scheduledIntake } from "./scheduled-intake";

/** Every background function the app serves. The scheduled intake only exists when INTAKE_SOURCE is set. */
export const functions: InngestFunction.Any[] = [
  processInvoice,
  extractDocument,
  requeueStuck,
  integrityCheck,
  retention,
  ...(getEnv().INTAKE_SOURCE ? [scheduledIntake] : []),
];
