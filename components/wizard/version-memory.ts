// The newest version this tab saved, per topology. A page restored from the router cache
// (browser Back) may carry an older version; knowing a newer one exists lets the wizard
// refresh instead of reporting a conflict with the admin's own earlier save.
const key = (topologyId: string) => `wizard-version:${topologyId}`;

export function rememberVersion(topologyId: string, version: number): void {
  try {
    sessionStorage.setItem(key(topologyId), String(version));
  } catch {
    // Storage may be off (private mode): the conflict check on the server still protects.
  }
}

export function rememberedVersion(topologyId: string): number {
  try {
    return Number(sessionStorage.getItem(key(topologyId)) ?? 0) || 0;
  } catch {
    return 0;
  }
}
