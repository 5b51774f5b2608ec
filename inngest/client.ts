import { Inngest } from "inngest";

/**
 * The Inngest client. Inngest Cloud with INNGEST_EVENT_KEY/INNGEST_SIGNING_KEY, a self-hosted server with
 * INNGEST_BASE_URL; the SDK reads those variables itself.
 */
export const inngest = new Inngest({ id: "cotejo" });
