import { describe, expect, it } from "vitest";
import { parseNit } from "./parse-nit";

describe("parseNit", () => {
  it.each([
    ["900.373.115-3", { nit: "900373115", dv: "3" }],
    ["NIT: 860512780 - 4", { nit: "860512780", dv: "4" }],
    ["9003731153", { nit: "9003731153", dv: null }],
    ["C.C. 1.020.304.050", { nit: "1020304050", dv: null }],
  ])("%s", (text, expected) => {
    expect(parseNit({ text })).toEqual(expected);
  });

  it.each(["NIT", "12-3", "Tel 604"])("rejects %j", (text) => {
    expect(parseNit({ text })).toBeNull();
  });
});
