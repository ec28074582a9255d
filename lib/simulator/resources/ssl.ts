import { randomBytes } from "node:crypto";
import type { OpContext } from "../core/context";
import { findRow, num, str } from "../core/rows";
import { asObject } from "../core/validate";
import { NitroError } from "../errors";
import { certTime } from "../time-format";
import { bindingResource } from "./binding-resource";
import { objectResource } from "./object-resource";
import { SSL_VSERVER_TYPES } from "./rules";

const DAY_MS = 86_400_000;
const VALIDITY_DAYS = 365;

// Certificate objects. Files are not checked (the simulator has no /nsconfig/ssl); each new
// certkey gets plausible read-only metadata (subject, validity) that stays stable once created.

export const sslcertkeyResource = objectResource({
  type: "sslcertkey",
  key: "certkey",
  required: ["cert"],
  hidden: ["passplain", "notbefore", "notafter"],
  checkAdd(ctx, row) {
    row.serial = randomBytes(8).toString("hex").toUpperCase();
    row.subject = `CN=${String(row.certkey)}`;
    row.issuer = `CN=${String(row.certkey)}`;
    row.notbefore = ctx.now;
    row.notafter = ctx.now + VALIDITY_DAYS * DAY_MS;
  },
  checkDelete(ctx, row) {
    const bound = ctx
      .table("sslvserver_sslcertkey_binding")
      .find((b) => b.certkeyname === row.certkey);
    if (bound) throw new NitroError(1541, `vserver ${String(bound.vservername)}`);
  },
  actions: {
    // `update ssl certKey`: swap the files behind an existing certkey.
    change: {
      changesConfig: true,
      run(ctx, input) {
        const body = asObject(input);
        const name = typeof body.certkey === "string" ? body.certkey : "";
        const row = findRow(ctx.table("sslcertkey"), "certkey", name);
        if (!row) throw new NitroError(258, `certkey, ${name}`);
        if (typeof body.cert === "string") row.cert = body.cert;
        if (typeof body.key === "string") row.key = body.key;
      },
    },
  },
  defaults: () => ({ inform: "PEM", expirymonitor: "DISABLED", notificationperiod: 30 }),
  computed(ctx, row) {
    const notafter = num(row, "notafter") ?? ctx.now;
    return {
      signaturealg: "sha256WithRSAEncryption",
      certificatetype: [row.key === undefined ? "CA_CERT" : "SRVR_CERT"],
      clientcertnotbefore: certTime(num(row, "notbefore") ?? ctx.now),
      clientcertnotafter: certTime(notafter),
      daystoexpiration: Math.max(0, Math.floor((notafter - ctx.now) / DAY_MS)),
      publickey: "RSA",
      publickeysize: 2048,
      version: 3,
      status: notafter > ctx.now ? "Valid" : "Expired",
      passcrypt: undefined,
    };
  },
});

/** Finds the TLS-terminating vserver behind an sslvserver name (LB or Gateway). */
function checkSslVserver(ctx: OpContext, name: string): void {
  for (const type of ["lbvserver", "vpnvserver"]) {
    const vs = findRow(ctx.table(type), "name", name);
    if (vs && !SSL_VSERVER_TYPES.has(str(vs, "servicetype") ?? "")) {
      throw new NitroError(1544, `vserverName, ${name}`);
    }
  }
  if (!findRow(ctx.table("sslvserver"), "vservername", name)) {
    throw new NitroError(461, `vServerName, ${name}`);
  }
}

export const sslvserverResource = objectResource({
  type: "sslvserver",
  key: "vservername",
  missingCode: 461,
  canAdd: false,
  canDelete: false,
  stateActions: false,
  defaults: () => ({
    cleartextport: 0,
    dh: "DISABLED",
    dhcount: 0,
    dhkeyexpsizelimit: "DISABLED",
    ersa: "ENABLED",
    ersacount: 0,
    sessreuse: "ENABLED",
    sesstimeout: 120,
    cipherredirect: "DISABLED",
    sslv2redirect: "DISABLED",
    clientauth: "DISABLED",
    sslredirect: "DISABLED",
    redirectportrewrite: "DISABLED",
    ssl2: "DISABLED",
    ssl3: "DISABLED",
    tls1: "ENABLED",
    tls11: "ENABLED",
    tls12: "ENABLED",
    tls13: "DISABLED",
    snienable: "DISABLED",
    ocspstapling: "DISABLED",
    sendclosenotify: "YES",
    hsts: "DISABLED",
    maxage: 0,
    includesubdomains: "NO",
    preload: "NO",
    strictsigdigestcheck: "DISABLED",
    zerorttearlydata: "DISABLED",
    tls13sessionticketsperauthcontext: 1,
    dhekeyexchangewithpsk: "NO",
    sslclientlogs: "DISABLED",
  }),
});

export const sslCertBindingResource = bindingResource({
  type: "sslvserver_sslcertkey_binding",
  parentKey: "vservername",
  required: ["certkeyname"],
  identity: ["certkeyname", "ca", "snicert"],
  checkParent: checkSslVserver,
  checkBind(ctx, row) {
    row.ca ??= false;
    row.snicert ??= false;
    const cert = String(row.certkeyname);
    if (!findRow(ctx.table("sslcertkey"), "certkey", cert)) {
      throw new NitroError(1540, `certkeyName, ${cert}`);
    }
    const plainServerCert = (r: Record<string, unknown>): boolean =>
      r.ca !== true && r.snicert !== true;
    // One default server certificate per vserver; further ones must be SNI or CA bindings.
    const other = ctx
      .table("sslvserver_sslcertkey_binding")
      .find(
        (b) => b.vservername === row.vservername && plainServerCert(b) && b.certkeyname !== cert,
      );
    if (other && plainServerCert(row)) {
      throw new NitroError(273, `server certificate ${String(other.certkeyname)} is already bound`);
    }
  },
  unbindRequired: ["certkeyname"],
  unbindMissingCode: 1542,
  key: "vservername",
  defaults: () => ({ ca: false, snicert: false, skipcaname: false, cleartextport: 0 }),
});
