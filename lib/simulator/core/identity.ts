// Who the simulated appliance claims to be. Addresses are documentation-style private ranges the
// simulator never contacts.

export const NSIP = "10.0.0.10";
export const NSIP_NETMASK = "255.255.255.0";
/** The HA peer reported while the simulator plays the secondary node. */
export const PEER_NSIP = "10.0.0.11";
export const DEFAULT_HOSTNAME = "ns-sim-01";
export const VERSION = "NetScaler NS14.1: Build 25.53.nc, Date: Jun 12 2025, 08:05:37   (64-bit)";
