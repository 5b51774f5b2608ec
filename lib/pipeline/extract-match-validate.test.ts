import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { classifyPipelineError } from "./classify-pipeline-error";
import { extractInvoice } from "./extract-invoice";
import { matchInvoice } from "./match-invoice";
import { validateInvoice } from "./validate-invoice";

const SAMPLE = path.join(import.meta.dirname, "../extraction/ubl/fixtures/dian/Consumidor_Final.xml");

let rootDir = "";
let storage: ObjectStorage;

const storeInvoice = async (bytes: Buffer) => {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { key } = await storage.putObject({ sha256, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "application/xml" });
  const uploader = await db.user.upsert({ where: { email: "op@pipeline.test" }, update: {}, create: { email: "op@pipeline.test", name: "Op", role: "OPERATOR" } });
  return db.invoice.create({
    data: { sourceType: "XML", sha256, storageKey: key, originalFilename: "f.xml", mimeType: "application/xml", sizeBytes: bytes.length, uploadedById: uploader.id },
  });
};

const statusAudits = (invoiceId: string) => db.auditEvent.count({ where: { entityId: invoiceId, action: "invoice.status-changed" } });

beforeAll(async () => {
  rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-pipeline-"));
  storage = createLocalStorage({ rootDir });
});
afterAll(async () => {
  await rm(rootDir, { recursive: true, force: true });
});

describe("extract → match → validate", () => {
  it("claims the invoice for one run, moves it step by step, and a repeated step changes nothing", async () => {
    const invoice = await storeInvoice(await readFile(SAMPLE));
    const now = new Date("2026-11-23T15:00:00Z");

    const extracted = await extractInvoice({ invoiceId: invoice.id, pipelineRunId: "run-a", storage, now });
    expect(extracted).toMatchObject({ claimed: true, status: "MATCHING", extracted: true });
    const afterExtract = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { lines: true } });
    expect(afterExtract).toMatchObject({ status: "MATCHING", pipelineRunId: "run-a", number: "SETP990058987" });
    expect(afterExtract.lines.length).toBeGreaterThan(0);
    expect(await statusAudits(invoice.id)).toBe(2);

    // The same step again, and a second run (a re-sent event): neither extracts nor audits again.
    expect(await extractInvoice({ invoiceId: invoice.id, pipelineRunId: "run-a", storage, now })).toMatchObject({ claimed: true, extracted: true });
    expect(await extractInvoice({ invoiceId: invoice.id, pipelineRunId: "run-b", storage, now })).toEqual({ claimed: false, status: "MATCHING" });
    expect(await db.auditEvent.count({ where: { entityId: invoice.id, action: "invoice.extracted" } })).toBe(1);
    expect(await statusAudits(invoice.id)).toBe(2);

    const matched = await matchInvoice({ invoiceId: invoice.id });
    expect(matched).toMatchObject({ matched: true, lineCount: afterExtract.lines.length });
    expect(await matchInvoice({ invoiceId: invoice.id })).toMatchObject({ matched: false, autoMatched: matched.autoMatched });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("VALIDATING");

    // A 2019 invoice is past the age limit, and the empty catalog matches nothing: an operator must look.
    const validated = await validateInvoice({ invoiceId: invoice.id });
    expect(validated.next).toBe("review");
    expect(validated.reasons).toEqual(expect.arrayContaining(["INVOICE_TOO_OLD", "UNMATCHED_LINES"]));
    expect(await validateInvoice({ invoiceId: invoice.id })).toEqual({ next: "review", reasons: [] });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("NEEDS_REVIEW");
    expect(await statusAudits(invoice.id)).toBe(4);
  });

  it("a stored file that no longer matches its SHA-256 is a non-retriable storage error", async () => {
    const invoice = await storeInvoice(Buffer.from((await readFile(SAMPLE, "utf8")).replace("SETP990058987", "SETP990058988")));
    await db.invoice.update({ where: { id: invoice.id }, data: { sha256: "0".repeat(64) } });
    const error = await extractInvoice({ invoiceId: invoice.id, pipelineRunId: "run-c", storage }).catch((caught: unknown) => caught);
    expect(classifyPipelineError(error)).toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH", retriable: false });
  });

  it("an XML that is not UBL fails with its code; an unknown invoice is NOT_FOUND", async () => {
    const invoice = await storeInvoice(Buffer.from('<?xml version="1.0"?><Pedido><Numero>1</Numero></Pedido>'));
    await expect(extractInvoice({ invoiceId: invoice.id, pipelineRunId: "run-d", storage })).rejects.toMatchObject({ code: "XML_NOT_UBL" });
    await expect(extractInvoice({ invoiceId: "00000000-0000-4000-8000-000000000000", pipelineRunId: "run-d", storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
