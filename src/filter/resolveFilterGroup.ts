/** The group a `group.name` / `group.arn` term refers to: its key in the map and its expression. */
export interface ResolvedFilterGroup {
  readonly key: string;
  readonly expression: string;
}

const GROUP_ARN_NAME = /:group\/([^/]+)/;

/**
 * Looks a group up in the caller's map (keys are group names or ARNs). `group.arn` tries the full
 * ARN first, then the name inside an X-Ray group ARN (`arn:aws:xray:…:group/NAME/ID`).
 * @example resolveFilterGroup(new Map([["slow", "responsetime > 3"]]), "name", "slow")?.expression
 */
export function resolveFilterGroup(
  groups: ReadonlyMap<string, string>,
  attribute: "name" | "arn",
  value: string,
): ResolvedFilterGroup | undefined {
  const direct = groups.get(value);
  if (direct !== undefined) return { key: value, expression: direct };
  if (attribute === "arn") {
    const name = GROUP_ARN_NAME.exec(value)?.[1];
    const byName = name === undefined ? undefined : groups.get(name);
    if (name !== undefined && byName !== undefined) return { key: name, expression: byName };
  }
  return undefined;
}
