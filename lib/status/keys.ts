// Object keys shared by snapshots, transitions and the UI: the planner's DesiredObject ids,
// so a history row names the same object as the plan and the apply log do.

export function vserverKey(name: string): string {
  return `lbvserver/${name}`;
}

export function memberKey(serviceGroup: string, server: string, port: number): string {
  return `servicegroup_servicegroupmember_binding/${serviceGroup}/${server}/${port}`;
}

/** History key of the appliance's own reachability. */
export const APPLIANCE_KEY = "appliance";
