// Generated once from the NITRO reference schema (field types: netscaler/adc-nitro-go;
// add/update/immutable keys and enums: netscaler/ansible-collection-netscaleradc). Embedded
// as data because the product must not read the reference files at run time.
import type { RawSchema } from "./raw-schema";

export const sslSchemas: Record<string, RawSchema> = {
  sslcertkey: {
    str: "certkey cert key fipskey hsmkey inform passplain expirymonitor bundle deletecertkeyfilesonremoval linkcertkeyname signaturealg certificatetype serial issuer clientcertnotbefore clientcertnotafter daystoexpiration subject publickey publickeysize version priority status passcrypt data servicename sandns sanipadd ocspresponsestatus builtin feature certkeydigest certificatesource certkeystatus _nextgenapiresource",
    int: "notificationperiod",
    bool: "password deletefromdevice nodomaincheck ocspstaplingcache",
    add: "bundle cert certkey deletecertkeyfilesonremoval expirymonitor fipskey hsmkey inform key notificationperiod passplain password",
    update: "certkey deletecertkeyfilesonremoval expirymonitor notificationperiod",
    immutable: "bundle cert fipskey hsmkey inform key passplain password",
    readonly:
      "signaturealg certificatetype serial issuer clientcertnotbefore clientcertnotafter daystoexpiration subject publickey publickeysize version priority status passcrypt data servicename sandns sanipadd ocspresponsestatus builtin feature certkeydigest certificatesource certkeystatus _nextgenapiresource",
    asString: "notificationperiod priority data",
    enums: {
      bundle: "NO YES",
      deletecertkeyfilesonremoval: "ALWAYS IF_EXPIRED NO",
      expirymonitor: "DISABLED ENABLED",
      inform: "DER PEM PFX",
    },
  },
  sslvserver: {
    str: "vservername dh dhfile dhkeyexpsizelimit ersa sessreuse cipherredirect cipherurl sslv2redirect sslv2url clientauth clientcert sslredirect redirectportrewrite ssl2 ssl3 tls1 tls11 tls12 tls13 dtls1 dtls12 snienable ocspstapling pushenctrigger sendclosenotify dtlsprofilename sslprofile hsts includesubdomains preload strictsigdigestcheck zerorttearlydata dhekeyexchangewithpsk defaultsni sslclientlogs crlcheck nonfipsciphers service ocspcheck ca snicert skipcaname dtlsflag quicflag skipcacertbundle _nextgenapiresource",
    int: "cleartextport dhcount ersacount sesstimeout maxage tls13sessionticketsperauthcontext",
    update:
      "cipherredirect cipherurl cleartextport clientauth clientcert defaultsni dh dhcount dhekeyexchangewithpsk dhfile dhkeyexpsizelimit dtls1 dtls12 dtlsprofilename ersa ersacount hsts includesubdomains maxage ocspstapling preload pushenctrigger redirectportrewrite sendclosenotify sessreuse sesstimeout snienable ssl2 ssl3 sslclientlogs sslprofile sslredirect sslv2redirect sslv2url strictsigdigestcheck tls1 tls11 tls12 tls13 tls13sessionticketsperauthcontext vservername zerorttearlydata",
    readonly:
      "crlcheck nonfipsciphers service ocspcheck ca snicert skipcaname dtlsflag quicflag skipcacertbundle _nextgenapiresource",
    asString: "dhcount ersacount sesstimeout maxage service",
    enums: {
      cipherredirect: "DISABLED ENABLED",
      clientauth: "DISABLED ENABLED",
      clientcert: "Mandatory Optional",
      dh: "DISABLED ENABLED",
      dhekeyexchangewithpsk: "NO YES",
      dhkeyexpsizelimit: "DISABLED ENABLED",
      dtls1: "DISABLED ENABLED",
      dtls12: "DISABLED ENABLED",
      ersa: "DISABLED ENABLED",
      hsts: "DISABLED ENABLED",
      includesubdomains: "NO YES",
      ocspstapling: "DISABLED ENABLED",
      preload: "NO YES",
      pushenctrigger: "Always Ignore Merge Timer",
      redirectportrewrite: "DISABLED ENABLED",
      sendclosenotify: "NO YES",
      sessreuse: "DISABLED ENABLED",
      snienable: "DISABLED ENABLED",
      ssl2: "DISABLED ENABLED",
      ssl3: "DISABLED ENABLED",
      sslclientlogs: "DISABLED ENABLED",
      sslredirect: "DISABLED ENABLED",
      sslv2redirect: "DISABLED ENABLED",
      strictsigdigestcheck: "DISABLED ENABLED",
      tls1: "DISABLED ENABLED",
      tls11: "DISABLED ENABLED",
      tls12: "DISABLED ENABLED",
      tls13: "DISABLED ENABLED",
      zerorttearlydata: "DISABLED ENABLED",
    },
  },
  sslvserver_sslcertkey_binding: {
    str: "certkeyname crlcheck ocspcheck vservername",
    int: "cleartextport",
    bool: "ca snicert skipcaname",
    add: "ca certkeyname crlcheck ocspcheck skipcaname snicert vservername",
    immutable: "ca certkeyname crlcheck ocspcheck skipcaname snicert vservername",
    readonly: "cleartextport",
    enums: {
      crlcheck: "Mandatory Optional",
      ocspcheck: "Mandatory Optional",
    },
  },
};
