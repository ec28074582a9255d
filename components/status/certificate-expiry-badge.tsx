import { Badge } from "@/components/ui/badge";
import type { CertificateStatus } from "@/lib/status/types";
import { certificateTone, daysLeftWords } from "./certificate-words";

/** On a topology list row: the most urgent used certificate at or below a warning threshold. */
export function CertificateExpiryBadge({ certificate }: { certificate: CertificateStatus }) {
  return (
    <Badge tone={certificateTone[certificate.level]} className="whitespace-nowrap">
      <span data-testid="certificate-expiry-badge">
        Certificate {certificate.name}: {daysLeftWords(certificate)}
      </span>
    </Badge>
  );
}
