// Whether a PID names a running process: signal 0 checks without sending anything. EPERM means
// it runs under another user, which is still alive. Shared by the PostgreSQL recovery and the
// data-directory lock, which both must not act on a live process.
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
