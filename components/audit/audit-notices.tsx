import { Alert } from "@/components/ui/alert";

/** Filters from the URL that made no sense, and were left out. */
export function AuditNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <Alert tone="warning" title="Some filters were ignored" className="mb-4">
      <ul className="list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </Alert>
  );
}
