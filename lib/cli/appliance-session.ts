// Everything a plan or apply against a real appliance needs: the connection (with the
// password for this run), the state database, and the ids of the rows the engine works on.
import { disposeAllNitroSessions, getNitroClient, type ApplianceConnection } from "@/lib/nitro";
import type { TopologyDocument } from "@/lib/topology";
import type { ApplianceArgs } from "./appliance-args";
import { applianceTarget } from "./connection";
import { note } from "./output";
import { readPassword } from "./password";
import { onCleanup } from "./shutdown";
import { openStateDatabase } from "./state-database";
import { ensureCliTarget, type CliTarget } from "./state-records";

export interface ApplianceSession {
  connection: ApplianceConnection;
  target: CliTarget;
  account: string;
}

export async function openApplianceSession(
  args: ApplianceArgs,
  stateDir: string,
  document: TopologyDocument,
  options: { recordDocument: boolean },
): Promise<ApplianceSession> {
  const target = applianceTarget(args);
  const password = await readPassword(args.passwordEnv, target.account);
  const connection: ApplianceConnection = {
    baseUrl: target.baseUrl,
    username: target.username,
    password,
    partition: target.partition,
    tls: target.tls,
  };
  // Log out of the appliance at exit: NetScaler allows only a limited number of sessions.
  onCleanup(() => disposeAllNitroSessions());
  // One login per command. The plan shown and the apply (which plans again under the lock)
  // each take a client from the session pool, which logs out as soon as its last client is
  // released; this client, held until exit, keeps that one session between them. It sends
  // nothing itself, so a command that fails before reaching the appliance still never logs in.
  const held = getNitroClient(connection);
  onCleanup(() => held.dispose());
  await openStateDatabase(stateDir);
  const ids = await ensureCliTarget(target, document, options.recordDocument);
  note(`Reading ${target.account}…`);
  return { connection, target: ids, account: target.account };
}
