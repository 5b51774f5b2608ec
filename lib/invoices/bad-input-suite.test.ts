/**
 * The bad-input list of docs/reliability-and-security.md as one table: every hostile or broken file goes through
 * the real upload (ingestUpload) and, when the upload keeps it, the real extraction step of the pipeline
 * (extractInvoice). For each fixture: its stable code, nothing stored or nothing half-stored, the time and memory
 * it took, and then a good invoice still going through the same upload and extraction (the worker is alive).
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { classifyPipelineError } from "@/lib/pipeline/classify-pipeline-error";
import { extractInvoice } from "@/lib/pipeline/extract-invoice";
import { failInvoice } from "@/lib/pipeline/fail-invoice";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import {
  makeEncryptedPdf,
  makeExe,
  largeStream,
  listFiles,
  makeGzipBomb,
  makeJpeg,
  makeJpegClaiming,
  makeManyPagePdf,
  makePdf,
  makePng,
  makePngBomb,
  makeZip,
  makeZipBomb,
  streamOf,
} from "@/lib/testing/bad-input-files";
import { DIAN_TEST_RANGE, DIAN_TEST_TECHNICAL_KEY, buildUblInvoice } from "@/lib/testing/build-ubl-invoice";
import type { TValidationOutcome } from "@/lib/validation/schemas";
import { ingestUpload } from "./ingest-upload";

// The generated invoices are numbered in DIAN's test range; with its key their CUFE verifies (or visibly does not).
process.env.DIAN_TECHNICAL_KEYS = `${DIAN_TEST_RANGE.prefix}=${DIAN_TEST_TECHNICAL_KEY}`;

const MiB = 1024 * 1024;
/** The product's own cap (25 MiB by default), so that the large attack fixtures are refused for what they are. */
const MAX_BYTES = getEnv().UPLOAD_MAX_BYTES;
const ATTACKS = path.join(import.meta.dirname, "../extraction/ubl/fixtures/attacks");

/**
 * upload: refused by the upload, nothing stored. extraction: the upload keeps the original (a 2xx upload is a
 * record), the extraction step refuses it for good and the invoice fails with the code, nothing half-extracted.
 * validation: read, then held for an operator with a finding of that code.
 */
type Stage = "upload" | "extraction" | "validation";

type BadInput = {
  label: string;
  fileName: string;
  stage: Stage;
  code: string;
  bytes: () => Buffer | Promise<Buffer> | Readable;
  /** Wall-clock bound for the refusal (upload, or the extraction step). */
  budgetMs: number;
  /** Measure heap and RSS growth while it is refused (bombs, huge inputs, deep nesting). */
  bounded?: boolean;
};

const daysFromToday = (days: number) => toBogotaIsoDate(new Date(Date.now() + days * 86_400_000));

let sequence = 0;
/** A valid DIAN UBL invoice, unique on every call (its own number, so its own SHA-256). */
const ublInvoice = (issueDate = daysFromToday(-3), quantity = "12.5") =>
  buildUblInvoice({
    sequence: 4_000_000 + (sequence += 1),
    issueDate,
    supplier: { nit: "900373115", name: "Agrícola del Valle S.A.S." },
    customer: { nit: "860007386", name: "Distribuidora Andina S.A." },
    lines: [
      { productCode: "ARR-001", description: "Arroz blanco bulto 50 kg", quantity, unitPrice: "152000.00" },
      { productCode: "PAP-002", description: "Papa pastusa bulto 50 kg", quantity: "3", unitPrice: "98000.00" },
    ],
  });

const attack = (name: string) => () => readFile(path.join(ATTACKS, name));
const truncate = async (bytes: Promise<Buffer>, keep: number) => (await bytes).subarray(0, keep);
const edit = (replace: (xml: string) => string, issueDate?: string, quantity?: string) => () => Buffer.from(replace(ublInvoice(issueDate, quantity)));

const BAD_INPUTS: BadInput[] = [
  // 1. Type spoofing: magic bytes decide, never the name or the client's content type.
  { label: "Windows EXE renamed .pdf", fileName: "factura.pdf", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: makeExe, budgetMs: 1000 },
  { label: "ELF binary renamed .xml", fileName: "factura.xml", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01", "latin1"), Buffer.alloc(200)]), budgetMs: 1000 },
  { label: "HTML with script renamed .xml", fileName: "factura.xml", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), budgetMs: 1000 },
  { label: "SVG with onload renamed .png", fileName: "logo.png", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), budgetMs: 1000 },
  { label: "GIF/PDF polyglot (GIF magic, PDF body)", fileName: "factura.pdf", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: async () => Buffer.concat([Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), await makePdf("polyglota")]), budgetMs: 1000 },
  { label: "PDF magic not at offset 0 (wrong magic bytes)", fileName: "factura.pdf", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("garbage before %PDF-1.7\n%%EOF\n"), budgetMs: 1000 },
  { label: "plain text named .xml", fileName: "factura.xml", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("Total a pagar: 1.000.000\n"), budgetMs: 1000 },
  { label: "plain text named .txt", fileName: "notas.txt", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("Total a pagar: 1.000.000\n"), budgetMs: 1000 },
  { label: "ELF binary renamed .pdf", fileName: "factura.pdf", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01", "latin1"), Buffer.alloc(120)]), budgetMs: 1000 },
  { label: "HTML renamed .pdf", fileName: "factura.pdf", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), budgetMs: 1000 },
  { label: "HTML after leading whitespace, renamed .xml", fileName: "factura.xml", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("\n  <html><body>Factura</body></html>"), budgetMs: 1000 },
  { label: "whitespace only", fileName: "vacio.xml", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from(" \n\t \r\n"), budgetMs: 1000 },
  { label: "GIF renamed .jpg", fileName: "scan.jpg", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), budgetMs: 1000 },
  // 2. Oversized: capped while streaming, nothing reaches storage, memory flat.
  { label: "stream of cap + 1 byte", fileName: "grande.pdf", stage: "upload", code: "FILE_TOO_LARGE", bytes: () => largeStream(MAX_BYTES + 1), budgetMs: 2000 },
  { label: "stream of 64 MiB against the 25 MiB cap", fileName: "enorme.pdf", stage: "upload", code: "FILE_TOO_LARGE", bytes: () => largeStream(64 * MiB), budgetMs: 2000, bounded: true },
  // 3. Image bombs and broken images.
  { label: "PNG claiming 100,000 × 100,000 pixels", fileName: "bomba.png", stage: "upload", code: "IMAGE_TOO_LARGE", bytes: () => makePngBomb(), budgetMs: 1000, bounded: true },
  { label: "PNG of 8,000 × 8,000 (64 MP, over the 50 MP cap)", fileName: "bomba.png", stage: "upload", code: "IMAGE_TOO_LARGE", bytes: () => makePngBomb(8000, 8000), budgetMs: 1000, bounded: true },
  { label: "JPEG whose frame claims 65,000 × 65,000", fileName: "scan.jpg", stage: "upload", code: "IMAGE_TOO_LARGE", bytes: () => makeJpegClaiming(65_000, 65_000), budgetMs: 1000, bounded: true },
  { label: "truncated PNG", fileName: "scan.png", stage: "upload", code: "IMAGE_CORRUPT", bytes: () => truncate(makePng(400, 400), 120), budgetMs: 1000 },
  { label: "truncated JPEG", fileName: "scan.jpg", stage: "upload", code: "IMAGE_CORRUPT", bytes: () => truncate(makeJpeg(), 200), budgetMs: 1000 },
  { label: "JPEG magic then garbage", fileName: "scan.jpg", stage: "upload", code: "IMAGE_CORRUPT", bytes: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 0x41)]), budgetMs: 1000 },
  { label: "JPEG magic then HTML (polyglot)", fileName: "scan.jpg", stage: "upload", code: "IMAGE_CORRUPT", bytes: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<html><script>alert(1)</script></html>")]), budgetMs: 1000 },
  // 4. PDFs: encrypted, truncated, corrupt, too many pages (refused by the extraction step, non-retriable).
  { label: "PDF encrypted with qpdf (AES-256)", fileName: "protegida.pdf", stage: "extraction", code: "PDF_ENCRYPTED", bytes: makeEncryptedPdf, budgetMs: 3000 },
  { label: "PDF truncated at 60 %", fileName: "cortada.pdf", stage: "extraction", code: "PDF_CORRUPT", bytes: async () => { const pdf = await makePdf("Factura cortada a medias"); return pdf.subarray(0, Math.floor(pdf.length * 0.6)); }, budgetMs: 3000 },
  { label: "PDF header then garbage", fileName: "danada.pdf", stage: "extraction", code: "PDF_CORRUPT", bytes: () => Buffer.from(`%PDF-1.7\n${randomUUID()} garbage garbage\n%%EOF\n`), budgetMs: 3000 },
  { label: "PDF of 400 pages (cap 50)", fileName: "tomo.pdf", stage: "extraction", code: "TOO_MANY_PAGES", bytes: () => makeManyPagePdf(400), budgetMs: 5000, bounded: true },
  // 5. XML: any DTD is refused at the upload; malformed or non-UBL XML fails extraction with its code.
  { label: "billion laughs", fileName: "risas.xml", stage: "upload", code: "XML_DOCTYPE_FORBIDDEN", bytes: attack("billion-laughs.xml"), budgetMs: 100, bounded: true },
  { label: "external entity (XXE to /etc/passwd)", fileName: "xxe.xml", stage: "upload", code: "XML_DOCTYPE_FORBIDDEN", bytes: attack("external-entity.xml"), budgetMs: 100 },
  // 5 MB: receiving and hashing it is most of the time (the DTD check reads the first 4 KiB); 100 ms is too tight
  // for that on this shared machine.
  { label: "1M numeric references declared in a DTD", fileName: "refs.xml", stage: "upload", code: "XML_DOCTYPE_FORBIDDEN", bytes: attack("numeric-references-1m.xml"), budgetMs: 1000, bounded: true },
  { label: "repeated DOCTYPEs", fileName: "doctypes.xml", stage: "upload", code: "XML_DOCTYPE_FORBIDDEN", bytes: attack("repeated-doctypes.xml"), budgetMs: 100 },
  { label: "DOCTYPE after a comment", fileName: "comentario.xml", stage: "upload", code: "XML_DOCTYPE_FORBIDDEN", bytes: attack("doctype-after-comment.xml"), budgetMs: 100 },
  { label: "UBL invoice with an internal DTD subset", fileName: "dtd.xml", stage: "upload", code: "XML_DOCTYPE_FORBIDDEN", bytes: edit((xml) => xml.replace("?>\n<Invoice", '?>\n<!DOCTYPE Invoice [<!ENTITY iva "19">]>\n<Invoice')), budgetMs: 100 },
  { label: "1M numeric references in the body", fileName: "refs-cuerpo.xml", stage: "extraction", code: "XML_MALFORMED", bytes: attack("numeric-references-1m-body.xml"), budgetMs: 1000, bounded: true },
  { label: "10k-deep nesting", fileName: "profundo.xml", stage: "extraction", code: "XML_MALFORMED", bytes: attack("deep-nesting-10k.xml"), budgetMs: 1000, bounded: true },
  { label: "truncated UBL invoice", fileName: "cortada.xml", stage: "extraction", code: "XML_MALFORMED", bytes: attack("truncated-invoice.xml"), budgetMs: 1000 },
  { label: "well-formed XML that is not UBL", fileName: "otro.xml", stage: "extraction", code: "XML_NOT_UBL", bytes: attack("not-ubl.xml"), budgetMs: 1000 },
  { label: "UBL invoice in the wrong namespace", fileName: "espacio.xml", stage: "extraction", code: "XML_NOT_UBL", bytes: edit((xml) => xml.replace('xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"', 'xmlns="urn:example:facturas:Invoice-9"')), budgetMs: 1000 },
  // 6. Archives: refused at the signature check, never inflated.
  { label: "ZIP renamed .pdf", fileName: "factura.pdf", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => makeZip(), budgetMs: 1000 },
  { label: "ZIP archive named .zip", fileName: "facturas-octubre.zip", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => makeZip("a.xml", Buffer.from("<Invoice/>")), budgetMs: 1000 },
  { label: "small gzip archive", fileName: "facturas.xml.gz", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]), budgetMs: 1000 },
  { label: "ZIP bomb (64 MiB of zeros deflated)", fileName: "facturas.zip", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => makeZipBomb(), budgetMs: 1000, bounded: true },
  { label: "gzip bomb named .xml (64 MiB of zeros)", fileName: "factura.xml", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => makeGzipBomb(), budgetMs: 1000, bounded: true },
  // 7. Hostile file names: never part of a storage key; the content decides.
  { label: "name ../../etc/passwd", fileName: "../../etc/passwd", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: () => Buffer.from("root:x:0:0:root:/root:/bin/bash\n"), budgetMs: 1000 },
  { label: "name with NUL (factura.pdf\\0.exe)", fileName: "factura.pdf\0.exe", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: makeExe, budgetMs: 1000 },
  { label: "name with a right-to-left override", fileName: "factura\u202Efdp.exe", stage: "upload", code: "UNSUPPORTED_MEDIA_TYPE", bytes: makeExe, budgetMs: 1000 },
  // 10. Empty files, wrong dates, wrong identifiers, negative or unreadable amounts: states an operator can act on.
  { label: "zero-byte file", fileName: "factura.xml", stage: "upload", code: "EMPTY_FILE", bytes: () => Buffer.alloc(0), budgetMs: 1000 },
  { label: "supplier NIT with a wrong check digit", fileName: "nit.xml", stage: "validation", code: "NIT_CHECK_DIGIT_INVALID", bytes: edit((xml) => xml.replace(/schemeID="(\d)" schemeName="31">900373115</g, (_match, digit: string) => `schemeID="${(Number(digit) + 1) % 10}" schemeName="31">900373115<`)), budgetMs: 2000 },
  { label: "CUFE that does not match the invoice", fileName: "cufe.xml", stage: "validation", code: "CUFE_MISMATCH", bytes: edit((xml) => xml.replace(/(schemeName="CUFE-SHA384">)(.)/, (_match, prefix: string, first: string) => `${prefix}${first === "0" ? "1" : "0"}`)), budgetMs: 2000 },
  { label: "issue date 30 days in the future", fileName: "futura.xml", stage: "validation", code: "ISSUE_DATE_IN_FUTURE", bytes: () => Buffer.from(ublInvoice(daysFromToday(30))), budgetMs: 2000 },
  { label: "issue date years past the age limit", fileName: "vieja.xml", stage: "validation", code: "INVOICE_TOO_OLD", bytes: () => Buffer.from(ublInvoice("2019-01-15")), budgetMs: 2000 },
  { label: "negative quantity and amounts", fileName: "negativa.xml", stage: "validation", code: "NEGATIVE_AMOUNT", bytes: () => Buffer.from(ublInvoice(undefined, "-12.5")), budgetMs: 2000 },
  { label: "NaN as the payable amount", fileName: "nan.xml", stage: "validation", code: "REQUIRED_FIELD_MISSING", bytes: edit((xml) => xml.replace(/(<cbc:PayableAmount currencyID="COP">)[^<]+/, "$1NaN")), budgetMs: 2000 },
  { label: "UBL invoice without its monetary totals", fileName: "sin-totales.xml", stage: "validation", code: "REQUIRED_FIELD_MISSING", bytes: attack("missing-legal-monetary-total.xml"), budgetMs: 2000 },
];

/** Elapsed time and the largest heap and RSS growth seen (sampled every millisecond and at the end). */
const measure = async <T>(run: () => Promise<T>) => {
  const start = process.memoryUsage();
  let peakHeap = start.heapUsed;
  let peakRss = start.rss;
  const sample = () => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  };
  const timer = setInterval(sample, 1);
  const startedAt = performance.now();
  try {
    const outcome = await run().then(
      (value) => ({ value, error: null }),
      (error: unknown) => ({ value: null, error }),
    );
    return { ...outcome, elapsedMs: performance.now() - startedAt, heapGrowth: peakHeap - start.heapUsed, rssGrowth: peakRss - start.rss };
  } finally {
    clearInterval(timer);
    sample();
  }
};

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : `not an AppError: ${String(error)}`);

describe("bad-input suite (docs/reliability-and-security.md)", () => {
  let rootDir: string;
  let tempDir: string;
  let storage: ObjectStorage;
  let uploader: { id: string; email: string };

  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-bad-input-objects-"));
    tempDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-bad-input-temp-"));
    storage = createLocalStorage({ rootDir });
    uploader = await db.user.create({
      data: { email: "operador-entradas@cotejo.test", name: "Operador", role: "OPERATOR" },
      select: { id: true, email: true },
    });
  });

  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
    await rm(tempDir, { recursive: true, force: true });
  });

  const ingest = (stream: Readable, fileName: string) => ingestUpload({ stream, fileName, uploader, storage, tempDir });
  const toStream = async (bytes: BadInput["bytes"]) => {
    const input = await bytes();
    return input instanceof Readable ? input : streamOf(input);
  };
  const counts = async () => ({
    invoices: await db.invoice.count(),
    audits: await db.auditEvent.count(),
    organizations: await db.organization.count(),
    lines: await db.invoiceLine.count(),
    objects: (await listFiles(rootDir)).length,
  });

  /** After any bad input, a good electronic invoice still goes through the upload and the extraction step. */
  const expectWorkerAlive = async () => {
    const uploaded = await ingest(streamOf(Buffer.from(ublInvoice())), "buena.xml");
    expect(uploaded).toMatchObject({ isDuplicate: false, sourceType: "XML" });
    const extracted = await extractInvoice({ invoiceId: uploaded.id, pipelineRunId: `run-${uploaded.id}`, storage });
    expect(extracted).toMatchObject({ claimed: true, status: "MATCHING", extracted: true, lineCount: 2 });
  };

  it("covers at least 30 bad inputs, each with a stable code", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_INPUTS.map((input) => input.label)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.filter((input) => input.stage === "upload"))(
    "upload refuses $label with $code, stores nothing, in time and memory",
    async ({ fileName, bytes, code, budgetMs, bounded }) => {
      const stream = await toStream(bytes);
      const before = await counts();
      const { error, elapsedMs, heapGrowth, rssGrowth } = await measure(() => ingest(stream, fileName));
      expect(codeOf(error)).toBe(code);
      expect((error as AppError).message).toMatch(/[a-z]/);
      // The refused stream is consumed or destroyed, never left hanging on the client's socket.
      expect(stream.readableEnded || stream.destroyed).toBe(true);
      expect((error as AppError).status).toBeGreaterThanOrEqual(400);
      expect((error as AppError).status).toBeLessThan(500);
      expect(elapsedMs).toBeLessThan(budgetMs);
      if (bounded) {
        expect(heapGrowth).toBeLessThan(32 * MiB);
        expect(rssGrowth).toBeLessThan(64 * MiB);
      }
      expect(await counts()).toEqual(before);
      expect(await listFiles(tempDir)).toEqual([]);
      await expectWorkerAlive();
    },
  );

  it.each(BAD_INPUTS.filter((input) => input.stage === "extraction"))(
    "extraction refuses $label with $code for good; the invoice fails with it, nothing half-extracted",
    async ({ fileName, bytes, code, budgetMs, bounded }) => {
      const before = await counts();
      const uploaded = await ingest(await toStream(bytes), fileName);
      expect(uploaded.isDuplicate).toBe(false);
      const { error, elapsedMs, heapGrowth, rssGrowth } = await measure(() =>
        extractInvoice({ invoiceId: uploaded.id, pipelineRunId: `run-${uploaded.id}`, storage }),
      );
      expect(codeOf(error)).toBe(code);
      expect(classifyPipelineError(error)).toMatchObject({ code, retriable: false });
      expect(elapsedMs).toBeLessThan(budgetMs);
      if (bounded) {
        expect(heapGrowth).toBeLessThan(64 * MiB);
        expect(rssGrowth).toBeLessThan(128 * MiB);
      }
      expect(await failInvoice({ invoiceId: uploaded.id, code, message: (error as AppError).message })).toEqual({ failed: true });
      const invoice = await db.invoice.findUniqueOrThrow({ where: { id: uploaded.id } });
      expect(invoice).toMatchObject({ status: "FAILED", failureCode: code, extraction: null, supplierId: null, number: null, total: null });
      expect(invoice.failureReason).toMatch(/[a-z]/);
      // Only the kept original, its row and the upload and status audit entries: no lines, no parties.
      expect(await counts()).toEqual({ ...before, invoices: before.invoices + 1, objects: before.objects + 1, audits: before.audits + 3 });
      await expectWorkerAlive();
    },
  );

  it.each(BAD_INPUTS.filter((input) => input.stage === "validation"))(
    "holds $label for an operator with $code",
    async ({ fileName, bytes, code, budgetMs }) => {
      const uploaded = await ingest(await toStream(bytes), fileName);
      const { value, error, elapsedMs } = await measure(() => extractInvoice({ invoiceId: uploaded.id, pipelineRunId: `run-${uploaded.id}`, storage }));
      expect(error).toBeNull();
      expect(value).toMatchObject({ claimed: true, status: "MATCHING", extracted: true });
      expect(elapsedMs).toBeLessThan(budgetMs);
      const validation = (await db.invoice.findUniqueOrThrow({ where: { id: uploaded.id } })).validation as TValidationOutcome;
      expect(validation.decision).toBe("review");
      const finding = validation.findings.find((candidate) => candidate.code === code);
      expect(finding, JSON.stringify(validation.findings)).toBeDefined();
      expect(finding?.message).toMatch(/[a-z]/);
      await expectWorkerAlive();
    },
  );
});
