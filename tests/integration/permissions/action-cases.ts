// The permission table, enforced: one row per server action in app/**.
//
// README: adding a row for a new action
//   module      the "use server" module, as the app imports it ("@/app/(app)/…/actions")
//   exportName  the exported action
//   permission  the permission the action must name in authedAction (lib/auth/permissions.ts)
//   fixture     builds workspace A's objects as its owner and returns their ids (UUIDs) and
//               versions: topologyFixture, applianceFixture, applyRunFixture… or a new one
//   input       VALID input for those objects: invalid input is refused before the role is
//               checked, which would prove nothing
//   readState   the rows the action could change; workspaceRows covers everything of a
//               workspace (topologies, revisions, appliances, runs, members, invitations,
//               share links, audit)
//   unscoped    only for an action that takes no id of a stored object (create, read a
//               certificate): why the "another workspace" comparison does not apply
//
// actions.test.ts then proves for each row: signed out → UNAUTHENTICATED; every role without
// the permission (viewers; editors too where it is owner-only) → FORBIDDEN; the least role
// holding it, as a member of workspace B, gets for A's ids exactly the answer it gets for
// unknown ids (code and message), also with one id swapped into B's own objects; no row and no
// audit event changes in any of these. coverage.test.ts fails for every action in app/** that
// has neither a row here nor an entry in exemptions.ts.
import type { Permission } from "@/lib/auth/permissions";
import {
  applianceFixture,
  applianceFormInput,
  applyRunFixture,
  archivedTopologyFixture,
  exampleDocument,
  invitationFixture,
  memberFixture,
  noFixture,
  shareLinkFixture,
  topologyFixture,
  topologyWithRevisionsFixture,
  topologyWithSpareApplianceFixture,
  workspaceFixture,
  workspaceRows,
  type Member,
  type Refs,
} from "./fixtures";
import { alertActionCases } from "./alert-action-cases";

export interface ActionCase {
  module: string;
  exportName: string;
  permission: Permission;
  fixture: (owner: Member) => Promise<Refs>;
  input: (refs: Refs) => unknown;
  readState: (workspaceId: string, refs: Refs) => Promise<unknown>;
  unscoped?: string;
}

const topologies = "@/app/(app)/topologies";
const wizard = `${topologies}/[id]/wizard`;
const appliances = "@/app/(app)/appliances";
const settings = "@/app/(app)/settings";

export const actionCases: ActionCase[] = [
  // ── Topologies ──
  {
    module: `${topologies}/actions`,
    exportName: "createTopologyAction",
    permission: "topology:write",
    fixture: noFixture,
    input: () => ({ kind: "IGEL_UMS", name: "New topology" }),
    readState: workspaceRows,
    unscoped: "creates a topology in the caller's own workspace; it takes no id",
  },
  {
    module: `${topologies}/actions`,
    exportName: "importTopologyFileAction",
    permission: "topology:write",
    fixture: noFixture,
    input: () => ({ json: JSON.stringify(exampleDocument), fileName: "igel-ums.json" }),
    readState: workspaceRows,
    unscoped: "creates a topology from a file in the caller's own workspace; it takes no id",
  },
  {
    module: `${topologies}/actions`,
    exportName: "renameTopologyAction",
    permission: "topology:write",
    fixture: topologyFixture,
    input: (r) => ({ id: r.topologyId, name: "Renamed", expectedVersion: r.version }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/list-actions`,
    exportName: "duplicateTopologyAction",
    permission: "topology:write",
    fixture: topologyFixture,
    input: (r) => ({ id: r.topologyId }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/list-actions`,
    exportName: "archiveTopologyAction",
    permission: "topology:write",
    fixture: topologyFixture,
    input: (r) => ({ id: r.topologyId }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/list-actions`,
    exportName: "restoreTopologyAction",
    permission: "topology:write",
    fixture: archivedTopologyFixture,
    input: (r) => ({ id: r.topologyId }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/[id]/document-actions`,
    exportName: "importTopologyDocumentAction",
    permission: "topology:write",
    fixture: topologyFixture,
    input: (r) => ({
      id: r.topologyId,
      expectedVersion: r.version,
      json: JSON.stringify({ ...exampleDocument, prefix: "imported" }),
    }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/[id]/document-actions`,
    exportName: "setTopologyApplianceAction",
    permission: "topology:write",
    fixture: topologyWithSpareApplianceFixture,
    input: (r) => ({
      id: r.topologyId,
      expectedVersion: r.version,
      applianceId: r.spareApplianceId,
    }),
    readState: workspaceRows,
  },

  // ── History and share links ──
  {
    module: `${topologies}/[id]/history/actions`,
    exportName: "restoreRevisionAction",
    permission: "topology:write",
    fixture: topologyWithRevisionsFixture,
    input: (r) => ({ id: r.topologyId, revision: r.revision, expectedVersion: r.version }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/[id]/share/actions`,
    exportName: "createShareLinkAction",
    permission: "topology:share",
    fixture: topologyFixture,
    input: (r) => ({ topologyId: r.topologyId, label: "Service desk", expiresIn: "1440" }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/[id]/share/actions`,
    exportName: "revokeShareLinkAction",
    permission: "topology:share",
    fixture: shareLinkFixture,
    input: (r) => ({ id: r.shareLinkId }),
    readState: workspaceRows,
  },

  // ── Wizard ──
  {
    module: `${wizard}/visit-action`,
    exportName: "recordWizardVisitAction",
    permission: "topology:write",
    fixture: topologyFixture,
    input: (r) => ({ topologyId: r.topologyId, step: "network" }),
    readState: workspaceRows,
  },
  {
    module: `${wizard}/appliance-action`,
    exportName: "chooseWizardApplianceAction",
    permission: "topology:write",
    fixture: topologyWithSpareApplianceFixture,
    input: (r) => ({
      topologyId: r.topologyId,
      expectedVersion: r.version,
      applianceId: r.spareApplianceId,
    }),
    readState: workspaceRows,
  },
  {
    module: `${wizard}/check-draft-action`,
    exportName: "checkWizardDraftAction",
    permission: "topology:read",
    fixture: noFixture,
    input: () => ({ document: exampleDocument }),
    readState: workspaceRows,
    unscoped: "checks the document it is sent; it reads and stores nothing and takes no id",
  },
  {
    module: `${wizard}/save-step-action`,
    exportName: "saveWizardStepAction",
    permission: "topology:write",
    fixture: topologyFixture,
    input: (r) => ({
      topologyId: r.topologyId,
      expectedVersion: r.version,
      step: "servers",
      patch: {
        servers: [
          { name: "ums1", address: "10.10.20.21" },
          { name: "ums2", address: "10.10.20.22" },
        ],
      },
    }),
    readState: workspaceRows,
  },

  // ── Review: apply, resume, roll back ──
  {
    module: `${topologies}/[id]/review/actions`,
    exportName: "applyTopologyAction",
    permission: "topology:apply",
    fixture: topologyFixture,
    input: (r) => ({ topologyId: r.topologyId, expectedPlanHash: "the-reviewed-plan" }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/[id]/review/actions`,
    exportName: "resumeApplyRunAction",
    permission: "topology:apply",
    fixture: applyRunFixture,
    input: (r) => ({
      topologyId: r.topologyId,
      runId: r.runId,
      expectedPlanHash: "the-reviewed-plan",
    }),
    readState: workspaceRows,
  },
  {
    module: `${topologies}/[id]/review/actions`,
    exportName: "rollbackApplyRunAction",
    permission: "topology:apply",
    fixture: applyRunFixture,
    input: (r) => ({ topologyId: r.topologyId, runId: r.runId }),
    readState: workspaceRows,
  },

  // ── Appliances ──
  {
    module: `${appliances}/actions`,
    exportName: "createApplianceAction",
    permission: "appliance:manage",
    fixture: noFixture,
    input: () => applianceFormInput("Secret-Appliance-Pw", "adc-new"),
    readState: workspaceRows,
    unscoped: "adds an appliance to the caller's own workspace; it takes no id",
  },
  {
    module: `${appliances}/actions`,
    exportName: "updateApplianceAction",
    permission: "appliance:manage",
    fixture: applianceFixture,
    input: (r) => ({ id: r.applianceId, ...applianceFormInput("", "adc1-renamed") }),
    readState: workspaceRows,
  },
  {
    module: `${appliances}/actions`,
    exportName: "deleteApplianceAction",
    permission: "appliance:manage",
    fixture: applianceFixture,
    input: (r) => ({ id: r.applianceId }),
    readState: workspaceRows,
  },
  {
    module: `${appliances}/connection-actions`,
    exportName: "testApplianceAction",
    permission: "appliance:manage",
    fixture: applianceFixture,
    input: (r) => ({ id: r.applianceId }),
    readState: workspaceRows,
  },
  {
    module: `${appliances}/connection-actions`,
    exportName: "testApplianceInputAction",
    // A blank password makes the action read the stored one: the part that must stay scoped.
    permission: "appliance:manage",
    fixture: applianceFixture,
    input: (r) => ({ id: r.applianceId, ...applianceFormInput("") }),
    readState: workspaceRows,
  },
  {
    module: `${appliances}/connection-actions`,
    exportName: "fetchFingerprintAction",
    permission: "appliance:manage",
    fixture: noFixture,
    // Nothing listens on port 1: an allowed caller gets a quick "could not connect".
    input: () => ({ baseUrl: "https://127.0.0.1:1" }),
    readState: workspaceRows,
    unscoped: "reads the certificate an address presents; it takes no id",
  },

  // ── Members and workspaces ──
  {
    module: `${settings}/members/actions`,
    exportName: "inviteMemberAction",
    permission: "members:manage",
    fixture: noFixture,
    input: () => ({ email: "new.colleague@example.test", role: "editor" }),
    readState: workspaceRows,
    unscoped: "invites to the caller's own workspace; it takes no id",
  },
  {
    module: `${settings}/members/actions`,
    exportName: "cancelInvitationAction",
    permission: "members:manage",
    fixture: invitationFixture,
    input: (r) => ({ id: r.invitationId }),
    readState: workspaceRows,
  },
  {
    module: `${settings}/members/actions`,
    exportName: "renewInvitationLinkAction",
    permission: "members:manage",
    fixture: invitationFixture,
    input: (r) => ({ id: r.invitationId }),
    readState: workspaceRows,
  },
  {
    module: `${settings}/members/actions`,
    exportName: "changeMemberRoleAction",
    permission: "members:manage",
    fixture: memberFixture,
    input: (r) => ({ membershipId: r.membershipId, role: "editor" }),
    readState: workspaceRows,
  },
  {
    module: `${settings}/members/actions`,
    exportName: "removeMemberAction",
    permission: "members:manage",
    fixture: memberFixture,
    input: (r) => ({ membershipId: r.membershipId }),
    readState: workspaceRows,
  },
  {
    module: `${settings}/members/actions`,
    exportName: "issueResetLinkAction",
    permission: "members:manage",
    fixture: memberFixture,
    input: (r) => ({ membershipId: r.membershipId }),
    readState: workspaceRows,
  },
  {
    module: `${settings}/workspace-actions`,
    exportName: "setSecondFactorRequiredAction",
    permission: "workspace:security",
    fixture: noFixture,
    input: () => ({ required: "on" }),
    readState: workspaceRows,
    unscoped: "sets a rule of the caller's own workspace; it takes no id",
  },
  {
    module: `${settings}/workspace-actions`,
    exportName: "renameWorkspaceAction",
    permission: "workspace:rename",
    fixture: noFixture,
    input: () => ({ workspaceName: "Renamed workspace" }),
    readState: workspaceRows,
    unscoped: "renames the caller's own workspace; it takes no id",
  },
  {
    module: `${settings}/appliance-access-action`,
    exportName: "setApplianceAccessAction",
    permission: "workspace:appliance-access",
    fixture: noFixture,
    input: () => ({ editors: "on" }),
    readState: workspaceRows,
    unscoped: "changes a setting of the caller's own workspace; it takes no id",
  },
  {
    module: `${settings}/switch-workspace-action`,
    exportName: "switchWorkspaceAction",
    // Every role holds it, so no role is refused: the rows prove the scoping instead.
    permission: "workspace:read",
    fixture: workspaceFixture,
    input: (r) => ({ workspaceId: r.workspaceId }),
    readState: workspaceRows,
  },
  ...alertActionCases,
];
