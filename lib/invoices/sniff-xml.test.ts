import { describe, expect, it } from "vitest";
import { sniffXml } from "./sniff-xml";

const sniff = (bytes: Buffer) => sniffXml({ head: bytes });

describe("sniffXml", () => {
  it.each([
    ["declaration", Buffer.from('<?xml version="1.0"?><a/>'), true],
    ["BOM + whitespace + declaration", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n\t<?xml version="1.0"?>')]), true],
    ["UTF-16LE BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0"?>', "utf16le")]), true],
    ["UTF-16BE BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<?xml version="1.0"?>', "utf16le").swap16()]), true],
    ["UBL Invoice root", Buffer.from("<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'>"), true],
    ["prefixed CreditNote root", Buffer.from("<cn:CreditNote xmlns:cn='x'>"), true],
    ["AttachedDocument root", Buffer.from("  <AttachedDocument>"), true],
    ["HTML", Buffer.from("<!DOCTYPE html><html>"), false],
    ["html element", Buffer.from("<html><body>"), false],
    ["<?xml-ish word", Buffer.from("<?xmlfoo?>"), false],
    ["InvoiceList is not a UBL root", Buffer.from("<InvoiceList>"), false],
    ["text", Buffer.from("Factura 123"), false],
    ["empty", Buffer.alloc(0), false],
  ])("%s → %s", (_label, bytes, expected) => {
    expect(sniff(bytes)).toBe(expected);
  });
});
