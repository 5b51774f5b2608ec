import { AppError } from "@/lib/errors";

const SHA256_HEX = /^[0-9a-f]{64}$/;

export type StorageKeyOptions = { sha256: string };

/** `sha256/ab/cd/<hash>`: two fan-out levels keep directories small on the local driver. */
export const storageKey = ({ sha256 }: StorageKeyOptions): string => {
  if (!SHA256_HEX.test(sha256)) {
    throw new AppError("INVALID_INPUT", { message: "El hash SHA-256 del archivo no es válido." });
  }
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
};

/** Only keys this module produced are accepted, so a key can never climb out of the storage folder. */
export const isStorageKey = (key: string): boolean => {
  const match = /^sha256\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(key);
  return match !== null && match[3]!.startsWith(`${match[1]}${match[2]}`);
};
