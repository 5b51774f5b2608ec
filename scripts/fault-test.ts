/**
 * Fault test of the pipeline: uploads a batch, SIGKILLs the whole app (launcher, Next and the local Inngest
 * executor) at a random moment while it processes, starts it again on the same database and storage, and repeats;
 * then waits for every accepted upload to settle and checks the invariants (scripts/lib/pipeline-checks.ts).
 * Prints one JSON object with the counts and exits 1 on any violation.
 *
 *   npm run fault:test -- [--kills 50] [--batch 20] [--seed 2026] [--pdf-every 10]
 */
import "./lib/load-env";
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { checkPipelineInvariants, SETTLED_STATUSES, type AcceptedUpload } from "./lib/pipeline-checks";
import { buildInvoiceFiles, type CatalogProduct } from "./lib/pipeline-invoice-files";
import {
  createStorageDir,
  findFreePort,
  launchApp,
  signIn,
  startStackDatabase,
  uploadFiles,
  type RunningApp,
  type UploadFile,
} from "./lib/pipeline-stack";

const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "50" },
    batch: { type: "string", default: "20" },
    seed: { type: "string", default: "2026" },
    "pdf-every": { type: "string", default: "10" },
    "settle-timeout-s": { type: "string", default: "600" },
    verbose: { type: "boolean", default: false },
  },
});
const kills = Number(values.kills);
const batchSize = Number(values.batch);
const pdfEvery = Number(values["pdf-every"]);

/** A small deterministic generator, so that a failing run can be replayed with its seed. */
let state = Number(values.seed) >>> 0 || 1;
const random = () => {
  state = (state * 1_664_525 + 1_013_904_223) >>> 0;
  return state / 2 ** 32;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.error(`[fault-test] ${message}`);

const database = await startStackDatabase(`cotejo_fault_${Date.now()}`);
const storageDir = await createStorageDir();
const port = await findFreePort();
const launch = () =>
  launchApp({ databaseUrl: database.url, port, storageDir, output: values.verbose ? "inherit" : "ignore" });

const readProducts = async (): Promise<CatalogProduct[]> => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<CatalogProduct>(
      `SELECT p.code, p.name FROM "Product" p JOIN "DianClassification" c ON c.id = p."classificationId"
        WHERE c.eligibility <> 'NOT_ELIGIBLE' AND p.active ORDER BY p.code LIMIT 300`,
    );
    return rows;
  } finally {
    await client.end();
  }
};

const countUnsettled = async (ids: string[]) => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM "Invoice" WHERE id = ANY($1::uuid[]) AND NOT (status::text = ANY($2::text[]))`,
      [ids, [...SETTLED_STATUSES]],
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
};

const accepted: AcceptedUpload[] = [];
let uploaded = 0;
let uploadsCutShort = 0;
let exitCode = 1;
let app: RunningApp | null = null;
try {
  log(`app on port ${port}, storage ${storageDir}`);
  app = await launch();
  const products = await readProducts();
  const issueDate = toBogotaIsoDate(new Date(Date.now() - 3 * 86_400_000));

  const filesOfRound = async (round: number): Promise<UploadFile[]> => {
    const pdfCount = pdfEvery > 0 ? Math.floor(batchSize / pdfEvery) : 0;
    const [xml, pdf] = await Promise.all([
      buildInvoiceFiles({ kind: "xml", count: batchSize - pdfCount, startAt: round * batchSize, products, issueDate }),
      buildInvoiceFiles({ kind: "pdf", count: pdfCount, startAt: Number(values.seed) * 1000 + round * batchSize, products, issueDate }),
    ]);
    return [...xml, ...pdf];
  };

  for (let round = 0; round < kills; round += 1) {
    const files = await filesOfRound(round);
    const cookie = await signIn(app.baseUrl, "OPERATOR");
    // Most kills land while the round's invoices are being processed (counted from the first accepted upload);
    // one in five while the uploads themselves are still arriving.
    const killDuringUploads = random() < 0.2;
    const killAfterMs = Math.round(random() * (killDuringUploads ? 1500 : 4000));
    let firstAccepted: () => void = () => undefined;
    const processing = new Promise<void>((resolve) => (firstAccepted = resolve));
    const uploads = Promise.all(
      // Several requests in flight, as several operators would send them.
      [0, 1, 2, 3].map(async (part) => {
        const share = files.filter((_, index) => index % 4 === part);
        if (share.length === 0) return;
        try {
          const results = await uploadFiles(app!.baseUrl, cookie, share);
          firstAccepted();
          uploaded += share.length;
          for (const [index, result] of results.entries()) {
            if (result.invoiceId && result.status !== "rejected") {
              accepted.push({ invoiceId: result.invoiceId, sha256: createHash("sha256").update(share[index]!.bytes).digest("hex") });
            }
          }
        } catch {
          // Cut short by the kill: nothing was promised for these files.
          uploadsCutShort += share.length;
        }
      }),
    );
    if (!killDuringUploads) await Promise.race([processing, uploads]);
    await sleep(killAfterMs);
    await app.kill("SIGKILL");
    await uploads;
    log(`round ${round + 1}/${kills}: killed ${killAfterMs} ms after ${killDuringUploads ? "the uploads began" : "the first accepted upload"}; accepted so far ${accepted.length}`);
    app = await launch();
  }

  const deadline = Date.now() + Number(values["settle-timeout-s"]) * 1000;
  const ids = accepted.map((upload) => upload.invoiceId);
  let unsettled = await countUnsettled(ids);
  while (unsettled > 0 && Date.now() < deadline) {
    await sleep(2000);
    unsettled = await countUnsettled(ids);
  }
  const report = await checkPipelineInvariants({ databaseUrl: database.url, storageDir, accepted });
  console.log(
    JSON.stringify(
      {
        kills,
        batch: batchSize,
        seed: Number(values.seed),
        uploaded,
        uploads_cut_short: uploadsCutShort,
        accepted: report.accepted,
        by_status: report.byStatus,
        commissions: report.commissions,
        certificates: report.certificates,
        violations: report.violations.length,
        violation_examples: report.violations.slice(0, 20),
      },
      null,
      2,
    ),
  );
  exitCode = report.violations.length === 0 && report.accepted > 0 ? 0 : 1;
} finally {
  await app?.kill("SIGTERM");
  await database.stop();
  await rm(storageDir, { recursive: true, force: true });
}
process.exit(exitCode);
