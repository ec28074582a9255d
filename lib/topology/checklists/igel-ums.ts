// IGEL UMS checklists with the topology's values filled in. The facts behind each item:
// docs/domain.md#igel-prerequisites and docs/domain.md#igel-after-the-netscaler.
import type { IgelUmsDraft } from "../schema/document";
import type { IgelUmsAfterId, IgelUmsPrerequisiteId } from "./ids";
import { shown, type ChecklistItem } from "./types";

type Item<Id> = ChecklistItem & { id: Id };

export function igelUmsPrerequisites(doc: IgelUmsDraft): Item<IgelUmsPrerequisiteId>[] {
  const db = doc.database;
  const net = doc.network;
  return [
    {
      id: "database-ha",
      title: "Make the shared database highly available",
      detail:
        "Every UMS server depends on the one database; without an HA option such as SQL Server Always On it is the single point of failure.",
    },
    {
      id: "database-created",
      title: "Create the database before UMS connects",
      detail: `Database ${shown(db?.databaseName)} on ${shown(db?.host)} with user ${shown(db?.user)} and schema ${shown(db?.schema)}; UMS does not create it.`,
    },
    {
      id: "ums-installed",
      title: "Install standard UMS with the console on every server",
      detail: `Servers: ${(doc.servers ?? []).map((s) => shown(s.name)).join(", ") || shown(undefined)}.`,
    },
    {
      id: "datasource-active",
      title: "Activate the shared datasource on every UMS server",
      detail: `UMS Administrator > Datasource: ${shown(db?.type)} at ${shown(db?.host)}:${shown(db?.port)}, database ${shown(db?.databaseName)}. The first server creates the schema; the others connect to it.`,
    },
    {
      id: "subnet-routing",
      title: "Route UMS replies back through the NetScaler",
      detail: `With client IP forwarding the UMS servers answer devices directly. Put them in ${shown(net?.umsSubnet)} and make the SNIP ${shown(net?.snip)} their default gateway.`,
    },
  ];
}

export function igelUmsAfter(doc: IgelUmsDraft): Item<IgelUmsAfterId>[] {
  const host = shown(doc.dns?.hostName);
  const vip = shown(doc.network?.vip);
  const os = doc.loadBalancing?.osGeneration ?? "11";
  const items: Item<IgelUmsAfterId>[] = [
    {
      id: "dns-record",
      title: "Point the host name at the VIP",
      detail: `In the DNS your devices and consoles use, ${host} must resolve to ${vip}.`,
    },
    {
      id: "auto-registration",
      title: "Move device auto-registration to the VIP",
      detail: `Point the DNS name igelrmserver or DHCP option 224 at ${vip} (${host}).`,
    },
    {
      id: "console-host",
      title: "Connect the UMS console to the load-balanced name",
      detail: `Use ${host} as the server in the UMS console.`,
    },
    {
      id: "device-profile",
      title: "Point devices at the load-balanced name",
      detail: `Profile setting System > Remote Management > Universal Management Suite: host ${host}; assign the profile to the devices.`,
    },
    {
      id: "cluster-address",
      title: "Set the UMS Cluster Address (IGEL OS 12)",
      detail: `Cluster Address ${host}:8443, and ${host} in the UMS web certificate.`,
    },
    {
      id: "firmware-host",
      title: "Point every firmware at the load-balanced name",
      detail: `Change each firmware's Host to ${host}, and do it again for every firmware downloaded later.`,
    },
    {
      id: "file-replication",
      title: "Replicate firmware files between the UMS servers",
      detail:
        "Downloads land on one server only: replicate the ums_filetransfer folder (…\\IGEL\\RemoteManager\\rmguiserver\\webapps\\ums_filetransfer) between all UMS servers, e.g. with DFS.",
    },
    {
      id: "server-to-device",
      title: "Allow UMS servers to reach devices directly (IGEL OS 11)",
      detail:
        "UMS pushes to devices on TCP/UDP 30005 and runs a UDP online check from each server; that traffic does not pass the VIP, so routing and firewalls must allow it.",
    },
  ];
  return items.filter(
    (item) =>
      (item.id !== "cluster-address" || os !== "11") &&
      (item.id !== "server-to-device" || os !== "12"),
  );
}
