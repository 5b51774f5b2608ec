// s3rver ships no type declarations; only what the tests use is declared.
declare module "s3rver" {
  import type { AddressInfo } from "node:net";

  type S3rverOptions = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  };

  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Resolves to the address it listens on. */
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
