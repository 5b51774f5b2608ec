/**
 * Run by the certificates spec in a child process (node --import tsx): inserts a priced invoice into the e2e
 * server's database, as pricing leaves it, and prints its id. The e2e database is `cotejo_e2e` on the test server.
 */
import { startTestPostgres } from "@/lib/testing/test-postgres";

const server = await startTestPostgres();
const url = new URL(server.url);
url.pathname = "/cotejo_e2e";
process.env.DATABASE_URL = url.toString();
const { db } = await import("@/lib/db");
const { createCommissionedInvoice } = await import("@/lib/testing/create-commissioned-invoice");
const uploader = await db.user.findUniqueOrThrow({ where: { email: process.argv[2] ?? "operador@cotejo.local" } });
const { invoice } = await createCommissionedInvoice({ index: Number(process.argv[3] ?? 1), uploaderId: uploader.id });
console.log(JSON.stringify({ invoiceId: invoice.id, invoiceNumber: invoice.number }));
await db.$disconnect();
