// One Prisma client per server process, through the pg driver adapter (no native engine).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// A load balancer's health check must get an answer even when the server does not (a
// blackholed DATABASE_URL host would otherwise hold the check until TCP gives up).
const PING_TIMEOUT_MS = 3_000;

export function createDatabaseClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  }
  return createDatabaseClient(connectionString);
}

/** Lazily created so that importing this module during `next build` needs no database. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/** True when the database answers a trivial query in time: what the health check reports. */
export async function pingDatabase(
  db?: PrismaClient,
  timeoutMs = PING_TIMEOUT_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = (async () => {
    try {
      await (db ?? getDb()).$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  })();
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
