/** The instant a record must have been created before for its retention period (whole years) to have ended. */
export const retentionCutoff = (now: Date, years: number): Date => {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
};
