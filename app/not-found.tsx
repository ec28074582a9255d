import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        This page does not exist, or you do not have access to it.
      </p>
      <Link href="/topologies" className={buttonClasses("secondary", "mt-6")}>
        Back to topologies
      </Link>
    </main>
  );
}
