// The same URL encoding lib/nitro uses (a test keeps them equal). Copied rather than imported
// so this pure export code does not pull the NITRO client into the browser bundle.

/** RFC 3986 strict: also encodes !'()* which encodeURIComponent leaves alone. */
export function encodeStrict(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Names in the URL path are encoded twice so "/", space and "#" survive the appliance. */
export function encodeName(name: string): string {
  return encodeStrict(encodeStrict(name));
}
