// The audit log's action menu: a category is an action prefix ("topology."), listed with the
// actions it holds so one menu filters by either.
import { actionLabels, knownActions, type KnownAction } from "@/lib/audit/action-labels";

export const actionCategories = [
  { prefix: "topology.", label: "Topologies" },
  { prefix: "appliance.", label: "Appliances" },
  { prefix: "alerts.", label: "Alerts" },
  { prefix: "member.", label: "Members" },
  { prefix: "invitation.", label: "Invitations" },
  { prefix: "share.", label: "Read-only links" },
  { prefix: "auth.", label: "Sign-in and sign-out" },
  { prefix: "workspace.", label: "Workspace" },
  { prefix: "setup.", label: "Setup" },
] as const;

export type ActionCategory = (typeof actionCategories)[number]["prefix"];

export function isActionCategory(value: string): value is ActionCategory {
  return actionCategories.some((category) => category.prefix === value);
}

export interface ActionMenuGroup {
  prefix: ActionCategory;
  label: string;
  actions: { action: KnownAction; label: string }[];
}

export function actionMenu(): ActionMenuGroup[] {
  return actionCategories.map((category) => ({
    prefix: category.prefix,
    label: category.label,
    actions: knownActions
      .filter((action) => action.startsWith(category.prefix))
      .map((action) => ({ action, label: actionLabels[action].short })),
  }));
}
