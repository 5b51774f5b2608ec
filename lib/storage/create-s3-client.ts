import { S3Client } from "@aws-sdk/client-s3";

export type CreateS3ClientOptions = {
  region: string;
  /** Only for S3-compatible servers (MinIO, s3rver); implies path-style addressing. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** One client configuration for storage and intake; without credentials the SDK's default chain (IAM role) applies. */
export const createS3Client = ({ region, endpoint, credentials }: CreateS3ClientOptions): S3Client =>
  new S3Client({
    region,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    ...(credentials ? { credentials } : {}),
    // We send our own SHA-256; the SDK's default CRC32 trailers would be a second checksum s3rver cannot parse.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
