import { Alert } from "@/components/ui/alert";

/** Says a restore worked and where its result is: the newest version in the list. */
export function RestoredNotice({ version, source }: { version: number; source: number | null }) {
  return (
    <Alert tone="success" title="Version restored" className="mb-6">
      {source
        ? `Version ${source} restored: it is now the current draft, saved as version ${version} at the top of the list.`
        : `Restored: the current draft is saved as version ${version} at the top of the list.`}{" "}
      Apply it when you want the NetScaler to match.
    </Alert>
  );
}
