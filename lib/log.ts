// A tiny leveled logger. It never formats objects itself, so callers decide what is safe
// to print; redactSecrets() is applied to every line as a last line of defence.
import { getEnv } from "@/lib/env";

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

// Each pattern keeps its first group and hides what follows it.
const secretPatterns: RegExp[] = [
  /(postgres(?:ql)?:\/\/[^:/\s]+:)[^@\s]+(?=@)/gi,
  /(NITRO_AUTH_TOKEN=)[^;\s]+/gi,
  /("?password"?\s*[:=]\s*"?)[^",\s}]+/gi,
];

export function redactSecrets(text: string): string {
  return secretPatterns.reduce((out, pattern) => out.replace(pattern, "$1***"), text);
}

function threshold(): number {
  try {
    return levels[getEnv().LOG_LEVEL];
  } catch {
    return levels.info;
  }
}

function write(level: Level, message: string): void {
  if (levels[level] < threshold()) return;
  const line = `${new Date().toISOString()} ${level.padEnd(5)} ${redactSecrets(message)}`;
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export const log = {
  debug: (message: string) => write("debug", message),
  info: (message: string) => write("info", message),
  warn: (message: string) => write("warn", message),
  error: (message: string) => write("error", message),
};
