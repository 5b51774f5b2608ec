import path from "node:path";
import { getEnv, getStorageMode } from "@/lib/env";
import { createLocalStorage } from "./create-local-storage";
import { createS3Storage } from "./create-s3-storage";
import type { ObjectStorage } from "./types";

let cached: { signature: string; storage: ObjectStorage } | undefined;

/** The configured store: S3 when S3_BUCKET is set, else the local folder STORAGE_DIR. */
export const getStorage = (): ObjectStorage => {
  const env = getEnv();
  const mode = getStorageMode(env);
  const signature = [mode, env.S3_BUCKET, env.S3_ENDPOINT, env.AWS_REGION, env.STORAGE_DIR].join("|");
  if (cached?.signature === signature) return cached.storage;
  const storage =
    mode === "s3"
      ? createS3Storage({ bucket: env.S3_BUCKET!, region: env.AWS_REGION, endpoint: env.S3_ENDPOINT })
      : createLocalStorage({ rootDir: path.resolve(env.STORAGE_DIR) });
  cached = { signature, storage };
  return storage;
};
