// The reason a bookkeeper writes when rejecting or skipping (Cost Codes, Jobs, Vendors, Approvals):
// one rule for all of them, required and short. Only the sentence for an empty reason differs, as
// it says where the reason goes, which depends on the page.

export const REASON_MAX = 500;

/** Problem with a reason (null: fine); `empty` is the sentence shown when none is written. */
export function checkReason(value: string, empty: string): string | null {
  const v = value.trim();
  if (!v) return empty;
  if (v.length > REASON_MAX) return `Keep the reason under ${REASON_MAX} characters (it has ${v.length}).`;
  return null;
}
