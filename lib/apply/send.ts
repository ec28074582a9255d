// Sends one NitroCall through the client (its normal error handling, typed NitroErrors).
import type { NitroClient } from "@/lib/nitro";
import type { NitroCall } from "./requests";

export async function send(client: NitroClient, call: NitroCall): Promise<void> {
  switch (call.op) {
    case "add":
      await client.add(call.resource, call.payload);
      return;
    case "bind":
      await client.bind(call.resource, call.payload);
      return;
    case "update":
      await client.update(call.resource, call.payload);
      return;
    case "action":
      await client.action(call.resource, call.action, call.payload);
      return;
    case "remove":
      await client.remove(call.resource, call.name, call.args);
      return;
    case "unbind":
      await client.unbind(call.resource, call.name, call.args);
      return;
  }
}
