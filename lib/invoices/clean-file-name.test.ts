import { describe, expect, it } from "vitest";
import { cleanFileName } from "./clean-file-name";

describe("cleanFileName", () => {
  it.each([
    ["factura.pdf", "factura.pdf"],
    ["../../etc/passwd", "passwd"],
    ["..\\..\\Windows\\system32\\cmd.exe", "cmd.exe"],
    ["C:\\Users\\op\\Escritorio\\Factura 12.pdf", "Factura 12.pdf"],
    ["factura\0.pdf", "factura.pdf"],
    ["factura\u202Efdp.exe", "facturafdp.exe"],
    ["\u2066nombre\u2069.xml", "nombre.xml"],
    ["línea\r\nnueva.pdf", "líneanueva.pdf"],
    ["..", "archivo"],
    ["/", "archivo"],
    ["", "archivo"],
    [".htaccess", "htaccess"],
    ["dir/", "dir"],
    ["  espacios  .pdf  ", "espacios  .pdf"],
  ])("%j → %j", (fileName, expected) => {
    expect(cleanFileName({ fileName })).toBe(expected);
  });

  it("caps long names at 200 characters and keeps the extension", () => {
    const cleaned = cleanFileName({ fileName: `${"a".repeat(300)}.pdf` });
    expect(cleaned).toHaveLength(200);
    expect(cleaned.endsWith(".pdf")).toBe(true);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const cleaned = cleanFileName({ fileName: `${"😀".repeat(250)}.xml` });
    expect(Array.from(cleaned)).toHaveLength(200);
    expect(cleaned).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u);
  });
});
