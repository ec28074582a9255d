// sslcertkey, sslvserver (the SSL twin of an SSL lbvserver, keyed by vservername) and
// sslvserver_sslcertkey_binding.
import { z } from "zod";
import { optFlag, optNum, optStr } from "../wire";

export interface NsSslCertKey {
  name: string;
  certFile?: string;
  keyFile?: string;
  inform?: string;
  subject?: string;
  issuer?: string;
  serial?: string;
  /** Validity bounds as the appliance prints them (e.g. "Mar  5 10:00:00 2026 GMT"). */
  validFrom?: string;
  validTo?: string;
  daysToExpiration?: number;
  status?: string;
  expiryMonitor?: boolean;
  notificationPeriod?: number;
  linkedCertKey?: string;
}

export const sslCertKeySchema = z
  .object({
    certkey: z.string(),
    cert: optStr,
    key: optStr,
    inform: optStr,
    subject: optStr,
    issuer: optStr,
    serial: optStr,
    clientcertnotbefore: optStr,
    clientcertnotafter: optStr,
    daystoexpiration: optNum,
    status: optStr,
    expirymonitor: optFlag,
    notificationperiod: optNum,
    linkcertkeyname: optStr,
  })
  .transform((w): NsSslCertKey => ({
    name: w.certkey,
    certFile: w.cert,
    keyFile: w.key || undefined,
    inform: w.inform,
    subject: w.subject,
    issuer: w.issuer,
    serial: w.serial,
    validFrom: w.clientcertnotbefore,
    validTo: w.clientcertnotafter,
    daysToExpiration: w.daystoexpiration,
    status: w.status,
    expiryMonitor: w.expirymonitor,
    notificationPeriod: w.notificationperiod,
    linkedCertKey: w.linkcertkeyname || undefined,
  }));

export interface NsSslVserver {
  vserverName: string;
  sniEnabled?: boolean;
  clientAuth?: boolean;
  sslProfile?: string;
  ssl3?: boolean;
  tls1?: boolean;
  tls11?: boolean;
  tls12?: boolean;
  tls13?: boolean;
  sessionReuse?: boolean;
  sessionTimeout?: number;
}

export const sslVserverSchema = z
  .object({
    vservername: z.string(),
    snienable: optFlag,
    clientauth: optFlag,
    sslprofile: optStr,
    ssl3: optFlag,
    tls1: optFlag,
    tls11: optFlag,
    tls12: optFlag,
    tls13: optFlag,
    sessreuse: optFlag,
    sesstimeout: optNum,
  })
  .transform((w): NsSslVserver => ({
    vserverName: w.vservername,
    sniEnabled: w.snienable,
    clientAuth: w.clientauth,
    sslProfile: w.sslprofile || undefined,
    ssl3: w.ssl3,
    tls1: w.tls1,
    tls11: w.tls11,
    tls12: w.tls12,
    tls13: w.tls13,
    sessionReuse: w.sessreuse,
    sessionTimeout: w.sesstimeout,
  }));

export interface NsSslVserverCertKeyBinding {
  vserverName: string;
  certKeyName: string;
  /** Bound as a CA certificate (for client-certificate checks) rather than the server cert. */
  ca: boolean;
  sniCert: boolean;
  skipCaName: boolean;
  crlCheck?: string;
  ocspCheck?: string;
}

export const sslVserverCertKeyBindingSchema = z
  .object({
    vservername: z.string(),
    certkeyname: z.string(),
    ca: optFlag,
    snicert: optFlag,
    skipcaname: optFlag,
    crlcheck: optStr,
    ocspcheck: optStr,
  })
  .transform((w): NsSslVserverCertKeyBinding => ({
    vserverName: w.vservername,
    certKeyName: w.certkeyname,
    ca: w.ca ?? false,
    sniCert: w.snicert ?? false,
    skipCaName: w.skipcaname ?? false,
    crlCheck: w.crlcheck || undefined,
    ocspCheck: w.ocspcheck || undefined,
  }));
