// Column headers and cell helpers both kinds' address and firewall tables share.

export const ADDRESS_COLUMNS = ["What", "Address", "Port", "Protocol", "Purpose"] as const;
export const FIREWALL_COLUMNS = ["From", "To", "Ports", "Why"] as const;

/** An empty cell, visible so a printed table does not look unfinished. */
export const NONE = "–";

/** "TCP 443, 8443" (ports in the topology's order, each once). */
export function portList(protocol: string, ports: readonly number[]): string {
  return `${protocol} ${[...new Set(ports)].join(", ")}`;
}
