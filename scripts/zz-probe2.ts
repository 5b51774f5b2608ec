import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractDocument } from "@/lib/extraction/extract-document";
import { readDocumentWords } from "@/lib/extraction/read-document-words";
import type { TExtractedValue } from "@/lib/extraction/schemas";
import { isSameFieldValue } from "@/lib/supplier-profiles/read-profile-field";
import { PROFILE_FIELDS, type TProfileField } from "@/lib/supplier-profiles/schemas";
import { updateSupplierProfile } from "@/lib/supplier-profiles/update-supplier-profile";
import { validateExtraction } from "@/lib/validation/validate-extraction";
const dir = process.argv[2]!;
const entries = (await readFile(path.join(dir, "truth.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
const v = (r: any) => validateExtraction({ result: r, today: "2026-12-31", maxInvoiceAgeDays: 100000, duplicateOfInvoiceId: null });
const [first, ...rest] = entries;
const b = await readFile(path.join(dir, first.file));
const r1 = await extractDocument({ bytes: b, sourceType: "IMAGE" });
const header: any = { ...r1.header }; const corrections: any[] = [];
for (const f of PROFILE_FIELDS) { const e = first.fields[f]; if (typeof e !== "string") continue; const c = header[f]; if (c && c.confidence >= 0.9 && isSameFieldValue(f, c.value, e)) continue; corrections.push({ field: `header.${f}`, ocrValue: c?.value ?? null, ocrConfidence: c?.confidence ?? null, before: null, after: e }); header[f] = { value: e, confidence: 1, source: "ocr", page: c?.page ?? null, bbox: c?.bbox ?? null }; }
const profile = updateSupplierProfile({ profile: null, nit: first.fields.supplierNit, extraction: { header }, corrections, lines: [], pages: await readDocumentWords({ bytes: b, sourceType: "IMAGE" }) });
console.log(JSON.stringify(profile.fields));
for (const e of rest) {
  const bytes = await readFile(path.join(dir, e.file));
  const off = await extractDocument({ bytes, sourceType: "IMAGE" });
  const on = await extractDocument({ bytes, sourceType: "IMAGE", findSupplierProfile: async () => profile });
  const fmt = (r: any) => { const o = v(r); return `${o.decision} ${o.confidence} [${o.findings.map((f: any) => f.code)}] ` + (["number","issueDate","currency","subtotal","total","supplierName"] as const).map((k) => `${k}=${r.header[k]?.value}@${r.header[k]?.confidence?.toFixed(3)}`).join(" "); };
  console.log(e.file, "\n OFF", fmt(off), "\n ON ", fmt(on), "\n   ", on.warnings.map((w: any) => w.message).join(" | "), "\n truth", e.fields.subtotal, e.fields.total);
}
process.exit(0);
