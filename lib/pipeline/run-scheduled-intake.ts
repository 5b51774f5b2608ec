import { getEnv } from "@/lib/env";
import type { IntakeSummary } from "@/lib/invoices/intake-types";
import { listIntakeFolder } from "@/lib/invoices/list-intake-folder";
import { listIntakeS3 } from "@/lib/invoices/list-intake-s3";
import { parseIntakeSource } from "@/lib/invoices/parse-intake-source";
import { resolveIntakeUploader } from "@/lib/invoices/resolve-intake-uploader";
import { runIntake } from "@/lib/invoices/run-intake";
import { createS3Client } from "@/lib/storage/create-s3-client";

export type RunScheduledIntakeOptions = { source?: string };

export type TScheduledIntakeResult = ({ source: string } & IntakeSummary) | { source: null };

/**
 * The scheduled intake: every file of INTAKE_SOURCE (a folder or an S3 prefix) through the same ingestUpload as the
 * upload API, as the system account. Files already taken are recognised by their SHA-256 and skipped as duplicates,
 * so the source can keep its files. Each new invoice starts its own pipeline run.
 */
export const runScheduledIntake = async ({ source = getEnv().INTAKE_SOURCE }: RunScheduledIntakeOptions = {}): Promise<TScheduledIntakeResult> => {
  if (!source) return { source: null };
  const env = getEnv();
  const parsed = parseIntakeSource({ source });
  const items =
    parsed.kind === "folder"
      ? await listIntakeFolder({ dir: parsed.dir })
      : await listIntakeS3({ client: createS3Client({ region: env.AWS_REGION, endpoint: env.S3_ENDPOINT }), bucket: parsed.bucket, prefix: parsed.prefix });
  const uploader = await resolveIntakeUploader({});
  return { source, ...(await runIntake({ items, uploader })) };
};
