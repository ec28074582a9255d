import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// The same page for an unknown, expired, canceled or used link: it tells a stranger nothing.
export default function InvitationNotFound() {
  return (
    <Card>
      <h1 className="text-xl font-semibold">This invitation is no longer valid</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        It may have expired, been canceled or used already, or the link is incomplete. Ask the
        workspace owner who invited you for a new link.
      </p>
      <Link href="/sign-in" className={buttonClasses("secondary", "mt-5")}>
        Go to sign-in
      </Link>
    </Card>
  );
}
