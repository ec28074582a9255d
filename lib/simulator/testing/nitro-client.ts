import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../index";

// A deliberately thin NITRO caller for the simulator's own tests (real HTTP, no client logic).

export interface Reply {
  status: number;
  json: Record<string, unknown>;
  headers: Headers;
}

export class TestNitro {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    return { status: res.status, json, headers: res.headers };
  }

  async login(username = "nsroot", password = "nsroot"): Promise<Reply> {
    const reply = await this.call("POST", "/nitro/v1/config/login", {
      login: { username, password },
    });
    const token = reply.json.sessionid;
    if (typeof token === "string") this.cookie = `NITRO_AUTH_TOKEN=${token}`;
    return reply;
  }

  get = (path: string): Promise<Reply> => this.call("GET", `/nitro/v1/${path}`);
  add = (type: string, obj: unknown, query = ""): Promise<Reply> =>
    this.call("POST", `/nitro/v1/config/${type}${query}`, { [type]: obj });
  put = (type: string, obj: unknown, path = ""): Promise<Reply> =>
    this.call("PUT", `/nitro/v1/config/${type}${path}`, { [type]: obj });
  action = (type: string, action: string, obj: unknown): Promise<Reply> =>
    this.call("POST", `/nitro/v1/config/${type}?action=${action}`, { [type]: obj });
  del = (type: string, nameAndQuery: string): Promise<Reply> =>
    this.call("DELETE", `/nitro/v1/config/${type}/${nameAndQuery}`);
  /** An LB vserver from its usual four attributes, plus any others. */
  addLbVserver = (
    name: string,
    servicetype: string,
    ipv46: string,
    port: number,
    extra: Record<string, unknown> = {},
  ): Promise<Reply> => this.add("lbvserver", { name, servicetype, ipv46, port, ...extra });

  /** Rows of a GET (the key is absent when the list is empty). */
  async rows(path: string): Promise<Record<string, unknown>[]> {
    const reply = await this.get(path);
    if (reply.status !== 200)
      throw new Error(`GET ${path}: ${reply.status} ${JSON.stringify(reply.json)}`);
    const type = path.split("?")[0]?.split("/")[1] ?? "";
    const value = reply.json[type];
    return Array.isArray(value)
      ? (value as Record<string, unknown>[])
      : value
        ? [value as Record<string, unknown>]
        : [];
  }
}

export async function startWithClient(
  options: SimulatorOptions = {},
): Promise<{ sim: RunningSimulator; nitro: TestNitro }> {
  const sim = await startSimulator(options);
  const nitro = new TestNitro(sim.url);
  await nitro.login(options.username, options.password);
  return { sim, nitro };
}

/** Polls until `check` passes or the time is up (member probes are asynchronous). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
