// The monitors every appliance ships with: seeded into a fresh configuration and never removable.
export const BUILTIN_MONITORS: readonly (readonly [string, string])[] = [
  ["ping-default", "PING"],
  ["tcp-default", "TCP"],
  ["arp", "ARP"],
  ["nd6", "ND6"],
  ["ping", "PING"],
  ["tcp", "TCP"],
  ["http", "HTTP"],
  ["tcp-ecv", "TCP-ECV"],
  ["http-ecv", "HTTP-ECV"],
  ["udp-ecv", "UDP-ECV"],
  ["dns", "DNS"],
  ["ftp", "FTP"],
  ["tcps", "TCP"],
  ["https", "HTTP"],
  ["tcps-ecv", "TCP-ECV"],
  ["https-ecv", "HTTP-ECV"],
];
