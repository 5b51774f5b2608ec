import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export type RunningS3rver = { endpoint: string; bucket: string; stop: () => Promise<void> };

export type StartS3rverOptions = { bucket: string };

/** A real S3-compatible server on 127.0.0.1 and a random port, with its data in a throwaway folder. */
export const startS3rver = async ({ bucket }: StartS3rverOptions): Promise<RunningS3rver> => {
  const directory = await mkdtemp(path.join(os.tmpdir(), "cotejo-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
};
