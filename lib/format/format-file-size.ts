const UNITS = ["KB", "MB", "GB"] as const;

/** A file size as operators read it, es-CO decimal comma: 512 B, 12,4 KB, 3,1 MB. */
export const formatFileSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit: (typeof UNITS)[number] = "KB";
  for (const next of UNITS.slice(1)) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${value.toFixed(1).replace(".", ",")} ${unit}`;
};
