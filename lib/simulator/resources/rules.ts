import type { OpContext } from "../core/context";
import { num, str } from "../core/rows";
import type { Row } from "../core/store";
import { NitroError } from "../errors";

// Appliance rules shared by several resources.

/** Vserver types that terminate TLS and therefore own an sslvserver twin. */
export const SSL_VSERVER_TYPES = new Set(["SSL", "SSL_TCP", "DTLS"]);

const HTTP_LIKE = new Set(["HTTP", "SSL"]);

/** Which service-group types a vserver of a given type can be bound to. */
export function servicetypeCompatible(vserverType: string, groupType: string): boolean {
  if (vserverType === "ANY" || vserverType === groupType) return true;
  if (HTTP_LIKE.has(vserverType)) return HTTP_LIKE.has(groupType); // SSL offload / re-encrypt
  if (vserverType === "SSL_TCP") return groupType === "TCP";
  return false;
}

/** Persistence types the appliance only allows on particular vserver protocols. */
export function checkPersistence(vs: Row): void {
  const type = str(vs, "servicetype") ?? "";
  const persistence = str(vs, "persistencetype");
  if (!persistence || persistence === "NONE") return;
  if (["CUSTOMSERVERID", "COOKIEINSERT", "URLPASSIVE"].includes(persistence)) {
    if (!HTTP_LIKE.has(type)) throw new NitroError(1345, `persistenceType, ${persistence}`);
  }
  if (persistence === "SSLSESSION" && !["SSL", "SSL_BRIDGE", "SSL_TCP"].includes(type)) {
    throw new NitroError(1332, `persistenceType, ${persistence}`);
  }
}

const VSERVER_TYPES = ["lbvserver", "vpnvserver"];

/** Two vservers may not listen on the same VIP and port (anywhere on the appliance). */
export function checkVipFree(ctx: OpContext, vs: Row, table: string): void {
  const ip = str(vs, "ipv46");
  const port = num(vs, "port");
  if (!ip || ip === "0.0.0.0" || port === undefined || port === 0) return;
  for (const partition of ctx.app.store.partitionNames()) {
    for (const type of VSERVER_TYPES) {
      const owner = ctx.app.store
        .table(partition, type)
        .find((o) => o.ipv46 === ip && o.port === port && !(type === table && o.name === vs.name));
      if (owner) {
        throw new NitroError(304, `${ip}:${port} is used by ${type} ${String(owner.name)}`);
      }
    }
  }
}

export function checkPort(row: Row, field = "port"): void {
  const port = num(row, field);
  if (port !== undefined && (port < 0 || port > 65535)) {
    throw new NitroError(1097, `${field}, ${port}`);
  }
}
