// While the first status is read (up to 3 s when the poller starts), the page keeps its shape.
export default function StatusLoading() {
  return (
    <div
      aria-busy="true"
      aria-live="polite"
      className="animate-pulse space-y-4"
      data-testid="status-loading"
    >
      <span className="sr-only">Reading the live status…</span>
      <div className="h-8 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-16 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-40 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-40 rounded bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
