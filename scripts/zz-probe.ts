import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractDocument } from "@/lib/extraction/extract-document";
import { validateExtraction } from "@/lib/validation/validate-extraction";
const dir = process.argv[2]!;
const entries = (await readFile(path.join(dir, "truth.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
for (const e of entries) {
  const bytes = await readFile(path.join(dir, e.file));
  const r = await extractDocument({ bytes, sourceType: e.file.endsWith(".pdf") ? "PDF" : "IMAGE" });
  const o = validateExtraction({ result: r, today: "2026-12-02", maxInvoiceAgeDays: 100000, duplicateOfInvoiceId: null });
  const h = r.header as Record<string, any>;
  console.log(e.file, o.decision, o.confidence, o.findings.map((f) => f.code).join(","), ["number","issueDate","supplierNit","total","currency","supplierName","subtotal"].map((k) => `${k}=${h[k]?.value}@${h[k]?.confidence}`).join(" "), r.warnings.map((w) => w.code).join(","), r.lines.map(l=>l.sellerItemCode?.value).join("|"));
}
process.exit(0);
