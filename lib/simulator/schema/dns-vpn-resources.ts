// Generated once from the NITRO reference schema (field types: netscaler/adc-nitro-go;
// add/update/immutable keys and enums: netscaler/ansible-collection-netscaleradc). Embedded
// as data because the product must not read the reference files at run time.
import type { RawSchema } from "./raw-schema";

export const dnsVpnSchemas: Record<string, RawSchema> = {
  dnsaddrec: {
    str: "hostname ipaddress ecssubnet type vservername authtype _nextgenapiresource",
    int: "ttl nodeid",
    add: "hostname ipaddress ttl",
    immutable: "hostname ipaddress ttl",
    readonly: "vservername authtype _nextgenapiresource",
    asString: "ttl nodeid",
  },
  vpnvserver: {
    str: "name servicetype ipv46 ipset state authentication doublehop icaonly icaproxysessionmigration dtls loginonce advancedepa devicecert certkeynames downstateflush listenpolicy tcpprofilename httpprofilename comment appflowlog icmpvsrresponse rhistate netprofile cginfrahomepageredirect secureprivateaccess accessrestrictedpageredirect l2conn deploymenttype rdpserverprofilename windowsepapluginupgrade linuxepapluginupgrade macepapluginupgrade logoutonsmartcardremoval userdomains authnprofile vserverfqdn pcoipvserverprofilename samesite quicprofilename deviceposture newname ip value type curstate status cachetype redirect precedence redirecturl curaaausers curtotalusers domain rule servicename weight cachevserver backupvserver clttimeout somethod sothreshold sopersistence sopersistencetimeout usemip map bindpoint disableprimaryondown secondary groupextraction epaprofileoptional ngname csvserver nodefaultbindings _nextgenapiresource response",
    int: "range port maxaaausers listenpriority maxloginattempts failedlogintimeout",
    add: "accessrestrictedpageredirect advancedepa appflowlog authentication authnprofile certkeynames cginfrahomepageredirect comment deploymenttype devicecert deviceposture doublehop downstateflush dtls failedlogintimeout httpprofilename icaonly icaproxysessionmigration icmpvsrresponse ipset ipv46 l2conn linuxepapluginupgrade listenpolicy listenpriority loginonce logoutonsmartcardremoval macepapluginupgrade maxaaausers maxloginattempts name netprofile nodefaultbindings pcoipvserverprofilename port quicprofilename range rdpserverprofilename rhistate samesite secureprivateaccess servicetype tcpprofilename userdomains vserverfqdn windowsepapluginupgrade",
    update:
      "accessrestrictedpageredirect advancedepa appflowlog authentication authnprofile certkeynames cginfrahomepageredirect comment devicecert deviceposture doublehop downstateflush dtls failedlogintimeout httpprofilename icaonly icaproxysessionmigration icmpvsrresponse ipset ipv46 l2conn linuxepapluginupgrade listenpolicy listenpriority loginonce logoutonsmartcardremoval macepapluginupgrade maxaaausers maxloginattempts name netprofile pcoipvserverprofilename quicprofilename rdpserverprofilename rhistate samesite secureprivateaccess tcpprofilename userdomains vserverfqdn windowsepapluginupgrade",
    immutable: "deploymenttype nodefaultbindings port range servicetype",
    readonly:
      "ip value type curstate status cachetype redirect precedence redirecturl curaaausers curtotalusers domain rule servicename weight cachevserver backupvserver clttimeout somethod sothreshold sopersistence sopersistencetimeout usemip map bindpoint disableprimaryondown secondary groupextraction epaprofileoptional ngname csvserver nodefaultbindings _nextgenapiresource response",
    asString:
      "range maxaaausers listenpriority maxloginattempts failedlogintimeout curaaausers curtotalusers weight clttimeout sothreshold sopersistencetimeout",
    enums: {
      accessrestrictedpageredirect: "CDN NS OFF",
      advancedepa: "OFF ON",
      appflowlog: "DISABLED ENABLED",
      authentication: "OFF ON",
      cginfrahomepageredirect: "DISABLED ENABLED",
      deploymenttype: "ICA_STOREFRONT ICA_WEBINTERFACE MOBILITY NONE",
      devicecert: "OFF ON",
      deviceposture: "DISABLED ENABLED",
      doublehop: "DISABLED ENABLED",
      downstateflush: "DISABLED ENABLED",
      dtls: "OFF ON",
      icaonly: "OFF ON",
      icaproxysessionmigration: "OFF ON",
      icmpvsrresponse: "ACTIVE PASSIVE",
      l2conn: "OFF ON",
      linuxepapluginupgrade: "Always Essential Never",
      loginonce: "OFF ON",
      logoutonsmartcardremoval: "OFF ON",
      macepapluginupgrade: "Always Essential Never",
      rhistate: "ACTIVE PASSIVE",
      samesite: "LAX None STRICT",
      secureprivateaccess: "DISABLED ENABLED",
      servicetype: "DTLS HTTP_QUIC SSL",
      windowsepapluginupgrade: "Always Essential Never",
    },
  },
  vpnvserver_appcontroller_binding: {
    str: "appcontroller name",
    int: "acttype",
    add: "appcontroller name",
    immutable: "appcontroller name",
    readonly: "acttype",
    asString: "acttype",
  },
};
