/** part / whole, or null when there is no whole to speak of (a chart shows "sin datos" rather than 0 %). */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
