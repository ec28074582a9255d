// Every audit action in plain words, in one place: the audit log page shows these sentences,
// and a test fails when code records an action missing here (lib/audit/action-labels.test.ts).
// Sentences read well after the actor's name ("Ada — Applied topology UMS production").

/** What a sentence may use besides the action: all resolved by the query, none from the browser. */
export interface EventFacts {
  /** The target in words: a topology's or appliance's name, a member's name, an email. */
  target: string;
  detail: Readonly<Record<string, unknown>>;
  /** Names of other records the detail mentions (an appliance, a copied topology), by id. */
  nameOf: (id: unknown) => string | null;
  /** The actor is the target (a member who left on their own). */
  self: boolean;
}

interface ActionLabel {
  /** For the filter menu. */
  short: string;
  describe: (facts: EventFacts) => string;
}

const text = (detail: EventFacts["detail"], key: string): string | null => {
  const value = detail[key];
  return typeof value === "string" && value !== "" ? value : null;
};

const count = (detail: EventFacts["detail"], key: string): number | null => {
  const value = detail[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

/** " on adc1" when the event names an appliance that still exists. */
const onAppliance = (facts: EventFacts): string => {
  const name = facts.nameOf(facts.detail.applianceId);
  return name ? ` on ${name}` : "";
};

const aRole = (role: string | null): string =>
  role === "editor" || role === "owner" ? `an ${role}` : role ? `a ${role}` : "a member";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function applyOutcome(facts: EventFacts): string {
  const topology = `topology ${facts.target}${onAppliance(facts)}`;
  switch (text(facts.detail, "status")) {
    case "SUCCEEDED":
      return text(facts.detail, "error")
        ? `Applied ${topology}, with a problem (see details)`
        : `Applied ${topology}`;
    case "ROLLED_BACK":
      return `Apply of ${topology} failed and was rolled back`;
    default:
      return `Apply of ${topology} failed`;
  }
}

function rollbackOutcome(facts: EventFacts): string {
  return text(facts.detail, "status") === "ROLLED_BACK"
    ? `Rolled back an apply of topology ${facts.target}${onAppliance(facts)}`
    : `Rollback of topology ${facts.target}${onAppliance(facts)} did not finish`;
}

/** Unarchiving has no detail; restoring an earlier revision names the version it went back to. */
function restored(facts: EventFacts): string {
  const version = ["restoredVersion", "fromVersion", "revision", "restoredFrom"]
    .map((key) => count(facts.detail, key))
    .find((value) => value !== null);
  if (version !== undefined) return `Restored topology ${facts.target} to version ${version}`;
  return Object.keys(facts.detail).length === 0
    ? `Restored topology ${facts.target} from the archive`
    : `Restored an earlier version of topology ${facts.target}`;
}

export const actionLabels = {
  "setup.completed": {
    short: "Set up the dashboard",
    describe: (f) => `Set up the dashboard and created workspace ${f.target}`,
  },
  "workspace.renamed": {
    short: "Renamed the workspace",
    describe: (f) =>
      `Renamed the workspace from ${text(f.detail, "from") ?? "?"} to ${text(f.detail, "to") ?? f.target}`,
  },
  "workspace.second_factor_required": {
    short: "Required a second factor",
    describe: () => "Required every member to use a second factor",
  },
  "workspace.second_factor_optional": {
    short: "Made a second factor optional",
    describe: () => "Made a second factor optional for members",
  },
  "auth.signed_in": { short: "Signed in", describe: () => "Signed in" },
  "auth.signed_out": { short: "Signed out", describe: () => "Signed out" },
  "auth.password_changed": {
    short: "Changed their password",
    describe: (f) => {
      const revoked = count(f.detail, "sessionsRevoked") ?? 0;
      return revoked > 0
        ? `Changed their password (signed out ${plural(revoked, "other session")})`
        : "Changed their password";
    },
  },
  "auth.two_factor_enabled": {
    short: "Turned on a second factor",
    describe: () => "Turned on a second factor for their account",
  },
  "auth.two_factor_disabled": {
    short: "Turned off a second factor",
    describe: () => "Turned off the second factor of their account",
  },
  // Recorded without an actor (nobody proved who they were); the target is the account tried.
  "auth.sign_in_failed": {
    short: "Failed sign-in",
    describe: (f) =>
      f.target ? `Failed sign-in to ${f.target}'s account (wrong password)` : "Failed sign-in",
  },

  "topology.created": { short: "Created", describe: (f) => `Created topology ${f.target}` },
  "topology.renamed": {
    short: "Renamed",
    describe: (f) => `Renamed topology to ${text(f.detail, "name") ?? f.target}`,
  },
  "topology.duplicated": {
    short: "Duplicated",
    describe: (f) => {
      const source = f.nameOf(f.detail.sourceId);
      return source
        ? `Duplicated topology ${source} as ${f.target}`
        : `Created topology ${f.target} as a copy`;
    },
  },
  "topology.edited": {
    short: "Edited",
    describe: (f) => {
      const step = text(f.detail, "step");
      return `Edited topology ${f.target}${step ? ` (step “${step}”)` : ""}`;
    },
  },
  "topology.imported": {
    short: "Imported a document",
    describe: (f) => {
      const file = text(f.detail, "fileName");
      const from = file ? ` (${file})` : "";
      return f.detail.created === true
        ? `Created topology ${f.target} from an imported document${from}`
        : `Imported a document into topology ${f.target}${from}`;
    },
  },
  "topology.appliance_chosen": {
    short: "Chose the appliance",
    describe: (f) => {
      if (f.detail.applianceId === null) return `Cleared the appliance of topology ${f.target}`;
      const appliance = f.nameOf(f.detail.applianceId) ?? "(since deleted)";
      return `Chose appliance ${appliance} for topology ${f.target}`;
    },
  },
  "topology.archived": { short: "Archived", describe: (f) => `Archived topology ${f.target}` },
  "topology.restored": { short: "Restored", describe: restored },
  "topology.planned": {
    short: "Planned",
    describe: (f) => {
      const changes = count(f.detail, "changes");
      const suffix = changes === null ? "" : ` (${plural(changes, "change")})`;
      return `Planned topology ${f.target}${onAppliance(f)}${suffix}`;
    },
  },
  "topology.apply_started": {
    short: "Started an apply",
    describe: (f) => `Started applying topology ${f.target}${onAppliance(f)}`,
  },
  "topology.apply_resumed": {
    short: "Resumed an apply",
    describe: (f) => `Resumed the interrupted apply of topology ${f.target}${onAppliance(f)}`,
  },
  "topology.apply": { short: "Apply finished", describe: applyOutcome },
  // Recorded by whichever request noticed the stopped heartbeat, so it has no actor.
  "topology.apply_interrupted": {
    short: "Apply interrupted",
    describe: (f) => `An apply of topology ${f.target} was interrupted (the app stopped mid-run)`,
  },
  "topology.rollback_started": {
    short: "Started a rollback",
    describe: (f) => `Started rolling back an apply of topology ${f.target}${onAppliance(f)}`,
  },
  "topology.rollback": { short: "Rollback finished", describe: rollbackOutcome },

  "appliance.created": { short: "Added", describe: (f) => `Added appliance ${f.target}` },
  "appliance.updated": {
    short: "Changed",
    describe: (f) =>
      f.detail.passwordChanged === true
        ? `Changed appliance ${f.target} and its password`
        : `Changed appliance ${f.target}`,
  },
  "appliance.deleted": { short: "Deleted", describe: (f) => `Deleted appliance ${f.target}` },
  "workspace.appliances_delegated": {
    short: "Let editors manage appliances",
    describe: () => "Let editors add, change, test and remove appliances",
  },
  "workspace.appliances_reserved": {
    short: "Reserved appliances to owners",
    describe: () => "Reserved managing appliances (their credentials) to owners",
  },
  "appliance.connection_tested": {
    short: "Tested a connection",
    describe: (f) => {
      const where = text(f.detail, "baseUrl") ?? f.target;
      if (f.detail.ok === true) return `Tested the connection to ${where}: it answered`;
      return text(f.detail, "outcome") === "refused"
        ? `Tried to test the connection to ${where} with the stored password (refused: the target changed)`
        : `Tested the connection to ${where}: it failed`;
    },
  },
  "appliance.fingerprint_fetched": {
    short: "Fetched a fingerprint",
    describe: (f) => {
      const where = text(f.detail, "baseUrl") ?? f.target;
      return f.detail.ok === true
        ? `Fetched the certificate fingerprint of ${where}`
        : `Tried to fetch the certificate fingerprint of ${where}: it failed`;
    },
  },

  "alerts.rule_created": {
    short: "Added an alert rule",
    describe: (f) => `Added the alert rule ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.rule_updated": {
    short: "Changed an alert rule",
    describe: (f) => `Changed the alert rule ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.rule_deleted": {
    short: "Deleted an alert rule",
    describe: (f) => `Deleted the alert rule ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.channel_created": {
    short: "Added an alert channel",
    describe: (f) => `Added the alert channel ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.channel_updated": {
    short: "Changed an alert channel",
    describe: (f) =>
      f.detail.urlReplaced === true
        ? `Changed the alert channel ${text(f.detail, "name") ?? f.target} and its URL`
        : `Changed the alert channel ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.channel_deleted": {
    short: "Deleted an alert channel",
    describe: (f) => `Deleted the alert channel ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.channel_tested": {
    short: "Sent a test alert",
    describe: (f) =>
      `Sent a test message to the alert channel ${text(f.detail, "name") ?? f.target}`,
  },
  "alerts.silence_created": {
    short: "Silenced alerts",
    describe: (f) =>
      `Silenced alerts until ${text(f.detail, "endsAt") ?? "later"}: ${text(f.detail, "reason") ?? ""}`,
  },
  "alerts.silence_ended": { short: "Ended a silence", describe: () => "Ended an alert silence" },

  "member.invited": {
    short: "Invited",
    describe: (f) => `Invited ${f.target} as ${aRole(text(f.detail, "role"))}`,
  },
  "member.role_changed": {
    short: "Changed a role",
    describe: (f) =>
      `Changed ${f.target}'s role from ${text(f.detail, "from") ?? "?"} to ${text(f.detail, "to") ?? "?"}`,
  },
  "member.removed": {
    short: "Removed",
    describe: (f) => (f.self ? "Left the workspace" : `Removed ${f.target} from the workspace`),
  },
  "member.password_reset_issued": {
    short: "Made a password reset link",
    describe: (f) => `Made a one-time password reset link for ${f.target}`,
  },
  "member.password_reset_used": {
    short: "Reset a password by link",
    describe: () => "Set a new password with a reset link (all their sessions were signed out)",
  },
  "invitation.canceled": {
    short: "Canceled",
    describe: (f) =>
      text(f.detail, "reason") === "replaced"
        ? `Replaced the invitation of ${f.target} with a new one`
        : `Canceled the invitation of ${f.target}`,
  },
  "invitation.relinked": {
    short: "Made a new link",
    describe: (f) => `Made a new invitation link for ${f.target}`,
  },
  "invitation.accepted": {
    short: "Accepted",
    describe: (f) => `Accepted the invitation and joined as ${aRole(text(f.detail, "role"))}`,
  },

  "share.created": {
    short: "Created a read-only link",
    describe: (f) => {
      const label = text(f.detail, "label");
      return `Created a read-only link${label ? ` “${label}”` : ""} to topology ${f.target}`;
    },
  },
  "share.revoked": {
    short: "Revoked a read-only link",
    describe: (f) => {
      const label = text(f.detail, "label");
      return `Revoked the read-only link${label ? ` “${label}”` : ""} to topology ${f.target}`;
    },
  },
} as const satisfies Record<string, ActionLabel>;

export type KnownAction = keyof typeof actionLabels;

export const knownActions = Object.keys(actionLabels) as KnownAction[];

export function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(actionLabels, action);
}

/** The sentence for an event; an action this version does not know still shows, by its name. */
export function describeAction(action: string, facts: EventFacts): string {
  return isKnownAction(action)
    ? (actionLabels[action] as ActionLabel).describe(facts)
    : `Recorded “${action}”`;
}

/** Actions whose name or menu wording contains the text (the log's free-text filter). */
export function actionsMatching(search: string): KnownAction[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [];
  return knownActions.filter(
    (action) =>
      action.includes(needle) || actionLabels[action].short.toLowerCase().includes(needle),
  );
}
