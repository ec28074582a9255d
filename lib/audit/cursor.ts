// Keyset pagination of the audit log: a page starts after the (createdAt, id) of the last row
// seen, so new events arriving meanwhile never shift or repeat rows. In the URL it is one value.
import { isUuid } from "@/lib/uuid";

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.toISOString()}~${cursor.id}`;
}

export function decodeCursor(value: string): AuditCursor | null {
  const [at, id, ...rest] = value.split("~");
  if (!at || !id || rest.length > 0 || !isUuid(id)) return null;
  const createdAt = new Date(at);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
}
