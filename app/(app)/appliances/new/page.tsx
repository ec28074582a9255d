import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplianceForm } from "@/components/appliances/appliance-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { canInWorkspace } from "@/lib/auth/appliance-grant";
import { requireAppSession } from "@/lib/auth/session";
import { createApplianceAction } from "../actions";
import { fetchFingerprintAction, testApplianceInputAction } from "../connection-actions";

export const metadata: Metadata = { title: "Add appliance" };

export default async function NewAppliancePage() {
  const session = await requireAppSession();
  // A page a role cannot use does not exist for it (like a route answering 404).
  if (!(await canInWorkspace(session, "appliance:manage"))) notFound();
  return (
    <>
      <PageHeader
        title="Add appliance"
        description="The app talks to the appliance's NITRO REST API with this account. Use an administrator, or a user whose command policy allows load balancing, SSL, DNS and VPN configuration."
      />
      <Card className="max-w-3xl">
        <ApplianceForm
          initial={{
            name: "",
            baseUrl: "",
            username: "nsroot",
            tlsMode: "FINGERPRINT",
            fingerprint256: "",
            partition: "",
          }}
          save={createApplianceAction}
          testInput={testApplianceInputAction}
          fetchFingerprint={fetchFingerprintAction}
        />
      </Card>
    </>
  );
}
