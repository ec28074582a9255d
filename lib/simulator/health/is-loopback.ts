import { isIPv4, isIPv6 } from "node:net";

// The single gate between simulated state and real network traffic: the simulator only ever
// opens a socket to an address this function accepts. It accepts IP *literals* in 127.0.0.0/8,
// ::1 and IPv4-mapped 127.x (::ffff:127.x.y.z); anything else, including names that merely
// look local ("localhost", "127.0.0.1.nip.io"), is refused so no DNS lookup can ever happen.

function ipv4IsLoopback(address: string): boolean {
  // isIPv4 rejects shorthand ("127.1"), octal-looking and out-of-range forms.
  return isIPv4(address) && address.split(".")[0] === "127";
}

/** Expands an IPv6 literal into 8 numeric hextets; undefined when it is not a plain literal. */
function ipv6Hextets(address: string): number[] | undefined {
  if (!isIPv6(address) || address.includes("%")) return undefined;
  let text = address.toLowerCase();
  const lastColon = text.lastIndexOf(":");
  const dotted = text.slice(lastColon + 1);
  if (dotted.includes(".")) {
    // Rewrite an embedded IPv4 tail ("::ffff:127.0.0.1") as two hextets.
    const [a = 0, b = 0, c = 0, d = 0] = dotted.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string): number[] =>
    part.length === 0 ? [] : part.split(":").map((h) => parseInt(h, 16));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  return [...left, ...new Array<number>(missing).fill(0), ...right];
}

export function isLoopback(address: string): boolean {
  if (typeof address !== "string") return false;
  if (ipv4IsLoopback(address)) return true;
  const h = ipv6Hextets(address);
  if (!h || h.length !== 8) return false;
  const zeros = (from: number, to: number): boolean => h.slice(from, to).every((x) => x === 0);
  if (zeros(0, 7) && h[7] === 1) return true; // ::1
  // ::ffff:127.x.y.z (IPv4-mapped): the high byte of hextet 6 is the first IPv4 octet.
  return zeros(0, 5) && h[5] === 0xffff && (h[6] ?? 0) >> 8 === 127;
}

/** The host to hand to connect(): mapped addresses are dialled as plain IPv4. */
export function loopbackConnectHost(address: string): string {
  const h = ipv6Hextets(address);
  if (h && h[5] === 0xffff && h.slice(0, 5).every((x) => x === 0)) {
    const hi = h[6] ?? 0;
    const lo = h[7] ?? 0;
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return address;
}
