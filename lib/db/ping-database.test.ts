// The health check's ping answers "down" in time, whether the server refuses the connection
// or accepts it and never speaks (a hung or blackholed external DATABASE_URL).
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, pingDatabase } from "@/lib/db/client";
import { findFreePort } from "@/lib/server/free-port";

let silent: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe("pingDatabase", () => {
  it("is true for the test database", async () => {
    expect(await pingDatabase()).toBe(true);
  });

  it("is false when nothing listens", async () => {
    const db = createDatabaseClient(`postgresql://u:p@127.0.0.1:${await findFreePort()}/db`);
    expect(await pingDatabase(db)).toBe(false);
    await db.$disconnect();
  });

  it("is false within its timeout when the server accepts and never answers", async () => {
    const { port } = silent.address() as AddressInfo;
    const db = createDatabaseClient(`postgresql://u:p@127.0.0.1:${port}/db`);
    const started = Date.now();
    expect(await pingDatabase(db, 1_000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
