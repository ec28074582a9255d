// What each IGEL port carries and why client-IP forwarding is on or off for it.
import type { PortPurpose } from "@/lib/topology/schema/igel-ums";

export const portPurposeLabels: Record<PortPurpose, string> = {
  "thin-clients": "Device connections (IGEL OS 11)",
  console: "UMS console and IGEL OS 12 devices",
  firmware: "Firmware and file downloads",
  other: "Added port",
};

export const usipWhy: Record<PortPurpose, string> = {
  "thin-clients":
    "On: UMS needs each device's own address to send it commands and to show it online. Without it every device would appear with the SNIP's address.",
  console:
    "Off: with it on, a console inside the UMS subnet would get the server's reply directly instead of through the VIP, and the connection fails.",
  firmware:
    "On, like the device port: the downloads come from the devices, and the SNIP gateway already brings the replies back through the NetScaler.",
  other:
    "On passes the client's own address to UMS; the replies must then return through the SNIP.",
};
