// A real SMTP server on loopback for mail tests: plain (no STARTTLS, so a test must opt in with
// SMTP_INSECURE), recording every message it accepts with its envelope.
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface LoopbackSmtpServer {
  port: number;
  /** Every message accepted so far; tests empty it between cases. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** `auth` adds the server's AUTH settings (methods, checker); without it AUTH is optional. */
export async function startLoopbackSmtpServer(
  auth: Pick<SMTPServerOptions, "authMethods" | "onAuth"> | null = null,
): Promise<LoopbackSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    ...(auth ? { ...auth, allowInsecureAuth: true } : { authOptional: true }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
