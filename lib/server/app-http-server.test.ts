// The launcher's own HTTP server, over real loopback sockets: what Next would be handed as
// X-Forwarded-For when a client forges the header.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAppHttpServer } from "./app-http-server";
import type { ProxyTrust } from "./proxy-trust";

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Starts the server with a handler that answers the X-Forwarded-For it was given. */
async function serve(trust: ProxyTrust, host = "127.0.0.1"): Promise<string> {
  const server = createAppHttpServer(async (req, res) => {
    res.end(String(req.headers["x-forwarded-for"]));
  }, trust);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

async function seenAddress(url: string, forwardedFor?: string): Promise<string> {
  const res = await fetch(url, {
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  });
  return res.text();
}

describe("the launcher's HTTP server", () => {
  it("without proxies, replaces a forged X-Forwarded-For with the socket's address", async () => {
    const url = await serve({ kind: "none" });
    expect(await seenAddress(url, "198.51.100.66")).toBe("127.0.0.1");
    expect(await seenAddress(url)).toBe("127.0.0.1");
  });

  it("behind one proxy, takes the address it appended, not the client's leftmost value", async () => {
    const url = await serve({ kind: "hops", hops: 1 });
    expect(await seenAddress(url, "198.51.100.66, 203.0.113.9")).toBe("203.0.113.9");
    expect(await seenAddress(url, "198.51.100.66,203.0.113.9:4431")).toBe("203.0.113.9");
    expect(await seenAddress(url, "not-an-address")).toBe("127.0.0.1");
  });

  it("with trusted ranges, skips the loopback proxy and stops at the first other hop", async () => {
    const url = await serve({
      kind: "addresses",
      ranges: [
        { address: "127.0.0.0", prefix: 8, family: "ipv4" },
        { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      ],
    });
    expect(await seenAddress(url, "10.1.1.1, 203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
  });

  it("over IPv6 loopback", async () => {
    const url = await serve({ kind: "hops", hops: 1 }, "::1");
    expect(await seenAddress(url, "198.51.100.66, [2001:db8::9]:443")).toBe("2001:db8::9");
    const direct = await serve({ kind: "none" }, "::1");
    expect(await seenAddress(direct, "198.51.100.66")).toBe("::1");
  });
});
