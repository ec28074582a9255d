// Questions on the terminal: a password without echo, and a yes/no confirmation. Prompts go
// to stderr so that stdout holds only the requested output.
import { createInterface } from "node:readline";
import { InterruptedError } from "./exit-codes";
import { ask } from "./output";

const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const BACKSPACES = new Set(["\u007f", "\b"]);

/** Reads one line from a TTY in raw mode, echoing nothing; Ctrl+C rejects. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  // Raw mode before the prompt: keys typed as soon as it shows must not be echoed.
  input.setRawMode(true);
  input.setEncoding("utf8");
  input.resume();
  ask(question);
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      ask("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === CTRL_D) return finish();
        if (char === CTRL_C) return finish(new InterruptedError());
        if (BACKSPACES.has(char)) value = value.slice(0, -1);
        else if (char >= " ") value += char;
      }
    };
    input.on("data", onData);
  });
}

/** Asks a yes/no question on the terminal; anything but y/yes is no, Ctrl+C rejects. */
export function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise<boolean>((resolve, reject) => {
    // Settled before close(): its "close" event (stdin ended without an answer) says no.
    rl.once("close", () => resolve(false));
    rl.once("SIGINT", () => {
      ask("\n");
      reject(new InterruptedError());
      rl.close();
    });
    rl.question(question, (answer) => {
      resolve(/^\s*y(es)?\s*$/i.test(answer));
      rl.close();
    });
  });
}
