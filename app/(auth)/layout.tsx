import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-sm font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">
          NetScaler HA
        </p>
        {children}
      </div>
    </main>
  );
}
