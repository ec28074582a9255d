import type { ComponentType } from "react";
import { requireAppSession } from "@/lib/auth/session";
import { listAppliances } from "@/lib/appliances/store";
import type { ApplianceOption } from "../common/appliance-field";

/**
 * Server part of a step that names the chosen appliance (its pickers say where their lists
 * come from): loads the workspace's appliances and hands them to the client form.
 */
export function withAppliances(Form: ComponentType<{ appliances: ApplianceOption[] }>) {
  return async function StepWithAppliances() {
    const session = await requireAppSession();
    const appliances = await listAppliances(session.workspaceId);
    return <Form appliances={appliances.map((a) => ({ id: a.id, name: a.name }))} />;
  };
}
