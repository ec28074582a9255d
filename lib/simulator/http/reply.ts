import type { NitroError } from "../errors";

export interface NitroReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const errorReply = (error: NitroError): NitroReply => ({
  status: error.status,
  body: error.toBody(),
});
