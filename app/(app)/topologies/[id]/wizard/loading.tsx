// The step's own area while its server parts load; the shell (stepper, heading) stays.
export default function StepLoading() {
  return (
    <div
      aria-busy="true"
      aria-live="polite"
      className="animate-pulse space-y-4"
      data-testid="wizard-step-loading"
    >
      <span className="sr-only">Loading the step…</span>
      <div className="h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-10 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-10 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-24 rounded bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
