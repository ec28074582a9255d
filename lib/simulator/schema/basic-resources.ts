// Generated once from the NITRO reference schema (field types: netscaler/adc-nitro-go;
// add/update/immutable keys and enums: netscaler/ansible-collection-netscaleradc). Embedded
// as data because the product must not read the reference files at run time.
import type { RawSchema } from "./raw-schema";

export const basicSchemas: Record<string, RawSchema> = {
  server: {
    str: "name ipaddress domain translationip translationmask state ipv6address comment querytype graceful newname statechangetimesec tickssincelaststatechange autoscale usip cka tcpb cmp cacheable sp _nextgenapiresource",
    int: "domainresolveretry td delay",
    bool: "domainresolvenow internal",
    add: "comment domain domainresolveretry ipaddress ipv6address name querytype td translationip translationmask",
    update:
      "comment domainresolvenow domainresolveretry ipaddress name translationip translationmask",
    immutable: "domain ipv6address querytype td",
    readonly:
      "statechangetimesec tickssincelaststatechange autoscale usip cka tcpb cmp cacheable sp _nextgenapiresource",
    asString: "td delay tickssincelaststatechange",
    enums: {
      ipv6address: "NO YES",
      querytype: "A AAAA SRV",
    },
  },
  servicegroup: {
    str: "servicegroupname servicetype cachetype cacheable cip cipheader usip pathmonitor pathmonitorindv useproxyport healthmonitor sp rtspsessionidremap cka tcpb cmp state downstateflush tcpprofilename httpprofilename quicprofilename comment appflowlog netprofile autoscale autodisablegraceful autodelayedtrofs monconnectionclose bootstrap topicname servername customserverid nameserver monitor_name_svc graceful newname numofconnections serviceconftype value svrstate ip monstatcode monstatparam1 monstatparam2 monstatparam3 statechangetimemsec stateupdatereason clmonowner clmonview groupcount serviceipstr servicegroupeffectivestate nodefaultbindings svcitmactsvcs svcitmboundsvcs monuserstatusmesg _nextgenapiresource",
    int: "td maxclient maxreq clttimeout svrtimeout maxbandwidth monthreshold memberport autodisabledelay port weight serverid hashid dbsttl order dup_weight delay",
    bool: "includemembers",
    add: "appflowlog autodelayedtrofs autodisabledelay autodisablegraceful autoscale bootstrap cacheable cachetype cip cipheader cka clttimeout cmp comment downstateflush healthmonitor httpprofilename maxbandwidth maxclient maxreq memberport monconnectionclose monthreshold netprofile nodefaultbindings pathmonitor pathmonitorindv quicprofilename rtspsessionidremap servicegroupname servicetype sp svrtimeout tcpb tcpprofilename td topicname useproxyport usip",
    update:
      "appflowlog autodelayedtrofs autodisabledelay autodisablegraceful autoscale cacheable cip cipheader cka clttimeout cmp comment customserverid dbsttl downstateflush dup_weight hashid healthmonitor httpprofilename maxbandwidth maxclient maxreq monconnectionclose monitor_name_svc monthreshold nameserver netprofile order pathmonitor pathmonitorindv port quicprofilename rtspsessionidremap servername servicegroupname sp svrtimeout tcpb tcpprofilename useproxyport usip weight",
    immutable: "bootstrap cachetype memberport nodefaultbindings servicetype td topicname",
    readonly:
      "numofconnections serviceconftype value svrstate ip monstatcode monstatparam1 monstatparam2 monstatparam3 statechangetimemsec stateupdatereason clmonowner clmonview groupcount serviceipstr servicegroupeffectivestate nodefaultbindings svcitmactsvcs svcitmboundsvcs monuserstatusmesg _nextgenapiresource",
    asString:
      "td maxclient maxreq clttimeout svrtimeout maxbandwidth monthreshold weight serverid hashid dup_weight delay statechangetimemsec stateupdatereason clmonowner clmonview groupcount",
    enums: {
      appflowlog: "DISABLED ENABLED",
      autodelayedtrofs: "NO YES",
      autodisablegraceful: "NO YES",
      autoscale: "API CLOUD DISABLED DNS POLICY",
      bootstrap: "NO YES",
      cacheable: "NO YES",
      cachetype: "FORWARD REVERSE TRANSPARENT",
      cip: "DISABLED ENABLED",
      cka: "NO YES",
      cmp: "NO YES",
      downstateflush: "DISABLED ENABLED",
      healthmonitor: "NO YES",
      monconnectionclose: "FIN RESET",
      pathmonitor: "NO YES",
      pathmonitorindv: "NO YES",
      rtspsessionidremap: "OFF ON",
      servicetype:
        "ADNS ADNS_DOH ADNS_DOT ADNS_TCP ANY DHCPRA DIAMETER DNS DNS_TCP DOT DTLS FIX FTP GRE HTTP HTTP_QUIC IPFIX KAFKA_BROKER LOGSTREAM LOGSTREAM_SSL MONGO MONGO_TLS MQTT MQTT_TLS MSSQL MYSQL NNTP ORACLE PPTP QUIC QUIC_BRIDGE RADIUS RADIUSListener RDP RPCSVR RTSP SIP_SSL SIP_TCP SIP_UDP SMPP SNMP SSL SSL_BRIDGE SSL_DIAMETER SSL_FIX SSL_TCP SYSLOGTCP SYSLOGUDP TCP TFTP UDP USER_SSL_TCP USER_TCP",
      sp: "OFF ON",
      tcpb: "NO YES",
      useproxyport: "NO YES",
      usip: "NO YES",
    },
  },
  servicegroup_servicegroupmember_binding: {
    str: "ip svrstate statechangetimesec servername customserverid state graceful nameserver trofsreason orderstr servicegroupname",
    int: "port tickssincelaststatechange weight serverid hashid delay dbsttl svcitmpriority order trofsdelay",
    add: "customserverid dbsttl hashid ip nameserver order port serverid servername servicegroupname state weight",
    immutable:
      "customserverid dbsttl hashid ip nameserver order port serverid servername servicegroupname state weight",
    readonly: "delay statechangetimesec svrstate tickssincelaststatechange graceful",
    asString: "hashid serverid weight delay tickssincelaststatechange",
    enums: {
      state: "DISABLED ENABLED",
    },
  },
  servicegroup_lbmonitor_binding: {
    str: "monitor_name monstate servicegroupname customserverid state nameserver",
    int: "monweight weight port serverid hashid dbsttl order",
    bool: "passive",
    add: "customserverid dbsttl hashid monitor_name monstate nameserver order passive serverid servicegroupname weight",
    immutable:
      "customserverid dbsttl hashid monitor_name monstate nameserver order passive serverid servicegroupname weight",
    readonly: "monweight",
    asString: "hashid serverid weight monweight",
    enums: {
      monstate: "DISABLED ENABLED",
    },
  },
};
