// Links within the audit log keep the current filters, so paging never loses them.
import type { AuditFilterValues } from "@/lib/audit/filters";

export const AUDIT_PATH = "/settings/audit";

export function auditHref(
  values: Partial<AuditFilterValues>,
  page: { before?: string; after?: string } = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...page })) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${AUDIT_PATH}?${query}` : AUDIT_PATH;
}
