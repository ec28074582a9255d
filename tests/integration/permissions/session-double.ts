// The signed-in caller, as a permission test sets it. Each test file replaces
// "@/lib/auth/session" with `sessionModule` (vi.mock), so server actions and route handlers see
// exactly this user, workspace and role, and nothing else decides who is asking.
import type { Role } from "@/lib/auth/roles";
import type { AppSession } from "@/lib/auth/session";

export interface Caller {
  userId: string;
  workspaceId: string;
  role: Role;
}

let current: Caller | null = null;

export function signInAs(caller: Caller): void {
  current = { userId: caller.userId, workspaceId: caller.workspaceId, role: caller.role };
}

export function signOut(): void {
  current = null;
}

export const sessionModule = {
  getAppSession: async (): Promise<AppSession | null> =>
    current && {
      ...current,
      userName: "Tester",
      email: "tester@example.test",
      workspaceName: "Test workspace",
    },
};
