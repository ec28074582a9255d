import Link from "next/link";
import { FilterSelect } from "@/components/audit/filter-select";
import { TimeZoneInput } from "@/components/audit/time-zone-input";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionMenuGroup } from "@/lib/audit/action-categories";
import { AUDIT_PATH } from "@/lib/audit/audit-href";
import type { AuditFilterValues } from "@/lib/audit/filters";
import type { AuditFilterOptions } from "@/lib/audit/filter-options";

/**
 * The filters as a GET form: submitting puts them in the URL, so a filtered view can be
 * bookmarked or sent to a colleague.
 */
export function AuditFilterForm({
  values,
  options,
  menu,
}: {
  values: AuditFilterValues;
  options: AuditFilterOptions;
  menu: ActionMenuGroup[];
}) {
  return (
    <form method="get" action={AUDIT_PATH} aria-label="Filter the audit log" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect name="action" label="Action" value={values.action}>
          <option value="">Any action</option>
          {menu.map((group) => (
            <optgroup key={group.prefix} label={group.label}>
              <option value={group.prefix}>All: {group.label.toLowerCase()}</option>
              {group.actions.map((item) => (
                <option key={item.action} value={item.action}>
                  {group.label}: {item.label}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <FilterSelect name="actor" label="Person" value={values.actor}>
          <option value="">Anyone</option>
          {options.members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name} ({member.email})
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="topology" label="Topology" value={values.topology}>
          <option value="">Any topology</option>
          {options.topologies.map((topology) => (
            <option key={topology.id} value={topology.id}>
              {topology.name}
              {topology.archived ? " (archived)" : ""}
            </option>
          ))}
        </FilterSelect>
        <Field name="from" label="From" type="date" defaultValue={values.from} />
        <Field name="to" label="To" type="date" defaultValue={values.to} />
        <Field
          name="q"
          label="Action contains"
          type="search"
          defaultValue={values.q}
          maxLength={100}
          placeholder="e.g. applied, role, share"
        />
      </div>
      <TimeZoneInput fallback={values.tz} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Filter</Button>
        <Link href={AUDIT_PATH} className={buttonClasses("ghost")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
