import { expect, it } from "vitest";
import { buildContentSecurityPolicy } from "./build-content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive]));

it("allows scripts and style elements only with the request's nonce and forbids framing", () => {
  const policy = directives(buildContentSecurityPolicy({ nonce: "bm9uY2U=", development: false, https: true }));
  expect(policy.get("script-src")).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
  expect(policy.get("style-src")).toBe("style-src 'self' 'nonce-bm9uY2U='");
  expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(policy.get("object-src")).toBe("object-src 'none'");
  expect(policy.has("upgrade-insecure-requests")).toBe(true);
  expect([...policy.values()].join(" ")).not.toContain("unsafe-eval");
});

it("adds eval only for next dev and upgrades requests only over https", () => {
  const policy = directives(buildContentSecurityPolicy({ nonce: "n", development: true, https: false }));
  expect(policy.get("script-src")).toContain("'unsafe-eval'");
  expect(policy.has("upgrade-insecure-requests")).toBe(false);
});
