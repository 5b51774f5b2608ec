/**
 * Spanish text per stable error code of POST /api/invoices (lib/errors.ts), shown when the server sent no message
 * of its own (a proxy's 413, a dropped connection); the server's message is more precise and wins when present.
 */
export const UPLOAD_ERROR_MESSAGES: Record<string, string> = {
  UNSUPPORTED_MEDIA_TYPE: "Tipo de archivo no admitido: suba XML (UBL DIAN), PDF, PNG, JPEG, TIFF o WebP.",
  FILE_TOO_LARGE: "El archivo supera el tamaño máximo permitido.",
  EMPTY_FILE: "El archivo está vacío.",
  IMAGE_TOO_LARGE: "La imagen tiene demasiados píxeles para procesarla.",
  IMAGE_CORRUPT: "La imagen está dañada y no se puede leer.",
  PDF_ENCRYPTED: "El PDF está protegido con contraseña.",
  PDF_CORRUPT: "El PDF está dañado y no se puede leer.",
  TOO_MANY_PAGES: "El PDF tiene demasiadas páginas.",
  XML_DOCTYPE_FORBIDDEN: "El XML declara un DOCTYPE, que no se admite por seguridad.",
  XML_MALFORMED: "El XML está mal formado.",
  XML_NOT_UBL: "El XML no es una factura electrónica UBL de la DIAN.",
  INVALID_INPUT: "La carga no es válida.",
  RATE_LIMITED: "Demasiadas cargas seguidas. Espere un momento y reintente.",
  UNAUTHENTICATED: "Su sesión terminó. Vuelva a iniciar sesión.",
  FORBIDDEN: "Su rol no puede cargar facturas.",
  NETWORK: "No se pudo conectar con el servidor. Revise la conexión y reintente.",
};

const UNEXPECTED = "Error inesperado del servidor. Reintente.";

export const uploadErrorMessage = (code: string): string => UPLOAD_ERROR_MESSAGES[code] ?? UNEXPECTED;
