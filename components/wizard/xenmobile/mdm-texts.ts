// What each MDM port carries, for the vserver cards on the MDM step.

export const mdmPortTexts: Partial<Record<number, { title: string; text: string }>> = {
  443: {
    title: "Device management with device certificates",
    text: "Enrolled devices receive MDM commands here and prove who they are with the certificate XMS issued them, inside the TLS handshake. Only XMS can check it, so the TLS must reach the node untouched.",
  },
  8443: {
    title: "Enrollment and the app store",
    text: "XMS's second HTTPS port, the one without device-certificate checks, used while a device enrolls and for the app store. It is bridged as well, so devices meet XMS's own certificate on both ports.",
  },
};

export const STANDARD_MDM_PORTS = [443, 8443] as const;
