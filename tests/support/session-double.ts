// The request an integration test runs server actions and route handlers under: who is signed
// in (workspace and role), the client's address, and a no-op revalidatePath. A test file
// replaces the three modules with this one, so nothing else decides who is asking:
//
//   vi.mock("@/lib/auth/session", () => import("../support/session-double"));
//   vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
//   vi.mock("next/cache", () => import("../support/session-double"));
//
// vi.mock is hoisted within the test file only, so each file names the three itself; the
// factories load this module, the same instance the test imports signInAs and the setters from.
// Each test file has its own module graph, so the state below never leaks between files.
import type { Role } from "@/lib/auth/roles";
import type {
  AppSession,
  getAppSession as realGetAppSession,
  requireAppSession as realRequireAppSession,
} from "@/lib/auth/session";
import type { getClientAddress as realGetClientAddress } from "@/lib/server/client-address";
import type { revalidatePath as realRevalidatePath } from "next/cache";

export interface Member {
  userId: string;
  workspaceId: string;
}

export interface Caller extends Member {
  role: Role;
}

/** The rest of the session: the names a page or an email shows for the signed-in user. */
export interface Profile {
  userName: string;
  email: string;
  workspaceName: string;
}

const DEFAULT_PROFILE: Profile = {
  userName: "Tester",
  email: "tester@example.test",
  workspaceName: "Test workspace",
};

let current: Caller | null = null;
let profile: Profile = DEFAULT_PROFILE;
let clientAddress = "127.0.0.1";

/** Signs in as `caller` with their own role, or as `member` with `role`. */
export function signInAs(caller: Caller): void;
export function signInAs(member: Member, role: Role): void;
export function signInAs(member: Member & { role?: Role }, role?: Role): void {
  const as = role ?? member.role;
  if (as === undefined) throw new TypeError("signInAs needs a role");
  current = { userId: member.userId, workspaceId: member.workspaceId, role: as };
}

export function signOut(): void {
  current = null;
}

/** The names every later session in this file carries (default: Tester, Test workspace). */
export function setSessionProfile(names: Partial<Profile>): void {
  profile = { ...DEFAULT_PROFILE, ...names };
}

/** The address getClientAddress answers from now on in this file (default: 127.0.0.1). */
export function setClientAddress(address: string): void {
  clientAddress = address;
}

// "@/lib/auth/session"
export const getAppSession: typeof realGetAppSession = async (): Promise<AppSession | null> =>
  current && { ...current, ...profile };

export const requireAppSession: typeof realRequireAppSession = async () => {
  const session = await getAppSession();
  if (!session) throw new Error("signed out");
  return session;
};

// "@/lib/server/client-address"
export const getClientAddress: typeof realGetClientAddress = async () => clientAddress;

// "next/cache"
export const revalidatePath: typeof realRevalidatePath = () => undefined;
