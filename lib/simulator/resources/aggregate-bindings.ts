import type { OpContext } from "../core/context";
import { findRow, str } from "../core/rows";
import type { Row } from "../core/store";
import { NitroError } from "../errors";
import { checkLbVserver, lbvserverGroupBindingResource } from "./lb-bindings";
import { monitorBindingResource } from "./monitors";
import { memberBindingResource } from "./servicegroup-members";
import type { ReadOptions, ResourceHandler } from "./types";

// Read-only views a status poller uses: members as seen from a vserver, and the aggregate
// `<a>_binding` objects that nest every binding kind of one object.

function vserverMemberRows(ctx: OpContext, vs: Row): Row[] {
  const states = ctx.app.states;
  return ctx
    .table("lbvserver_servicegroup_binding")
    .filter((b) => b.name === vs.name)
    .flatMap((b) => {
      const sg = findRow(
        ctx.table("servicegroup"),
        "servicegroupname",
        str(b, "servicegroupname") ?? "",
      );
      return states
        .membersOfGroup(ctx.app.store, ctx.partition, str(b, "servicegroupname") ?? "")
        .map((m) => ({
          name: vs.name,
          servicegroupname: m.servicegroupname,
          ipv46:
            str(findRow(ctx.table("server"), "name", str(m, "servername") ?? ""), "ipaddress") ??
            "0.0.0.0",
          port: m.port,
          servicetype: str(sg, "servicetype"),
          curstate: states.memberState(ctx.app.store, ctx.partition, m, ctx.now),
          weight: String(m.weight ?? 1),
          dynamicweight: "0",
        }));
    });
}

function readOnly(
  type: string,
  key: string,
  parents: string,
  build: (ctx: OpContext, parent: Row, options: ReadOptions) => Row,
  checkParent: (ctx: OpContext, name: string) => void,
): ResourceHandler {
  return {
    type,
    kind: "binding",
    key,
    get(ctx, name, options) {
      if (name === undefined) {
        if (!options.bulk) throw new NitroError(1095, key);
        return ctx.table(parents).map((p) => build(ctx, p, options));
      }
      checkParent(ctx, name);
      const parent = findRow(ctx.table(parents), key, name) ?? {};
      return [build(ctx, parent, options)];
    },
  };
}

const nonEmpty = (rows: Row[]): Row[] | undefined => (rows.length > 0 ? rows : undefined);

export const lbvserverMemberViewResource: ResourceHandler = {
  type: "lbvserver_servicegroupmember_binding",
  kind: "binding",
  key: "name",
  get(ctx, name, { bulk }) {
    if (name === undefined) {
      if (!bulk) throw new NitroError(1095, "name");
      return ctx.table("lbvserver").flatMap((vs) => vserverMemberRows(ctx, vs));
    }
    checkLbVserver(ctx, name);
    return vserverMemberRows(ctx, findRow(ctx.table("lbvserver"), "name", name) ?? {});
  },
};

export const lbvserverAggregateResource = readOnly(
  "lbvserver_binding",
  "name",
  "lbvserver",
  (ctx, vs, options) => ({
    name: vs.name,
    lbvserver_servicegroup_binding: nonEmpty(
      lbvserverGroupBindingResource.get(ctx, String(vs.name), options),
    ),
    lbvserver_servicegroupmember_binding: nonEmpty(vserverMemberRows(ctx, vs)),
  }),
  checkLbVserver,
);

export const servicegroupAggregateResource = readOnly(
  "servicegroup_binding",
  "servicegroupname",
  "servicegroup",
  (ctx, sg, options) => ({
    servicegroupname: sg.servicegroupname,
    servicegroup_servicegroupmember_binding: nonEmpty(
      memberBindingResource.get(ctx, String(sg.servicegroupname), options),
    ),
    servicegroup_lbmonitor_binding: nonEmpty(
      monitorBindingResource.get(ctx, String(sg.servicegroupname), options),
    ),
  }),
  (ctx, name) => {
    if (!findRow(ctx.table("servicegroup"), "servicegroupname", name)) {
      throw new NitroError(258, `serviceGroupName, ${name}`);
    }
  },
);
