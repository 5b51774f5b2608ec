import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());
const booleanFlag = z.preprocess(
  emptyAsUndefined,
  z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1").optional(),
);

/**
 * Every setting the application reads, validated once. `.env.example` documents each one; the embedded defaults
 * (local mode) need none of them, because `npm start` provides DATABASE_URL and NEXTAUTH_SECRET itself.
 */
export const ZEnv = z
  .object({
    LOG_LEVEL: z
      .preprocess(emptyAsUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"))
      .describe("Lowest level logged; JSON lines in production, one readable line each in local mode"),
    METRICS_TOKEN: z
      .preprocess(emptyAsUndefined, z.string().min(16).optional())
      .describe("Bearer token Prometheus sends to GET /api/metrics; unset: only an Admin session can read it"),
    APP_ENV: z
      .enum(["local", "production"])
      .default("local")
      .describe("local: embedded defaults and demo users; production: every secret required, local sign-in off"),
    DATABASE_URL: optionalUrl.describe(
      "PostgreSQL connection string (RDS in production; set by npm start when embedded). Only code that uses the " +
        "database needs it: extraction scripts run without one.",
    ),
    NEXTAUTH_URL: optionalUrl.describe("Public URL of the app, e.g. https://cotejo.bmc.com.co"),
    NEXTAUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32).optional()),
    AUTH_LOCAL_CREDENTIALS: booleanFlag.describe("Allow e-mail + password sign-in; on by default only in local mode"),
    COGNITO_CLIENT_ID: optionalString,
    COGNITO_CLIENT_SECRET: optionalString,
    COGNITO_ISSUER: optionalUrl.describe("https://cognito-idp.<region>.amazonaws.com/<user pool id>"),
    COGNITO_DOMAIN: optionalUrl.describe(
      "The user pool's hosted UI domain, e.g. https://<prefix>.auth.<region>.amazoncognito.com; sign-out ends the " +
        "Cognito session through its /logout when set (Cognito's discovery has no end_session_endpoint)",
    ),
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_DISPLAY_NAME: z.string().default("SSO corporativo"),
    AUTH_GROUPS_CLAIM: z.string().default("cognito:groups").describe("ID-token claim that lists the user's groups"),
    AUTH_ROLE_GROUPS: z
      .string()
      .default("ADMIN=BMC-Admin,OPERATOR=BMC-Operator,VIEWER=BMC-Viewer")
      .describe("Which IdP group grants which role: ROLE=group[|group…],…"),
    STORAGE_DIR: z.string().default(".data/objects"),
    S3_BUCKET: optionalString,
    S3_ENDPOINT: optionalUrl.describe("Only for S3-compatible servers (MinIO, s3rver); unset for AWS"),
    AWS_REGION: z.string().default("us-east-1"),
    UPLOAD_MAX_BYTES: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(25 * 1024 * 1024))
      .describe("Largest accepted upload in bytes; larger files get FILE_TOO_LARGE (413) and nothing is stored"),
    RATE_LIMIT_UPLOADS_PER_MINUTE: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(120))
      .describe("Upload requests (each may carry many files) one user may send per minute before 429"),
    RATE_LIMIT_EXPORTS_PER_MINUTE: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(30))
      .describe("Report exports (CSV, Excel, statement PDF) one user may request per minute before 429"),
    RATE_LIMIT_SIGN_IN_FAILURES: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(10))
      .describe("Password sign-ins in a row without success per address and e-mail in 15 minutes before 429"),
    OCR_ENGINE: z.enum(["local", "textract", "auto"]).default("local"),
    TEXTRACT_ENDPOINT: optionalUrl.describe("Only for a Textract-compatible stand-in (the pipeline benchmark's); unset for AWS"),
    OCR_WORKERS: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(64).optional())
      .describe("Local OCR workers (one page each at a time); unset: one per core"),
    MAX_PDF_PAGES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(50)),
    AUTO_APPROVE_THRESHOLD: z
      .preprocess(emptyAsUndefined, z.coerce.number().min(0).max(1).default(0.9))
      .describe("Invoices whose weakest required field is at least this confident, with no findings, skip review"),
    DIAN_TECHNICAL_KEYS: z
      .string()
      .default("")
      .describe("Technical keys of the numbering ranges, to recompute CUFEs: PREFIX=key,PREFIX=key"),
    EMAIL_TRANSPORT: z
      .preprocess(emptyAsUndefined, z.enum(["outbox", "smtp", "ses"]).optional())
      .describe("outbox: .eml files in EMAIL_OUTBOX_DIR; smtp: SMTP_URL; ses: Amazon SES v2 in AWS_REGION. Unset: smtp when SMTP_URL is set, else outbox"),
    EMAIL_OUTBOX_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/outbox")).describe("Folder the outbox transport writes messages to"),
    SMTP_URL: optionalUrl.describe("smtp://user:pass@host:587 or smtps://…:465"),
    EMAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Cotejo · Bolsa Mercantil de Colombia <no-reply@cotejo.local>")),
    OCR_CONCURRENCY: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(256).optional())
      .describe("Documents extracted at once in each lane (ocr: PDFs and scans; parse: XML); unset: one per core"),
    REVIEW_REMINDER_AFTER: z
      .preprocess(emptyAsUndefined, z.string().regex(/^\d+[smhd]$/, "a duration such as 30m, 24h or 2d").default("24h"))
      .describe("How long an invoice waits in review before its uploader is reminded (then it waits again)"),
    REVIEW_MAX_REMINDERS: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(300).default(30))
      .describe("Reminders before an unreviewed invoice is marked FAILED (REVIEW_ABANDONED); an Admin can retry it"),
    NOTIFY_UPLOADER: booleanFlag.describe("E-mail the uploader when an invoice is certified, rejected or waits for review; default true"),
    INTAKE_SOURCE: optionalString.describe("Folder or s3://bucket/prefix read by the scheduled intake; unset: no scheduled intake"),
    INTAKE_CRON: z
      .preprocess(emptyAsUndefined, z.string().default("TZ=America/Bogota 0 5-22/2 * * 1-6"))
      .describe("When the scheduled intake runs (cron, optional TZ= prefix)"),
    INTEGRITY_CRON: z.preprocess(emptyAsUndefined, z.string().default("TZ=America/Bogota 30 2 * * *")),
    INTEGRITY_SAMPLE_SIZE: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(200))
      .describe("Stored invoices and certificates re-hashed by each daily integrity check"),
    RETENTION_CRON: z.preprocess(emptyAsUndefined, z.string().default("TZ=America/Bogota 0 3 * * *")),
    RETENTION_YEARS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(7)),
    REQUEUE_AFTER_MINUTES: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1440).default(10))
      .describe("A received invoice with no pipeline run after this long gets its event sent again"),
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_BASE_URL: optionalUrl.describe("Self-hosted Inngest server; unset for Inngest Cloud"),
    INNGEST_DEV: optionalString.describe("Set by npm start/dev to the local executor's URL; never set it in production"),
    INNGEST_LOCAL_PORT: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).optional())
      .describe("Local executor's Event API port on 127.0.0.1; unset: PORT+1; 0: any free port"),
    INNGEST_LOCAL_FUNCTIONS_PORT: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).optional())
      .describe("npm start: first port on 127.0.0.1 of the Next processes that run the background functions; unset: PORT+2"),
    INNGEST_LOCAL_FUNCTIONS_PROCESSES: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(64).optional())
      .describe("npm start: Next processes that run the background functions (consecutive ports); unset: one per core"),
    INNGEST_LOCAL_WORKERS: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(256).optional())
      .describe("Runs the local executor drives at once; unset: 32 (a driver mostly waits on the app, OCR or Textract)"),
    INNGEST_LOCAL_BACKOFF_MS: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(2000))
      .describe("First retry delay of the local executor; doubles per attempt (tests use a few ms)"),
    INNGEST_LOCAL_POLL_MS: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(10).default(1000))
      .describe("How often idle drivers look for due runs (timers, other processes); enqueued work wakes them at once"),
    INNGEST_LOCAL_LEASE_MS: z
      .preprocess(emptyAsUndefined, z.coerce.number().int().min(100).default(30_000))
      .describe("A run's lease; after a crash, another executor takes its runs over once it expires"),
    INNGEST_LOCAL_CHECKPOINTING: booleanFlag.describe(
      "Local executor lets the SDK checkpoint step results and run several steps per call; unset: on",
    ),
  })
  .superRefine((env, context) => {
    if (env.APP_ENV !== "production") return;
    if (!env.DATABASE_URL) {
      context.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "required in production" });
    }
    if (!env.NEXTAUTH_SECRET) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "required in production" });
    }
    if (!env.NEXTAUTH_URL) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "required in production" });
    }
  });

export type TEnv = z.infer<typeof ZEnv>;

let cachedEnv: TEnv | undefined;

/** Parsed lazily so that `next build` and tests can set the environment before the first read. */
export const getEnv = (): TEnv => {
  cachedEnv ??= ZEnv.parse(process.env);
  return cachedEnv;
};

export const isLocalCredentialsEnabled = (env: TEnv = getEnv()): boolean =>
  env.AUTH_LOCAL_CREDENTIALS ?? env.APP_ENV === "local";

export type StorageMode = "local" | "s3";
export const getStorageMode = (env: TEnv = getEnv()): StorageMode => (env.S3_BUCKET ? "s3" : "local");

export type EmailTransportMode = "outbox" | "smtp" | "ses";
export const getEmailTransportMode = (env: TEnv = getEnv()): EmailTransportMode => env.EMAIL_TRANSPORT ?? (env.SMTP_URL ? "smtp" : "outbox");

export type BackgroundEngineMode = "local-executor" | "inngest-cloud" | "inngest-self-hosted";
export const getBackgroundEngineMode = (env: TEnv = getEnv()): BackgroundEngineMode => {
  if (env.INNGEST_BASE_URL) return "inngest-self-hosted";
  if (env.INNGEST_EVENT_KEY || env.INNGEST_SIGNING_KEY) return "inngest-cloud";
  return "local-executor";
};
