// Keyset pagination of the audit log: a page starts after the (createdAt, id) of the last row
// seen, so new events arriving meanwhile never shift or repeat rows. In the URL it is one value.

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.toISOString()}~${cursor.id}`;
}

export function decodeCursor(value: string): AuditCursor | null {
  const [at, id, ...rest] = value.split("~");
  if (!at || !id || rest.length > 0 || !ID.test(id)) return null;
  const createdAt = new Date(at);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
}
