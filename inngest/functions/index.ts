import type { InngestFunction } from "inngest";

/** Every background function the app serves; the pipeline functions register here as they land. */
export const functions: InngestFunction.Any[] = [];
