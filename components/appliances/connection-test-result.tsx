import { Alert } from "@/components/ui/alert";
import type { ConnectionTestResult } from "@/lib/nitro";
import { haRoleWords } from "@/lib/nitro/ha-words";

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
          {haRoleWords(info.haRole)}
          {info.haRole === "secondary" ? " (configuration changes are refused here)" : ""}
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
