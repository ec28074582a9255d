// How large an imported topology file may be. A real one is a few kilobytes; the limit only
// stops a wrong file (a log, an image) from being read and echoed back as thousands of problems.

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_LABEL = "1 MiB";

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 200;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function tooLargeMessage(bytes: number): string {
  const size =
    bytes >= 1024 * 1024
      ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
      : `${Math.ceil(bytes / 1024)} KiB`;
  return `The file is ${size}; a topology file may be at most ${MAX_IMPORT_LABEL} (an exported one is a few kilobytes). Check that you chose the right file.`;
}
