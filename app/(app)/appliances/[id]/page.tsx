import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplianceBadges } from "@/components/appliances/appliance-badges";
import { ApplianceForm } from "@/components/appliances/appliance-form";
import { DeleteApplianceButton } from "@/components/appliances/delete-appliance-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { canInWorkspace } from "@/lib/auth/appliance-grant";
import { requireAppSession } from "@/lib/auth/session";
import { findAppliance } from "@/lib/appliances/store";
import { isUuid } from "@/lib/uuid";
import { deleteApplianceAction, updateApplianceAction } from "../actions";
import { fetchFingerprintAction, testApplianceInputAction } from "../connection-actions";

export const metadata: Metadata = { title: "Edit appliance" };

export default async function EditAppliancePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireAppSession();
  // A page a role cannot use does not exist for it (like a route answering 404).
  if (!(await canInWorkspace(session, "appliance:manage"))) notFound();
  const appliance = isUuid(id) ? await findAppliance(session.workspaceId, id) : null;
  if (!appliance || appliance.isSimulated) notFound();
  return (
    <>
      <PageHeader
        title={appliance.name}
        description="Change how the app reaches this appliance."
        actions={<ApplianceBadges appliance={appliance} />}
      />
      <Card className="max-w-3xl">
        <ApplianceForm
          initial={{
            id: appliance.id,
            name: appliance.name,
            baseUrl: appliance.baseUrl,
            username: appliance.username,
            tlsMode: appliance.tlsMode,
            fingerprint256: appliance.fingerprint256 ?? "",
            caPem: appliance.caPem ?? "",
            partition: appliance.partition ?? "",
          }}
          save={updateApplianceAction}
          testInput={testApplianceInputAction}
          fetchFingerprint={fetchFingerprintAction}
        />
      </Card>
      <Card className="mt-6 max-w-3xl">
        <DeleteApplianceButton
          id={appliance.id}
          name={appliance.name}
          remove={deleteApplianceAction}
        />
      </Card>
    </>
  );
}
