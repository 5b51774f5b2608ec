import Decimal from "decimal.js";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import type { TBoundingBox, TDocumentType, TExtractedLine, TExtractedValue, TExtractionResult, TPageWords, TTaxSubtotal, TValueSource } from "@/lib/extraction/schemas";
import { findLabelMatches, type TLabelField, type TLabelMatch } from "./find-label-matches";
import { findLineItems } from "./find-line-items";
import { parseAmountWords, parseDateWords, parseText, readCurrency, readInvoiceNumber, readNit } from "./parse-field-words";
import { groupWordsIntoLines } from "./group-words-into-lines";
import type { TLayoutLine, TLayoutWord, TReadValue } from "./layout-types";

export type ExtractFieldsFromWordsOptions = {
  pages: TPageWords[];
  source: Extract<TValueSource, "pdf-text" | "ocr" | "textract">;
  sourceType: "PDF" | "IMAGE";
  /** Engine names recorded in the result (defaults to the source). */
  engines?: string[];
};

/** Rule certainties: how sure a rule is before the words' own confidence is applied. */
const CERTAINTY = { labelled: 0.96, below: 0.95, generic: 0.85, fuzzyLabel: 0.9, repaired: 0.85, crossChecked: 0.995, contradicted: 0.5, unlabelled: 0.8, name: 0.92 } as const;

const box = (words: TLayoutWord[]): TBoundingBox | null => {
  if (words.length === 0) return null;
  const left = Math.min(...words.map((word) => word.box.x));
  const right = Math.max(...words.map((word) => word.box.x + word.box.w));
  const top = Math.min(...words.map((word) => word.box.y));
  const bottom = Math.max(...words.map((word) => word.box.y + word.box.h));
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return { x: clamp(left), y: clamp(top), w: clamp(right - left), h: clamp(bottom - top) };
};

/** A read value with its confidence (weakest word × rule certainty), page and box. */
export const toValue = <T,>(read: TReadValue<T>, source: TValueSource): TExtractedValue<T> => ({
  value: read.value,
  confidence: Math.round(Math.min(1, Math.min(...read.words.map((word) => word.confidence), 1) * read.certainty) * 10_000) / 10_000,
  source,
  page: read.words[0]?.page ?? null,
  bbox: box(read.words),
});

/** Candidate value word groups for a label: the rest of its cell, the next cell to the right, then the cell below. */
const valueCandidates = (match: TLabelMatch, lines: TLayoutLine[]): { words: TLayoutWord[]; below: boolean }[] => {
  const { line } = match;
  const lastLabelWord = match.words.at(-1);
  const firstLabelWord = match.words[0];
  if (!lastLabelWord || !firstLabelWord) return [];
  const candidates: { words: TLayoutWord[]; below: boolean }[] = [];
  const segmentIndex = line.segments.findIndex((segment) => segment.words.includes(lastLabelWord));
  const segment = line.segments[segmentIndex];
  if (segment) {
    const rest = segment.words.slice(segment.words.indexOf(lastLabelWord) + 1).filter((word) => word.norm.length > 0 || /[$\d]/.test(word.text));
    if (rest.length > 0) candidates.push({ words: rest, below: false });
    const next = line.segments[segmentIndex + 1];
    if (next) {
      const afterNext = line.segments[segmentIndex + 2];
      // OCR often spaces "$" away from its digits: a lone currency sign belongs to the cell after it.
      const lonePrefix = next.words.every((word) => /^(\$|COP|USD)$/i.test(word.text));
      candidates.push({ words: lonePrefix && afterNext ? [...next.words, ...afterNext.words] : next.words, below: false });
    }
  }
  const labelLeft = firstLabelWord.left;
  const labelRight = lastLabelWord.right;
  for (let index = match.lineIndex + 1; index < Math.min(lines.length, match.lineIndex + 4); index += 1) {
    const below = lines[index];
    if (!below || below.page !== line.page || below.top - line.bottom > line.height * 2.5) break;
    const cell = below.segments.find((candidate) => Math.abs(candidate.left - labelLeft) < line.height * 1.5 || (candidate.left < labelRight && candidate.right > labelLeft));
    if (cell) {
      candidates.push({ words: cell.words, below: true });
      break;
    }
  }
  return candidates;
};

const PAYMENT_MEANS: [RegExp, string][] = [[/efectivo/, "10"], [/transferencia/, "31"], [/consignacion/, "42"], [/cheque/, "20"], [/tarjeta credito/, "48"], [/tarjeta debito/, "49"]];

const sumOf = (values: (string | undefined)[]): Decimal => values.reduce((sum: Decimal, value) => (value ? sum.plus(value) : sum), new Decimal(0));

const TAX_LINE = /^(iva|reteiva|reteica|retefuente|retencionenlafuente|retencion|rete)(\d{1,2}(?:[.,]\d{1,2})?)?%?$/;

/**
 * Reads a Colombian invoice from positioned words (PDF text layer or OCR) into the common result shape. Every value
 * comes from words on the page; when a field cannot be found it is null and the invoice's confidence drops, never
 * a guess. A value's confidence is the weakest word confidence times how certain the rule that read it is.
 */
export const extractFieldsFromWords = ({ pages, source, sourceType, engines }: ExtractFieldsFromWordsOptions): TExtractionResult => {
  const lines = groupWordsIntoLines({ pages });
  const labels = findLabelMatches({ lines });
  const warnings: TExtractionResult["warnings"] = [];
  const labelWords = new Set(labels.flatMap((label) => label.words));
  const value = <T,>(read: TReadValue<T> | null): TExtractedValue<T> | null => (read ? toValue(read, source) : null);

  const labelCertainty = (match: TLabelMatch, below: boolean, repaired = false): number =>
    (match.generic ? CERTAINTY.generic : below ? CERTAINTY.below : CERTAINTY.labelled) * (match.fuzzy ? CERTAINTY.fuzzyLabel : 1) * (repaired ? CERTAINTY.repaired : 1);

  const readLabelled = <T,>(field: TLabelField, parse: (words: TLayoutWord[]) => { value: T; words: TLayoutWord[]; repaired?: boolean } | null, filter: (match: TLabelMatch) => boolean = () => true): TReadValue<T> | null => {
    const matches = labels.filter((match) => match.field === field && filter(match)).sort((a, b) => Number(a.generic) - Number(b.generic) || a.rank - b.rank || a.lineIndex - b.lineIndex);
    for (const match of matches) {
      for (const candidate of valueCandidates(match, lines)) {
        const words = candidate.words.filter((word) => !labelWords.has(word));
        if (words.length === 0) continue;
        const parsed = parse(words);
        if (parsed) return { value: parsed.value, words: parsed.words, certainty: labelCertainty(match, candidate.below, parsed.repaired) };
      }
    }
    return null;
  };

  // Document type from the title.
  const allNorm = lines.map((line) => line.words.map((word) => word.norm).join(" ")).join("\n");
  const documentType: TDocumentType | null = /nota credito/.test(allNorm) ? "CREDIT_NOTE" : /nota debito/.test(allNorm) ? "DEBIT_NOTE" : /factura/.test(allNorm) ? "INVOICE" : null;
  const titleWords = lines.flatMap((line) => line.words).filter((word) => ["factura", "nota"].includes(word.norm)).slice(0, 1);

  const number = readLabelled("number", readInvoiceNumber);
  const issueDate = readLabelled("issueDate", parseDateWords);
  const dueDate = readLabelled("dueDate", parseDateWords);
  // Without a readable "Moneda" label, an ISO code printed on its own is still evidence, but not enough to approve.
  const currencyRead =
    readLabelled("currency", readCurrency) ??
    (() => {
      const word = lines.flatMap((line) => line.words).find((candidate) => /^(COP|USD|EUR)\W?$/.test(candidate.text));
      return word ? { value: word.text.slice(0, 3), words: [word], certainty: CERTAINTY.unlabelled } : null;
    })();
  const paymentRead = readLabelled("paymentMeans", (words) => {
    const text = words.map((word) => word.norm).join(" ");
    const found = PAYMENT_MEANS.find(([pattern]) => pattern.test(text));
    return found ? { value: found[1], words } : null;
  });

  // Customer block: an id label near a customer anchor belongs to the customer, any other NIT to the supplier.
  const customerAnchors = labels.filter((match) => match.field === "customerName");
  const inCustomerBlock = (match: TLabelMatch) =>
    customerAnchors.some((anchor) => anchor.line.page === match.line.page && match.lineIndex >= anchor.lineIndex && match.lineIndex <= anchor.lineIndex + 3 && Math.abs((anchor.words[0]?.left ?? 0) - (match.words[0]?.left ?? 0)) < 0.3);
  // Names have no checksum and nothing to add up against: only a clean read of a clear text layer is approved.
  const capped = <T,>(read: TReadValue<T> | null, cap: number): TReadValue<T> | null => (read ? { ...read, certainty: Math.min(read.certainty, cap) } : null);
  const customerName = capped(readLabelled("customerName", parseText), CERTAINTY.name);
  const customerNit = readLabelled("customerId", readNit, inCustomerBlock) ?? readLabelled("nit", readNit, inCustomerBlock);
  const supplierNit = readLabelled("nit", readNit, (match) => !inCustomerBlock(match));

  const nitValues = (read: TReadValue<{ nit: string; dv: string | null }> | null) => {
    if (!read) return { nit: null, dv: null };
    const expected = computeNitCheckDigit(read.value.nit);
    const dvWord = read.words.at(-1);
    const certainty = read.value.dv === null ? Math.min(read.certainty, 0.9) : expected === read.value.dv ? Math.max(read.certainty, 0.98) : CERTAINTY.contradicted;
    if (read.value.dv !== null && expected !== read.value.dv) warnings.push({ code: "NIT_DV_MISMATCH", message: `El dígito de verificación ${read.value.dv} no corresponde al NIT ${read.value.nit}; revise el valor leído.` });
    return {
      nit: value({ value: read.value.nit, words: read.words.slice(0, 1), certainty }),
      dv: read.value.dv !== null && dvWord ? value({ value: read.value.dv, words: [dvWord], certainty }) : null,
    };
  };
  const supplier = nitValues(supplierNit);
  const customer = nitValues(customerNit);

  // Supplier name: a "Razón social" label, else the tallest text near the top of page 1 that is not a label.
  let supplierName = capped(readLabelled("supplierName", parseText), CERTAINTY.name);
  if (!supplierName) {
    const customerLines = new Set(customerAnchors.map((anchor) => anchor.line));
    const top = lines.filter((line) => line.page === (lines[0]?.page ?? 1) && line.top < 0.35 && !customerLines.has(line));
    const segments = top.flatMap((line) => line.segments).filter((segment) => !segment.words.some((word) => labelWords.has(word) || ["factura", "nota", "nit", "no"].includes(word.norm)) && parseText(segment.words));
    const companySuffix = /\b(S\.?A\.?S\.?|S\.?A\.?|LTDA\.?|E\.?U\.?|S\.?C\.?A\.?)$/i;
    const heightOf = (segment: (typeof segments)[number]) => Math.max(...segment.words.map((word) => word.bottom - word.top));
    // A company suffix is stronger evidence than size alone (a stamp or a title can be the tallest text).
    const tallest = segments.sort((a, b) => Number(companySuffix.test(b.words.map((word) => word.text).join(" "))) - Number(companySuffix.test(a.words.map((word) => word.text).join(" "))) || heightOf(b) - heightOf(a) || (a.words[0]?.top ?? 0) - (b.words[0]?.top ?? 0))[0];
    if (tallest) {
      // Long names wrap: a line right below in the same type size, overlapping horizontally, continues the name.
      const height = Math.max(...tallest.words.map((word) => word.bottom - word.top));
      const nameWords = [...tallest.words];
      const lineIndex = lines.findIndex((line) => line.segments.includes(tallest));
      const sameBlock = (line: TLayoutLine | undefined, gap: (line: TLayoutLine) => number) =>
        line?.segments.find((segment) => {
          const segmentHeight = Math.max(...segment.words.map((word) => word.bottom - word.top));
          return Math.abs(segmentHeight - height) < height * 0.1 && segment.left < tallest.right && segment.right > tallest.left && gap(line) < height * 0.6 && !segment.words.some((word) => labelWords.has(word));
        });
      const top = Math.min(...tallest.words.map((word) => word.top));
      const bottom = Math.max(...tallest.words.map((word) => word.bottom));
      const before = sameBlock(lines[lineIndex - 1], (line) => top - line.bottom);
      const after = sameBlock(lines[lineIndex + 1], (line) => line.top - bottom);
      if (before) nameWords.unshift(...before.words);
      if (after) nameWords.push(...after.words);
      const text = nameWords.map((word) => word.text).join(" ");
      // "LTDA" alone is a fragment, not a name.
      const wordy = nameWords.filter((word) => /\p{L}{3}/u.test(word.text)).length >= 2;
      supplierName = { value: text, words: nameWords, certainty: companySuffix.test(text) && wordy ? CERTAINTY.name : CERTAINTY.unlabelled };
    }
  }

  // Amounts. Taxes and withholdings are lines whose first cell is "IVA 19%", "ReteFuente 2,5%"…
  const subtotal = readLabelled("subtotal", parseAmountWords);
  const totalLabelled = readLabelled("total", parseAmountWords, (match) => !match.generic);
  const total = totalLabelled ?? readLabelled("total", (words) => (words.length <= 3 ? parseAmountWords(words) : null), (match) => match.generic && match.line.segments.length <= 3);
  const taxes: (TTaxSubtotal & { _words: TLayoutWord[] })[] = [];
  const withholdings: (TTaxSubtotal & { _words: TLayoutWord[] })[] = [];
  for (const line of lines) {
    const [labelSegment, valueSegment, ...others] = line.segments;
    if (!labelSegment || !valueSegment || others.length > 0) continue;
    const compact = labelSegment.words.map((word) => word.text).join("").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9%.,]/g, "").replace(/[.,]$/, "");
    const match = compact.match(TAX_LINE);
    if (!match) continue;
    const amount = parseAmountWords(valueSegment.words);
    if (!amount) continue;
    const kind = match[1] ?? "";
    const rateText = match[2]?.replace(",", ".");
    const scheme = kind === "iva" ? "01" : kind === "reteiva" ? "05" : kind === "reteica" ? "07" : "06";
    const name = kind === "iva" ? "IVA" : scheme === "05" ? "ReteIVA" : scheme === "07" ? "ReteICA" : "ReteFuente";
    const certainty = CERTAINTY.labelled * (amount.repaired ? CERTAINTY.repaired : 1);
    const amountValue = amount.value.replace(/^-/, "");
    const entry = {
      scheme: toValue({ value: scheme, words: labelSegment.words, certainty }, source),
      name: toValue({ value: name, words: labelSegment.words, certainty }, source),
      rate: rateText ? toValue({ value: new Decimal(rateText).toFixed(2), words: labelSegment.words, certainty }, source) : null,
      taxableAmount: null,
      amount: toValue({ value: amountValue, words: amount.words, certainty }, source),
      _words: amount.words,
    };
    (kind === "iva" ? taxes : withholdings).push(entry);
  }

  // CUFE: 96 hex characters, often wrapped over two lines.
  let cufe: TReadValue<string> | null = null;
  for (const match of labels.filter((label) => label.field === "cufe")) {
    const start = match.lineIndex;
    const collected: TLayoutWord[] = [];
    for (let index = start; index < Math.min(lines.length, start + 4) && collected.map((word) => word.text).join("").length < 96; index += 1) {
      const line = lines[index];
      if (!line) break;
      collected.push(...line.words.filter((word) => !match.words.includes(word) && /^[0-9a-fA-F]{8,}$/.test(word.text)));
    }
    const joined = collected.map((word) => word.text).join("").toLowerCase();
    if (/^[0-9a-f]{96}$/.test(joined)) {
      cufe = { value: joined, words: collected, certainty: labelCertainty(match, false) * (collected.length > 1 ? 0.99 : 1) };
      break;
    }
  }

  // Lines.
  const found = findLineItems({ lines });
  const lineResults: TExtractedLine[] = found.map((item, index) => {
    const consistent = item.quantity && item.unitPrice && item.lineAmount ? new Decimal(item.quantity.value).mul(item.unitPrice.value).minus(item.lineAmount.value).abs().lte(1) : false;
    const certainty = consistent ? 0.98 : 0.75;
    const amount = (read: typeof item.quantity) => (read ? toValue({ value: read.value, words: read.words, certainty: certainty * (read.repaired ? CERTAINTY.repaired : 1) }, source) : null);
    const description = item.description.length > 0 ? item.description : item.lineAmount?.words ?? [];
    return {
      lineNumber: index + 1,
      description: toValue({ value: item.description.map((word) => word.text).join(" "), words: description, certainty: item.description.length > 0 ? 0.95 : 0 }, source),
      sellerItemCode: item.code && item.code.length > 0 ? toValue({ value: item.code.map((word) => word.text).join(" "), words: item.code, certainty: 0.95 }, source) : null,
      standardItemCode: null,
      standardItemScheme: null,
      quantity: amount(item.quantity),
      unitCode: item.unit && item.unit.length > 0 ? toValue({ value: item.unit.map((word) => word.text).join(" "), words: item.unit, certainty: 0.9 }, source) : null,
      unitPrice: amount(item.unitPrice),
      lineAmount: amount(item.lineAmount),
      taxes: [],
    };
  });

  // Cross-checks: amounts that add up confirm each other; amounts that contradict go to review.
  let subtotalValue = value(subtotal);
  let totalValue = value(total);
  const taxSum = sumOf(taxes.map((tax) => tax.amount.value));
  const withholdingSum = sumOf(withholdings.map((tax) => tax.amount.value));
  const lineSum = sumOf(lineResults.map((line) => line.lineAmount?.value));
  /** Scales a confidence by `factor`, or raises it to `floor` when a cross-check confirmed the value. */
  const adjust = <T,>(extracted: TExtractedValue<T> | null, factor: number, floor?: number): TExtractedValue<T> | null =>
    extracted ? { ...extracted, confidence: Math.min(1, floor !== undefined ? Math.max(extracted.confidence, floor) : extracted.confidence * factor) } : null;
  // Without a line table the subtotal has no second witness; with one, the lines must add up to it.
  const linesAgree = lineResults.length === 0 || (subtotalValue !== null && lineSum.minus(subtotalValue.value).abs().lte(1));
  if (!subtotalValue && lineResults.length > 0) {
    // Nothing to add the lines up against: a row may have been missed.
    lineResults.forEach((line) => (line.lineAmount = adjust(line.lineAmount, 0.85)));
  }
  if (subtotalValue && lineResults.length > 0 && !linesAgree) {
    warnings.push({ code: "LINES_DO_NOT_ADD_UP", message: "La suma de las líneas no coincide con el subtotal; revise la tabla de productos." });
    lineResults.forEach((line) => (line.lineAmount = adjust(line.lineAmount, CERTAINTY.contradicted)));
  }
  if (subtotalValue && totalValue) {
    const expected = new Decimal(subtotalValue.value).plus(taxSum);
    const addsUp = expected.minus(withholdingSum).minus(totalValue.value).abs().lte(1) || expected.minus(totalValue.value).abs().lte(1);
    if (addsUp && linesAgree && subtotal && total) {
      const minWord = Math.min(...[...subtotal.words, ...total.words].map((word) => word.confidence));
      subtotalValue = adjust(subtotalValue, 1, CERTAINTY.crossChecked * minWord);
      totalValue = adjust(totalValue, 1, CERTAINTY.crossChecked * minWord);
      taxes.forEach((tax) => (tax.amount = adjust(tax.amount, 1, CERTAINTY.crossChecked * Math.min(...tax._words.map((word) => word.confidence))) ?? tax.amount));
    } else {
      subtotalValue = adjust(subtotalValue, CERTAINTY.contradicted);
      totalValue = adjust(totalValue, CERTAINTY.contradicted);
      taxes.forEach((tax) => (tax.amount = { ...tax.amount, confidence: tax.amount.confidence * CERTAINTY.contradicted }));
      if (!addsUp) warnings.push({ code: "TOTALS_DO_NOT_ADD_UP", message: "El subtotal más impuestos menos retenciones no coincide con el total leído; revise los valores." });
    }
  } else {
    // A lone amount without its counterpart cannot be confirmed.
    subtotalValue = adjust(subtotalValue, 0.85);
    totalValue = adjust(totalValue, 0.85);
  }

  const strip = (entries: typeof taxes): TTaxSubtotal[] => entries.map(({ _words: _unused, ...tax }) => tax);
  for (const [field, read] of [["número", number], ["fecha de emisión", issueDate], ["total", total], ["NIT del emisor", supplierNit], ["moneda", currencyRead]] as const) {
    if (!read) warnings.push({ code: "FIELD_NOT_FOUND", message: `No se encontró ${field} en el documento; complételo en la revisión.` });
  }
  return {
    sourceType,
    engines: engines ?? [source],
    pageCount: pages.length,
    header: {
      documentType: documentType ? value({ value: documentType, words: titleWords, certainty: titleWords.length > 0 ? 0.9 : 0.5 }) : null,
      number: value(number),
      issueDate: value(issueDate),
      issueTime: null,
      dueDate: value(dueDate),
      currency: value(currencyRead),
      supplierName: value(supplierName),
      supplierNit: supplier.nit,
      supplierDv: supplier.dv,
      customerName: value(customerName),
      customerId: customer.nit,
      customerDv: customer.dv,
      subtotal: subtotalValue,
      taxExclusiveAmount: null,
      taxInclusiveAmount: null,
      allowanceTotal: null,
      chargeTotal: null,
      prepaidAmount: null,
      taxes: strip(taxes),
      withholdings: strip(withholdings),
      total: totalValue,
      cufe: value(cufe),
      paymentMeans: paymentRead ? value({ ...paymentRead, certainty: Math.min(paymentRead.certainty, 0.85) }) : null,
    },
    lines: lineResults,
    cufeCheck: null,
    dianValidation: null,
    wrapper: null,
    warnings,
  };
};
