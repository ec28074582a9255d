/** One page for every link that does not work, so nobody learns which links once existed. */
export default function SharedLinkNotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="mb-6 text-sm font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">
        NetScaler HA
      </p>
      <h1 className="text-2xl font-semibold">This link does not work</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        It may have expired or been revoked. Ask the person who shared it for a new link.
      </p>
    </main>
  );
}
