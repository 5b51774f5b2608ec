import { TextractClient } from "@aws-sdk/client-textract";

export type CreateTextractClientOptions = {
  region: string;
  /** A Textract-compatible endpoint instead of AWS's (TEXTRACT_ENDPOINT). */
  endpoint?: string;
};

/**
 * SDK retries off (maxAttempts 1): withTextractRetry is the one retry policy, so attempts are counted and bounded
 * in one place instead of multiplying (SDK 3 × ours 5 = 15 calls per page under throttling).
 */
export const createTextractClient = ({ region, endpoint }: CreateTextractClientOptions): TextractClient =>
  new TextractClient({ region, endpoint, maxAttempts: 1 });
