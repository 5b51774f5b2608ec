import { describe, expect, test } from "vitest";
import { getBackgroundEngineMode, getStorageMode, isLocalCredentialsEnabled, ZEnv } from "./env";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/cotejo" };

describe("ZEnv", () => {
  test("local mode needs only the database", () => {
    const env = ZEnv.parse(base);
    expect(env.APP_ENV).toBe("local");
    expect(isLocalCredentialsEnabled(env)).toBe(true);
    expect(getStorageMode(env)).toBe("local");
    expect(getBackgroundEngineMode(env)).toBe("local-executor");
    expect(env.OCR_ENGINE).toBe("local");
  });

  test("production requires the session secret and public URL, and turns local sign-in off", () => {
    const result = ZEnv.safeParse({ ...base, APP_ENV: "production" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["NEXTAUTH_SECRET", "NEXTAUTH_URL"]);
    expect(ZEnv.safeParse({ APP_ENV: "production" }).error?.issues.map((issue) => issue.path[0])).toContain("DATABASE_URL");
    const env = ZEnv.parse({
      ...base,
      APP_ENV: "production",
      NEXTAUTH_SECRET: "x".repeat(40),
      NEXTAUTH_URL: "https://cotejo.example.co",
    });
    expect(isLocalCredentialsEnabled(env)).toBe(false);
    expect(isLocalCredentialsEnabled({ ...env, AUTH_LOCAL_CREDENTIALS: true })).toBe(true);
  });

  test("empty strings count as unset and services are chosen by configuration", () => {
    const env = ZEnv.parse({ ...base, S3_BUCKET: "facturas", INNGEST_BASE_URL: "", INNGEST_EVENT_KEY: "key" });
    expect(getStorageMode(env)).toBe("s3");
    expect(getBackgroundEngineMode(env)).toBe("inngest-cloud");
    expect(getBackgroundEngineMode(ZEnv.parse({ ...base, INNGEST_BASE_URL: "http://inngest:8288" }))).toBe(
      "inngest-self-hosted",
    );
  });

  test("bad values are rejected with the variable's name", () => {
    const result = ZEnv.safeParse({ ...base, OCR_ENGINE: "magic", DATABASE_URL: "not a url" });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["DATABASE_URL", "OCR_ENGINE"]);
  });
});
