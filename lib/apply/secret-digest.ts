// Secrets are recorded only as keyed digests (HMAC under the app secret, bound to the object
// and attribute), enough to notice that a wanted secret changed without storing it.
import { createHmac } from "node:crypto";
import { getAppSecret } from "@/lib/env";
import type { AttributeValue } from "@/lib/topology/compile/desired";

export function secretDigest(identityKey: string, attribute: string, value: AttributeValue) {
  const mac = createHmac("sha256", getAppSecret());
  mac.update(`apply-secret\n${identityKey}\n${attribute}\n${String(value)}`);
  return `hmac-sha256:${mac.digest("hex")}`;
}
