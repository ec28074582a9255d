// Generated once from the NITRO reference schema (field types: netscaler/adc-nitro-go;
// add/update/immutable keys and enums: netscaler/ansible-collection-netscaleradc). Embedded
// as data because the product must not read the reference files at run time.
import type { RawSchema } from "./raw-schema";

export const lbSchemas: Record<string, RawSchema> = {
  lbmonitor: {
    str: "monitorname type action httprequest rtsprequest customheaders sipmethod sipuri sipreguri send recv query querytype scriptname scriptargs secureargs dispatcherip username password secondarypassword logonpointname lasversion radkey radnasid radnasip radframedip radapn radmsisdn radaccountsession lrtm units1 units3 units4 units2 destip state reverse transparent iptunnel tos secure validatecred domain group filename basedn binddn filter attribute database oraclesid sqlquery evalrule mssqlprotocolversion snmpoid snmpcommunity snmpthreshold snmpversion metrictable application sitepath storename storefrontacctservice hostname netprofile originhost originrealm hostipaddress productname inbandsecurityid kcdaccount storedb storefrontcheckbackendservices trofsstring sslprofile mqttclientidentifier grpchealthcheck grpcservicename metric servicename servicegroupname lrtmconf lrtmconfstr dynamicresponsetimeout dynamicinterval multimetrictable dup_state dup_weight weight _nextgenapiresource",
    int: "maxforwards dispatcherport radaccounttype deviation interval resptimeout resptimeoutthresh retries failureretries alertretries successretries downtime destport tosid vendorid firmwarerevision vendorspecificvendorid trofscode mqttversion metricthreshold metricweight",
    strList: "respcode ipaddress",
    intList:
      "authapplicationid acctapplicationid supportedvendorids vendorspecificauthapplicationids vendorspecificacctapplicationids grpcstatuscode",
    add: "acctapplicationid action alertretries application attribute authapplicationid basedn binddn customheaders database destip destport deviation dispatcherip dispatcherport domain downtime evalrule failureretries filename filter firmwarerevision group grpchealthcheck grpcservicename grpcstatuscode hostipaddress httprequest inbandsecurityid interval ipaddress iptunnel kcdaccount lasversion logonpointname lrtm maxforwards metrictable monitorname mqttclientidentifier mqttversion mssqlprotocolversion netprofile oraclesid originhost originrealm password productname query querytype radaccountsession radaccounttype radapn radframedip radkey radmsisdn radnasid radnasip recv respcode resptimeout resptimeoutthresh retries reverse rtsprequest scriptargs scriptname secondarypassword secure secureargs send sipmethod sipreguri sipuri sitepath snmpcommunity snmpoid snmpthreshold snmpversion sqlquery sslprofile storedb storefrontacctservice storefrontcheckbackendservices storename successretries supportedvendorids tos tosid transparent trofscode trofsstring type units1 units2 units3 units4 username validatecred vendorid vendorspecificacctapplicationids vendorspecificauthapplicationids vendorspecificvendorid",
    update:
      "acctapplicationid action alertretries application attribute authapplicationid basedn binddn customheaders database destip destport deviation dispatcherip dispatcherport domain downtime evalrule failureretries filename filter firmwarerevision group grpchealthcheck grpcservicename grpcstatuscode hostipaddress httprequest inbandsecurityid interval ipaddress iptunnel kcdaccount lasversion logonpointname lrtm maxforwards metric metrictable metricthreshold metricweight monitorname mqttclientidentifier mqttversion mssqlprotocolversion netprofile oraclesid originhost originrealm password productname query querytype radaccountsession radaccounttype radapn radframedip radkey radmsisdn radnasid radnasip recv respcode resptimeout resptimeoutthresh retries reverse rtsprequest scriptargs scriptname secondarypassword secure secureargs send sipmethod sipreguri sipuri sitepath snmpcommunity snmpoid snmpthreshold snmpversion sqlquery sslprofile storedb storefrontacctservice storefrontcheckbackendservices storename successretries supportedvendorids tos tosid transparent trofscode trofsstring type units1 units2 units3 units4 username validatecred vendorid vendorspecificacctapplicationids vendorspecificauthapplicationids vendorspecificvendorid",
    readonly:
      "lrtmconf lrtmconfstr dynamicresponsetimeout dynamicinterval multimetrictable dup_state dup_weight weight _nextgenapiresource",
    asString:
      "maxforwards radaccounttype deviation resptimeoutthresh tosid vendorid firmwarerevision vendorspecificvendorid trofscode metricthreshold metricweight dup_weight weight",
    enums: {
      action: "DOWN LOG NONE",
      grpchealthcheck: "NO YES",
      inbandsecurityid: "NO_INBAND_SECURITY TLS",
      iptunnel: "NO YES",
      lrtm: "DISABLED ENABLED",
      mssqlprotocolversion: "2000 2000SP1 2005 2008 2008R2 2012 2014 70",
      querytype: "AAAA Address Zone",
      reverse: "NO YES",
      secure: "NO YES",
      sipmethod: "INVITE OPTIONS REGISTER",
      snmpversion: "V1 V2",
      storedb: "DISABLED ENABLED",
      storefrontacctservice: "NO YES",
      storefrontcheckbackendservices: "NO YES",
      tos: "NO YES",
      transparent: "NO YES",
      type: "APPC ARP CITRIX-AAC-LAS CITRIX-AAC-LOGINPAGE CITRIX-AG CITRIX-STA-SERVICE CITRIX-STA-SERVICE-NHOP CITRIX-WEB-INTERFACE CITRIX-WI-EXTENDED CITRIX-XD-DDC CITRIX-XDM CITRIX-XML-SERVICE CITRIX-XNC-ECV DIAMETER DNS DNS-TCP DTLS FTP FTP-EXTENDED HTTP HTTP-ECV HTTP-INLINE HTTP2 KAFKA-AUTODISCOVER LDAP LDNS-DNS LDNS-PING LDNS-TCP LOAD MQTT MSSQL-ECV MYSQL MYSQL-ECV ND6 NNTP ORACLE-ECV PING POP3 QUIC RADIUS RADIUS_ACCOUNTING RTSP SIP-TCP SIP-UDP SMPP SMTP SNMP STOREFRONT TCP TCP-ECV UDP-ECV USER",
      units1: "MIN MSEC SEC",
      units2: "MIN MSEC SEC",
      units3: "MIN MSEC SEC",
      units4: "MIN MSEC SEC",
      validatecred: "NO YES",
    },
  },
  lbvserver: {
    str: "name servicetype ipv46 ippattern ipmask ipset persistencetype persistencebackup lbmethod netmask backuplbmethod cookiename rule listenpolicy resrule persistmask rtspnat m sessionless trofspersistence state connfailover redirurl cacheable somethod sopersistence sobackupaction redirectportrewrite downstateflush backupvserver disableprimaryondown insertvserveripport vipheader authenticationhost authentication authn401 authnvsname push pushvserver pushlabel pushmulticlients tcpprofilename httpprofilename dbprofilename comment l2conn oracleserverversion mssqlserverversion mysqlserverversion appflowlog netprofile icmpvsrresponse rhistate newservicerequestunit skippersistency authnprofile macmoderetainvlan dbslb dns64 bypassaaaa recursionavailable processlocal dnsprofilename lbprofilename httpsredirecturl retainconnectionsoncluster adfsproxyprofile quicprofilename quicbridgeprofilename probeprotocol probesuccessresponsecode toggleorder apiprofile dnsoverhttps servicename newname value ipmapping ngname type curstate effectivestate status lbrrreason redirect precedence homepage dnsvservername domain cachevserver health ruletype groupname cookiedomain map gt2gb consolidatedlconn consolidatedlconngbl thresholdvalue bindpoint version totalservices activeservices statechangetimesec statechangetimeseconds statechangetimemsec tickssincelaststatechange isgslb vsvrdynconnsothreshold backupvserverstatus nodefaultbindings currentactiveorder _nextgenapiresource",
    int: "port range timeout backuppersistencetimeout hashlength v6netmasklen listenpriority v6persistmasklen tosid datalength dataoffset clttimeout sopersistencetimeout healththreshold sothreshold mysqlprotocolversion mysqlcharacterset mysqlservercapabilities newservicerequest newservicerequestincrementinterval minautoscalemembers maxautoscalemembers td redirectfromport tcpprobeport probeport orderthreshold weight order",
    bool: "redirurlflags",
    intList: "persistavpno",
    add: "adfsproxyprofile apiprofile appflowlog authentication authenticationhost authn401 authnprofile authnvsname backuplbmethod backuppersistencetimeout backupvserver bypassaaaa cacheable clttimeout comment connfailover cookiename datalength dataoffset dbprofilename dbslb disableprimaryondown dns64 dnsoverhttps dnsprofilename downstateflush hashlength healththreshold httpprofilename httpsredirecturl icmpvsrresponse insertvserveripport ipmask ippattern ipset ipv46 l2conn lbmethod lbprofilename listenpolicy listenpriority m macmoderetainvlan maxautoscalemembers minautoscalemembers mssqlserverversion mysqlcharacterset mysqlprotocolversion mysqlservercapabilities mysqlserverversion name netmask netprofile newservicerequest newservicerequestincrementinterval newservicerequestunit nodefaultbindings oracleserverversion orderthreshold persistavpno persistencebackup persistencetype persistmask port probeport probeprotocol probesuccessresponsecode processlocal push pushlabel pushmulticlients pushvserver quicbridgeprofilename quicprofilename range recursionavailable redirectfromport redirectportrewrite redirurl resrule retainconnectionsoncluster rhistate rtspnat rule servicetype sessionless skippersistency sobackupaction somethod sopersistence sopersistencetimeout sothreshold tcpprobeport tcpprofilename td timeout toggleorder tosid trofspersistence v6netmasklen v6persistmasklen vipheader",
    update:
      "adfsproxyprofile apiprofile appflowlog authentication authenticationhost authn401 authnprofile authnvsname backuplbmethod backuppersistencetimeout backupvserver bypassaaaa cacheable clttimeout comment connfailover cookiename datalength dataoffset dbprofilename dbslb disableprimaryondown dns64 dnsoverhttps dnsprofilename downstateflush hashlength healththreshold httpprofilename httpsredirecturl icmpvsrresponse insertvserveripport ipmask ippattern ipset ipv46 l2conn lbmethod lbprofilename listenpolicy listenpriority m macmoderetainvlan maxautoscalemembers minautoscalemembers mssqlserverversion mysqlcharacterset mysqlprotocolversion mysqlservercapabilities mysqlserverversion name netmask netprofile newservicerequest newservicerequestincrementinterval newservicerequestunit oracleserverversion order orderthreshold persistavpno persistencebackup persistencetype persistmask probeport probeprotocol probesuccessresponsecode processlocal push pushlabel pushmulticlients pushvserver quicbridgeprofilename quicprofilename recursionavailable redirectfromport redirectportrewrite redirurl resrule retainconnectionsoncluster rhistate rtspnat rule servicename sessionless skippersistency sobackupaction somethod sopersistence sopersistencetimeout sothreshold tcpprobeport tcpprofilename timeout toggleorder tosid trofspersistence v6netmasklen v6persistmasklen vipheader weight",
    immutable: "nodefaultbindings port range servicetype td",
    readonly:
      "value ipmapping ngname type curstate effectivestate status lbrrreason redirect precedence homepage dnsvservername domain cachevserver health ruletype groupname cookiedomain map gt2gb consolidatedlconn consolidatedlconngbl thresholdvalue bindpoint version totalservices activeservices statechangetimesec statechangetimeseconds statechangetimemsec tickssincelaststatechange isgslb vsvrdynconnsothreshold backupvserverstatus nodefaultbindings currentactiveorder _nextgenapiresource",
    asString:
      "range timeout backuppersistencetimeout hashlength v6netmasklen listenpriority v6persistmasklen tosid datalength dataoffset clttimeout sopersistencetimeout healththreshold sothreshold mysqlprotocolversion mysqlcharacterset mysqlservercapabilities newservicerequest newservicerequestincrementinterval minautoscalemembers maxautoscalemembers td weight health ruletype totalservices activeservices statechangetimeseconds statechangetimemsec tickssincelaststatechange vsvrdynconnsothreshold",
    enums: {
      appflowlog: "DISABLED ENABLED",
      authentication: "OFF ON",
      authn401: "OFF ON",
      backuplbmethod:
        "CUSTOMLOAD LEASTBANDWIDTH LEASTCONNECTION LEASTPACKETS LEASTRESPONSETIME ROUNDROBIN SOURCEIPHASH",
      bypassaaaa: "NO YES",
      cacheable: "NO YES",
      connfailover: "DISABLED STATEFUL STATELESS",
      dbslb: "DISABLED ENABLED",
      disableprimaryondown: "DISABLED ENABLED",
      dns64: "DISABLED ENABLED",
      dnsoverhttps: "DISABLED ENABLED",
      downstateflush: "DISABLED ENABLED",
      icmpvsrresponse: "ACTIVE PASSIVE",
      insertvserveripport: "OFF V6TOV4MAPPING VIPADDR",
      l2conn: "OFF ON",
      lbmethod:
        "AUDITLOGHASH CALLIDHASH CUSTOMLOAD DESTINATIONIPHASH DOMAINHASH LEASTBANDWIDTH LEASTCONNECTION LEASTPACKETS LEASTREQUEST LEASTRESPONSETIME LRTM ROUNDROBIN SOURCEIPHASH SRCIPDESTIPHASH SRCIPSRCPORTHASH STATICPROXIMITY TOKEN URLHASH USER_TOKEN",
      m: "IP IPTUNNEL MAC TOS",
      macmoderetainvlan: "DISABLED ENABLED",
      mssqlserverversion: "2000 2000SP1 2005 2008 2008R2 2012 2014 70",
      newservicerequestunit: "PERCENT PER_SECOND",
      oracleserverversion: "10G 11G",
      persistencebackup: "NONE SOURCEIP",
      persistencetype:
        "CALLID COOKIEINSERT CUSTOMSERVERID DESTIP DIAMETER FIXSESSION NONE RTSPSID RULE SOURCEIP SRCIPDESTIP SSLSESSION URLPASSIVE USERSESSION",
      probeprotocol: "HTTP TCP",
      processlocal: "DISABLED ENABLED",
      push: "DISABLED ENABLED",
      pushmulticlients: "NO YES",
      recursionavailable: "NO YES",
      redirectportrewrite: "DISABLED ENABLED",
      retainconnectionsoncluster: "NO YES",
      rhistate: "ACTIVE PASSIVE",
      rtspnat: "OFF ON",
      servicetype:
        "ANY DHCPRA DIAMETER DNS DNS_TCP DOT DTLS FIX FTP HTTP HTTP_QUIC IPFIX KAFKA_PRODUCER LOGSTREAM MONGO MONGO_TLS MQTT MQTT_TLS MSSQL MYSQL NNTP ORACLE PROXY PUSH QUIC QUIC_BRIDGE RADIUS RDP RTSP SIP_SSL SIP_TCP SIP_UDP SMPP SSL SSL_BRIDGE SSL_DIAMETER SSL_FIX SSL_PROXY SSL_PUSH SSL_TCP SYSLOGTCP SYSLOGUDP TCP TFTP UDP USER_SSL_TCP USER_TCP",
      sessionless: "DISABLED ENABLED",
      skippersistency: "Bypass None ReLb",
      sobackupaction: "ACCEPT DROP REDIRECT",
      somethod: "BANDWIDTH CONNECTION DYNAMICCONNECTION HEALTH NONE",
      sopersistence: "DISABLED ENABLED",
      toggleorder: "ASCENDING DESCENDING",
      trofspersistence: "DISABLED ENABLED",
    },
  },
  lbvserver_servicegroup_binding: {
    str: "servicegroupname servicename name",
    int: "order weight",
    add: "name order servicegroupname servicename weight",
    update: "order servicename weight",
    immutable: "name servicegroupname",
    asString: "weight",
  },
};
