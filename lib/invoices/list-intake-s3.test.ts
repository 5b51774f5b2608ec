import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";
import { listIntakeS3 } from "./list-intake-s3";

// s3rver (tested in run-intake.test.ts) cannot return a truncated listing here: it encrypts continuation tokens
// with DES, which OpenSSL 3 no longer offers. Following tokens is therefore checked on S3's documented answers.
describe("listIntakeS3 paging", () => {
  it("follows NextContinuationToken until the listing is complete", async () => {
    const s3 = mockClient(S3Client);
    try {
      s3.on(ListObjectsV2Command, { Bucket: "sftp", Prefix: "in/", ContinuationToken: undefined }).resolves({
        IsTruncated: true,
        NextContinuationToken: "token-2",
        Contents: [
          { Key: "in/", Size: 0 },
          { Key: "in/a.pdf", Size: 10 },
        ],
      });
      s3.on(ListObjectsV2Command, { Bucket: "sftp", Prefix: "in/", ContinuationToken: "token-2" }).resolves({
        IsTruncated: false,
        Contents: [
          { Key: "in/b.xml", Size: 20 },
          { Key: "in/.b.xml.filepart", Size: 5 },
        ],
      });
      const items = await listIntakeS3({ client: new S3Client({ region: "us-east-1" }), bucket: "sftp", prefix: "in/", pageSize: 2 });
      expect(items.map(({ name, sizeBytes }) => [name, sizeBytes])).toEqual([
        ["in/a.pdf", 10],
        ["in/b.xml", 20],
      ]);
      expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(2);
    } finally {
      s3.restore();
    }
  });
});
