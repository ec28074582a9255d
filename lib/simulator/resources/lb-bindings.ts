import type { OpContext } from "../core/context";
import { findRow, str } from "../core/rows";
import { NitroError } from "../errors";
import { bindingResource } from "./binding-resource";
import { servicetypeCompatible } from "./rules";

export function checkLbVserver(ctx: OpContext, name: string): void {
  if (!findRow(ctx.table("lbvserver"), "name", name)) {
    throw new NitroError(258, `vServerName, ${name}`);
  }
}

// `bind lb vserver <vs> <serviceGroup>`. Services (servicename) are not simulated.
export const lbvserverGroupBindingResource = bindingResource({
  type: "lbvserver_servicegroup_binding",
  parentKey: "name",
  required: [],
  identity: ["servicegroupname"],
  checkParent: checkLbVserver,
  checkBind(ctx, row) {
    if (row.servicename !== undefined && row.servicegroupname !== undefined) {
      throw new NitroError(1092, "serviceName, serviceGroupName");
    }
    if (row.servicename !== undefined) throw new NitroError(344, String(row.servicename));
    if (row.servicegroupname === undefined) throw new NitroError(1095, "serviceGroupName");
    // The appliance only takes a weight together with a service name.
    if (row.weight !== undefined) throw new NitroError(1093, "weight, serviceName");
    const vs = findRow(ctx.table("lbvserver"), "name", String(row.name));
    const sgName = String(row.servicegroupname);
    const sg = findRow(ctx.table("servicegroup"), "servicegroupname", sgName);
    if (!sg) throw new NitroError(258, `serviceGroupName, ${sgName}`);
    if (!servicetypeCompatible(str(vs, "servicetype") ?? "", str(sg, "servicetype") ?? "")) {
      throw new NitroError(
        1304,
        `${str(vs, "servicetype") ?? ""} vserver, ${str(sg, "servicetype") ?? ""} servicegroup`,
      );
    }
  },
  unbindRequired: ["servicegroupname"],
  key: "name",
});
