import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createS3Client } from "@/lib/storage/create-s3-client";
import { makeExe, makePdf, makePng, makePngBomb, makeZip } from "@/lib/testing/bad-input-files";
import { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from "@/lib/testing/start-s3rver";
import { listIntakeFolder } from "./list-intake-folder";
import { listIntakeS3 } from "./list-intake-s3";
import { INTAKE_SYSTEM_EMAIL, resolveIntakeUploader } from "./resolve-intake-uploader";
import { runIntake } from "./run-intake";

describe("bulk intake", () => {
  let workDir: string;
  let s3rver: RunningS3rver;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-intake-"));
    s3rver = await startS3rver({ bucket: "cotejo-sftp" });
  });
  afterAll(async () => {
    await s3rver?.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  const countObjects = async (dir: string) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length;

  it("takes a folder through ingestUpload as the system user and summarises accepted, duplicates and rejections", async () => {
    const inbox = path.join(workDir, "inbox");
    await mkdir(path.join(inbox, "octubre"), { recursive: true });
    const pdf = await makePdf("intake carpeta");
    await writeFile(path.join(inbox, "a.pdf"), pdf);
    await writeFile(path.join(inbox, "octubre", "a-copia.pdf"), pdf);
    await writeFile(path.join(inbox, "octubre", "scan.png"), await makePng(50, 70));
    await writeFile(path.join(inbox, "octubre", "factura.xml"), '<?xml version="1.0"?><Invoice/>');
    await writeFile(path.join(inbox, "virus.pdf"), makeExe());
    await writeFile(path.join(inbox, "lote.zip"), makeZip());
    await writeFile(path.join(inbox, "bomba.png"), makePngBomb());
    await writeFile(path.join(inbox, "vacio.pdf"), "");
    await writeFile(path.join(inbox, "grande.pdf"), Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300_000)]));
    await writeFile(path.join(inbox, ".DS_Store"), "x");
    await symlink("/etc/passwd", path.join(inbox, "enlace.pdf"));

    const items = await listIntakeFolder({ dir: inbox });
    expect(items.map((item) => item.name)).toEqual([
      "a.pdf",
      "bomba.png",
      "grande.pdf",
      "lote.zip",
      "octubre/a-copia.pdf",
      "octubre/factura.xml",
      "octubre/scan.png",
      "vacio.pdf",
      "virus.pdf",
    ]);

    const uploader = await resolveIntakeUploader({});
    expect(uploader.email).toBe(INTAKE_SYSTEM_EMAIL);
    expect(await resolveIntakeUploader({})).toEqual(uploader);

    const rootDir = path.join(workDir, "objects");
    const seen: string[] = [];
    const summary = await runIntake({
      items,
      uploader,
      storage: createLocalStorage({ rootDir }),
      maxBytes: 256 * 1024,
      tempDir: path.join(workDir, "tmp"),
      onOutcome: (outcome) => seen.push(outcome.name),
    });
    expect(seen.sort()).toEqual(items.map((item) => item.name).sort());
    expect(summary).toMatchObject({
      total: 9,
      accepted: 3,
      duplicates: 1,
      rejected: 5,
      reasons: { UNSUPPORTED_MEDIA_TYPE: 2, IMAGE_TOO_LARGE: 1, EMPTY_FILE: 1, FILE_TOO_LARGE: 1 },
    });
    expect(summary.rejections.map((rejection) => [rejection.name, rejection.code])).toEqual([
      ["bomba.png", "IMAGE_TOO_LARGE"],
      ["grande.pdf", "FILE_TOO_LARGE"],
      ["lote.zip", "UNSUPPORTED_MEDIA_TYPE"],
      ["vacio.pdf", "EMPTY_FILE"],
      ["virus.pdf", "UNSUPPORTED_MEDIA_TYPE"],
    ]);
    expect(await db.invoice.count({ where: { uploadedById: uploader.id } })).toBe(3);
    expect(await countObjects(path.join(rootDir, "sha256"))).toBe(3);
    expect(await readdir(path.join(workDir, "tmp"))).toEqual([]);
  });

  it("lists an S3 prefix and feeds the same path (s3rver)", async () => {
    const client = createS3Client({ region: "us-east-1", endpoint: s3rver.endpoint, credentials: S3RVER_CREDENTIALS });
    const pdfs = await Promise.all([1, 2, 3, 4, 5].map((n) => makePdf(`s3 intake ${n}`)));
    for (const [index, body] of pdfs.entries()) {
      await client.send(new PutObjectCommand({ Bucket: s3rver.bucket, Key: `entrada/2026-11/f${index}.pdf`, Body: body }));
    }
    await client.send(new PutObjectCommand({ Bucket: s3rver.bucket, Key: "entrada/2026-11/malo.pdf", Body: makeExe() }));
    await client.send(new PutObjectCommand({ Bucket: s3rver.bucket, Key: "entrada/2026-11/.tmp-subiendo", Body: "x" }));
    await client.send(new PutObjectCommand({ Bucket: s3rver.bucket, Key: "otra/f.pdf", Body: pdfs[0] }));

    const items = await listIntakeS3({ client, bucket: s3rver.bucket, prefix: "entrada/" });
    expect(items.map((item) => item.name).sort()).toEqual([
      "entrada/2026-11/f0.pdf",
      "entrada/2026-11/f1.pdf",
      "entrada/2026-11/f2.pdf",
      "entrada/2026-11/f3.pdf",
      "entrada/2026-11/f4.pdf",
      "entrada/2026-11/malo.pdf",
    ]);
    const operator = await db.user.create({ data: { email: "op-intake@cotejo.test", name: "Op", role: "OPERATOR" }, select: { email: true } });
    const uploader = await resolveIntakeUploader({ email: operator.email.toUpperCase() });
    const summary = await runIntake({ items, uploader, storage: createLocalStorage({ rootDir: path.join(workDir, "objects-s3") }), tempDir: path.join(workDir, "tmp"), });
    expect(summary).toMatchObject({ total: 6, accepted: 5, duplicates: 0, rejected: 1, reasons: { UNSUPPORTED_MEDIA_TYPE: 1 } });
  });

  it("refuses a viewer or an unknown user as the uploader", async () => {
    await db.user.create({ data: { email: "consulta-intake@cotejo.test", name: "C", role: "VIEWER" } });
    await expect(resolveIntakeUploader({ email: "consulta-intake@cotejo.test" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resolveIntakeUploader({ email: "nadie@cotejo.test" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers NOT_FOUND for a folder that does not exist", async () => {
    await expect(listIntakeFolder({ dir: path.join(workDir, "no-existe") })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
