import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAppSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Appliances" };

export default async function AppliancesPage() {
  await requireAppSession();
  return (
    <>
      <PageHeader
        title="Appliances"
        description="The NetScaler appliances this workspace configures through the NITRO API."
      />
      <EmptyState title="No appliances yet">
        <p>
          Add the NetScaler that will carry your virtual servers: its management address (NSIP), an
          administrator account, and how to trust its certificate.
        </p>
      </EmptyState>
    </>
  );
}
