// Label values people recognise: the name, unless two different objects share it (two
// workspaces may each have an appliance called "NetScaler"), then the name and a short id, so
// two series never collapse into one.
export function uniqueLabels(
  items: ReadonlyArray<{ id: string; name: string }>,
): (id: string) => string {
  const idsByName = new Map<string, Set<string>>();
  const nameById = new Map<string, string>();
  for (const { id, name } of items) {
    nameById.set(id, name);
    idsByName.set(name, (idsByName.get(name) ?? new Set<string>()).add(id));
  }
  return (id) => {
    const name = nameById.get(id) ?? id;
    return (idsByName.get(name)?.size ?? 0) > 1 ? `${name} (${id.slice(0, 8)})` : name;
  };
}
