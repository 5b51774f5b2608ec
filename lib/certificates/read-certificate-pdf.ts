import { buffer } from "node:stream/consumers";
import type { ObjectStorage } from "@/lib/storage/types";

/** A stored certificate's bytes, checked against the SHA-256 recorded at issue (the store fails on a mismatch). */
export const readCertificatePdf = async ({ storage, storageKey, sha256 }: { storage: ObjectStorage; storageKey: string; sha256: string }) =>
  buffer(await storage.getObject({ key: storageKey, sha256 }));
