// Generated once from the NITRO reference schema (field types: netscaler/adc-nitro-go;
// add/update/immutable keys and enums: netscaler/ansible-collection-netscaleradc). Embedded
// as data because the product must not read the reference files at run time.
import type { RawSchema } from "./raw-schema";

export const nsSchemas: Record<string, RawSchema> = {
  nsip: {
    str: "ipaddress netmask type arp icmp vserver telnet ftp gui ssh snmp mgmtaccess restrictaccess dynamicrouting decrementttl ospf bgp rip hostroute advertiseondefaultpartition networkroute hostrtgw vserverrhilevel ospflsatype state icmpresponse arpresponse ownerdownresponse mptcpadvertise flags hostrtgwact ospfareaval viprtadv2bsd vipvsercount vipvserdowncount vipvsrvrrhiactivecount vipvsrvrrhiactiveupcount freeports iptype operationalarpowner _nextgenapiresource",
    int: "tag metric ospfarea vrid ownernode td arpowner",
    add: "advertiseondefaultpartition arp arpowner arpresponse decrementttl dynamicrouting ftp gui hostroute hostrtgw icmp icmpresponse ipaddress metric mgmtaccess mptcpadvertise netmask networkroute ospfarea ospflsatype ownerdownresponse ownernode restrictaccess snmp ssh tag td telnet type vrid vserver vserverrhilevel",
    update:
      "advertiseondefaultpartition arp arpowner arpresponse decrementttl dynamicrouting ftp gui hostroute hostrtgw icmp icmpresponse ipaddress metric mgmtaccess mptcpadvertise netmask networkroute ospfarea ospflsatype ownerdownresponse restrictaccess snmp ssh tag td telnet vrid vserver vserverrhilevel",
    immutable: "ownernode type",
    readonly:
      "flags hostrtgwact ospfareaval viprtadv2bsd vipvsercount vipvserdowncount vipvsrvrrhiactivecount vipvsrvrrhiactiveupcount freeports iptype operationalarpowner _nextgenapiresource",
    asString:
      "tag ospfarea vrid ownernode td flags ospfareaval vipvsercount vipvserdowncount vipvsrvrrhiactivecount vipvsrvrrhiactiveupcount freeports",
    enums: {
      advertiseondefaultpartition: "DISABLED ENABLED",
      arp: "DISABLED ENABLED",
      arpresponse: "ALL_VSERVERS NONE ONE_VSERVER",
      decrementttl: "DISABLED ENABLED",
      dynamicrouting: "DISABLED ENABLED",
      ftp: "DISABLED ENABLED",
      gui: "DISABLED ENABLED SECUREONLY",
      hostroute: "DISABLED ENABLED",
      icmp: "DISABLED ENABLED",
      icmpresponse: "ALL_VSERVERS NONE ONE_VSERVER VSVR_CNTRLD",
      mgmtaccess: "DISABLED ENABLED",
      mptcpadvertise: "NO YES",
      networkroute: "DISABLED ENABLED",
      ospflsatype: "TYPE1 TYPE5",
      ownerdownresponse: "NO YES",
      restrictaccess: "DISABLED ENABLED",
      snmp: "DISABLED ENABLED",
      ssh: "DISABLED ENABLED",
      telnet: "DISABLED ENABLED",
      type: "CLIP GSLBsiteIP HostIP NSIP SNIP VIP",
      vserver: "DISABLED ENABLED",
      vserverrhilevel: "ALL_VSERVERS NONE ONE_VSERVER VSVR_CNTRLD",
    },
  },
  hanode: {
    str: "ipaddress inc rpcnodepassword hastatus hasync haprop failsafe syncstatusstrictmode name flags state enaifaces disifaces hamonifaces haheartbeatifaces pfifaces ifaces netmask ssl2 masterstatetime routemonitor curflips completedfliptime routemonitorstate hasyncfailurereason _nextgenapiresource",
    int: "id hellointerval deadinterval maxflips maxfliptime syncvlan",
    add: "id inc ipaddress rpcnodepassword",
    update:
      "deadinterval failsafe haprop hastatus hasync hellointerval id maxflips maxfliptime syncstatusstrictmode syncvlan",
    immutable: "inc ipaddress rpcnodepassword",
    readonly:
      "name flags state enaifaces disifaces hamonifaces haheartbeatifaces pfifaces ifaces netmask ssl2 masterstatetime routemonitor curflips completedfliptime routemonitorstate hasyncfailurereason _nextgenapiresource",
    asString:
      "id hellointerval deadinterval maxflips maxfliptime syncvlan flags masterstatetime curflips completedfliptime",
    enums: {
      failsafe: "OFF ON",
      haprop: "DISABLED ENABLED",
      hastatus: "DISABLED ENABLED STAYPRIMARY STAYSECONDARY",
      hasync: "DISABLED ENABLED",
      inc: "DISABLED ENABLED",
      syncstatusstrictmode: "DISABLED ENABLED",
    },
  },
  nsconfig: {
    str: "level rbaconfig ipaddress netmask tagged cip cipheader cookieversion securecookie ftpportrange crportrange timezone securemanagementtraffic config1 config2 outtype config configfile responsefile message mappedip range svmcmd systemtype primaryip primaryip6 flags lastconfigchangedtime lastconfigsavetime currentsytemtime systemtime configchanged _nextgenapiresource response id",
    int: "nsvlan maxconn maxreq pmtumin pmtutimeout grantquotamaxclient exclusivequotamaxclient grantquotaspillover exclusivequotaspillover securemanagementtd",
    bool: "force all template ignoredevicespecific weakpassword changedpassword async",
    strList: "ifnum",
    intList: "httpport",
    update: "ifnum ipaddress netmask nsvlan securemanagementtd securemanagementtraffic tagged",
    readonly:
      "message mappedip range svmcmd systemtype primaryip primaryip6 flags lastconfigchangedtime lastconfigsavetime currentsytemtime systemtime configchanged _nextgenapiresource response id",
    asString:
      "nsvlan maxconn maxreq pmtumin pmtutimeout grantquotamaxclient exclusivequotamaxclient grantquotaspillover exclusivequotaspillover range flags systemtime",
    enums: {
      securemanagementtraffic: "DISABLED ENABLED",
      tagged: "NO YES",
    },
  },
  nsversion: {
    str: "version mode _nextgenapiresource",
    bool: "installedversion",
    readonly: "version mode _nextgenapiresource",
    asString: "mode",
  },
  nshostname: {
    str: "hostname _nextgenapiresource",
    int: "ownernode",
    update: "hostname ownernode",
    readonly: "_nextgenapiresource",
    asString: "ownernode",
  },
  nspartition: {
    str: "partitionname partitionmac partitionid partitiontype pmacinternal _nextgenapiresource",
    int: "maxbandwidth minbandwidth maxconn maxmemlimit",
    bool: "force save",
    add: "maxbandwidth maxconn maxmemlimit minbandwidth partitionmac partitionname",
    update: "maxbandwidth maxconn maxmemlimit minbandwidth partitionmac partitionname",
    readonly: "partitionid partitiontype pmacinternal _nextgenapiresource",
    asString: "maxbandwidth minbandwidth maxconn maxmemlimit partitionid",
  },
};
