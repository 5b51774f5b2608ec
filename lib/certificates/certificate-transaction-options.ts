/**
 * Issuances queue on the year's sequence row and each holds it while its PDF is rendered and stored; under a burst
 * the last one waits for all before it, longer than Prisma's 2 s / 5 s defaults.
 */
export const CERTIFICATE_TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 60_000 } as const;
