import { Readable } from "node:stream";
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import type { IntakeItem } from "./intake-types";

export type ListIntakeS3Options = { client: S3Client; bucket: string; prefix: string; pageSize?: number };

/**
 * Every object under `prefix` (where SFTP / Transfer Family drops files), following continuation tokens.
 * "Folder" placeholder keys and hidden names are skipped; bodies are fetched only when opened.
 */
export const listIntakeS3 = async ({ client, bucket, prefix, pageSize }: ListIntakeS3Options): Promise<IntakeItem[]> => {
  const items: IntakeItem[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: continuationToken, MaxKeys: pageSize }));
    for (const object of page.Contents ?? []) {
      const key = object.Key;
      if (!key || key.endsWith("/") || key.split("/").pop()!.startsWith(".")) continue;
      items.push({
        name: key,
        sizeBytes: object.Size ?? 0,
        open: async () => {
          const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          if (!(Body instanceof Readable)) throw new Error(`s3://${bucket}/${key} no devolvió contenido`);
          return Body;
        },
      });
    }
    continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (continuationToken);
  return items;
};
