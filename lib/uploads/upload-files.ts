/**
 * What the Cargar page accepts, by extension: the server decides by the bytes (magic numbers), so this only keeps
 * obviously foreign files (a folder's .txt or .docx) from being sent. The map doubles as the file dialog's filter.
 */
export const UPLOAD_ACCEPT: Record<string, string[]> = {
  "application/xml": [".xml"],
  "text/xml": [".xml"],
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/tiff": [".tif", ".tiff"],
  "image/webp": [".webp"],
};

const EXTENSIONS = new Set(Object.values(UPLOAD_ACCEPT).flat());

export const UNSUPPORTED_EXTENSION_CODE = "UNSUPPORTED_MEDIA_TYPE";

/** Whether a file's name has an extension the server may accept. */
export const hasAcceptedExtension = (name: string): boolean => {
  const dot = name.lastIndexOf(".");
  return dot > 0 && EXTENSIONS.has(name.slice(dot).toLowerCase());
};

/**
 * Files a folder carries that nobody meant to upload (.DS_Store, ._resource forks, desktop.ini, Thumbs.db): left
 * out silently rather than listed as rejections.
 */
export const isSystemFile = (name: string): boolean =>
  name.startsWith(".") || ["desktop.ini", "thumbs.db"].includes(name.toLowerCase());
