import { describe, expect, it } from "vitest";
import { draftsToCorrections } from "./drafts-to-corrections";

describe("draftsToCorrections", () => {
  it("groups drafts into one body and refuses, with the schema's message, what would not save", () => {
    expect(
      draftsToCorrections({
        "header.total": "$ 1.050.000,00",
        "header.number": " FE-1001 ",
        "header.issueDate": "32/13/2026",
        "lines.2.quantity": "3",
        "lines.2.unitPrice": "1.200",
        "lines.1.lineAmount": "-5",
      }),
    ).toEqual({
      corrections: { header: { total: "1050000.00", number: "FE-1001" }, lines: [{ lineNumber: 2, quantity: "3", unitPrice: "1200" }] },
      invalid: { "header.issueDate": "Esa fecha no existe", "lines.1.lineAmount": "Escriba un valor positivo, con punto decimal" },
    });
  });
});
