// Rules for the back-end list (UMS servers or XMS nodes): how many, and that names, addresses
// and server IDs are unique. NetScaler compares names ignoring case, so we do too.
import { maxServerNameLength } from "../schema/naming";
import { sameAddress } from "../schema/net";
import type { IssueCollector } from "./issues";

interface MemberRow {
  name?: string;
  address?: string;
  serverId?: string;
}

export interface MemberRules {
  key: "servers" | "nodes";
  /** "UMS server" / "XMS node" */
  noun: string;
  nameLabel: string;
  addressLabel: string;
  prefix: string | undefined;
  checkServerIds: boolean;
}

export function checkMembers(
  out: IssueCollector,
  rows: readonly MemberRow[] | undefined,
  rules: MemberRules,
): void {
  const list = rows ?? [];
  const plural = `${rules.noun}s`;
  const title = plural.charAt(0).toUpperCase() + plural.slice(1);
  if (list.length === 0) {
    out.error(rules.key, `${title}: add at least two ${plural}.`);
  } else if (list.length === 1) {
    out.warning(
      rules.key,
      `${title}: one ${rules.noun} is not highly available; add a second ${rules.noun}.`,
    );
  }
  const maxName = rules.prefix ? maxServerNameLength(rules.prefix) : undefined;
  list.forEach((row, index) => {
    const at = (field: string) => `${rules.key}.${index}.${field}`;
    const earlier = (
      pick: (r: MemberRow) => string | undefined,
      same: (a: string, b: string) => boolean,
    ) => {
      const value = pick(row);
      if (!value) return -1;
      return list.slice(0, index).findIndex((r) => {
        const other = pick(r);
        return other !== undefined && other !== "" && same(other, value);
      });
    };
    const dupName = earlier(
      (r) => r.name,
      (a, b) => a.toLowerCase() === b.toLowerCase(),
    );
    if (dupName >= 0) {
      out.error(
        at("name"),
        `${rules.nameLabel}: "${row.name}" is already used by ${rules.noun} ${dupName + 1}; give each ${rules.noun} its own name.`,
      );
    }
    if (maxName !== undefined && row.name && row.name.length > maxName) {
      out.error(
        at("name"),
        `${rules.nameLabel}: use at most ${maxName} characters so the NetScaler server name ${rules.prefix}_srv_… stays within 127.`,
      );
    }
    const dupAddress = earlier((r) => r.address, sameAddress);
    if (dupAddress >= 0) {
      out.error(
        at("address"),
        `${rules.addressLabel}: ${row.address} is already used by ${rules.noun} ${dupAddress + 1}; each ${rules.noun} needs its own address.`,
      );
    }
    const dupId = rules.checkServerIds
      ? earlier(
          (r) => r.serverId,
          (a, b) => a === b,
        )
      : -1;
    if (dupId >= 0) {
      out.error(
        at("serverId"),
        `Server ID: "${row.serverId}" is already used by ${rules.noun} ${dupId + 1}; copy each node's own ID from the XMS clustering menu.`,
      );
    }
  });
}
