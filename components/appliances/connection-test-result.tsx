import { Alert } from "@/components/ui/alert";
import type { ConnectionTestResult, HaRole } from "@/lib/nitro";

const roleText: Record<HaRole, string> = {
  primary: "Primary",
  secondary: "Secondary (configuration changes are refused here)",
  standalone: "Standalone (no HA pair)",
  unknown: "Unknown",
};

export function ConnectionTestResultView({ result }: { result: ConnectionTestResult }) {
  if (!result.ok) {
    return (
      <Alert tone="error" title="Connection failed">
        <p data-testid="connection-error">{result.message}</p>
        {result.presentedFingerprint ? (
          <p className="mt-2 font-mono text-xs break-all">
            Presented: {result.presentedFingerprint}
          </p>
        ) : null}
      </Alert>
    );
  }
  const { info } = result;
  return (
    <Alert tone="success" title="Connected">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="connection-info">
        <dt>Version</dt>
        <dd>
          NetScaler {info.version}
          {info.build ? `, build ${info.build}` : ""}
        </dd>
        <dt>Host name</dt>
        <dd>{info.hostname ?? "(not set)"}</dd>
        <dt>HA role</dt>
        <dd>
          {roleText[info.haRole]}
          {info.haRole === "secondary" && info.primaryAddress
            ? ` (primary: ${info.primaryAddress})`
            : ""}
        </dd>
        <dt>Partition</dt>
        <dd>{info.partition}</dd>
        <dt>Unsaved changes</dt>
        <dd>
          {info.configChanged === null
            ? "unknown"
            : info.configChanged
              ? "yes: the running configuration is not saved"
              : "no"}
        </dd>
      </dl>
    </Alert>
  );
}
