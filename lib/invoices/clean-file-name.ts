export const MAX_FILE_NAME_LENGTH = 200;
const FALLBACK_NAME = "archivo";

// C0/C1 controls (NUL included) and the bidi embeddings, overrides and isolates that make "fdp.exe" read as
// "exe.pdf"; zero-width characters go too so that two names that look the same are the same.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

export type CleanFileNameOptions = { fileName: string };

/**
 * The client's file name reduced to something safe to show: no folders, no control or bidi characters, at most
 * 200 characters with the extension kept. It is metadata only and never part of a storage key or a path.
 */
export const cleanFileName = ({ fileName }: CleanFileNameOptions): string => {
  const withoutUnsafe = fileName.normalize("NFC").replace(UNSAFE_CHARACTERS, "");
  const lastSegment = withoutUnsafe.split(/[/\\]/).filter((segment) => segment.trim() !== "").pop() ?? "";
  const trimmed = lastSegment.trim().replace(/^\.+/, "").trim();
  if (trimmed === "") return FALLBACK_NAME;
  const characters = Array.from(trimmed);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return trimmed;
  const extensionMatch = /\.[\p{L}\p{N}]{1,10}$/u.exec(trimmed);
  const extension = extensionMatch?.[0] ?? "";
  const stem = Array.from(trimmed.slice(0, trimmed.length - extension.length));
  return `${stem.slice(0, MAX_FILE_NAME_LENGTH - Array.from(extension).length).join("").trimEnd()}${extension}`;
};
