import { describe, expect, it } from "vitest";
import { parseIntakeSource } from "./parse-intake-source";

describe("parseIntakeSource", () => {
  it.each([
    ["s3://bmc-sftp/entrada/2026-11/", { kind: "s3", bucket: "bmc-sftp", prefix: "entrada/2026-11/" }],
    ["s3://bmc-sftp", { kind: "s3", bucket: "bmc-sftp", prefix: "" }],
    ["S3://bmc-sftp/x", { kind: "s3", bucket: "bmc-sftp", prefix: "x" }],
    ["facturas", { kind: "folder", dir: "/srv/cotejo/facturas" }],
    ["/data/in", { kind: "folder", dir: "/data/in" }],
  ])("%s", (source, expected) => {
    expect(parseIntakeSource({ source, cwd: "/srv/cotejo" })).toEqual(expected);
  });

  it.each(["", "s3://", "s3://a", "s3://bucket_con_guion_bajo/x"])("rejects %j", (source) => {
    expect(() => parseIntakeSource({ source })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});
