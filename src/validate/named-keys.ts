/** How to report a key that is not one of a map's names, when its keys name things (components …), not settings. */
export interface NamedKeys {
  rule: string;
  /** What the keys name, e.g. `component`. */
  noun: string;
  /** Says why the key is wrong, e.g. `"publications" is not a component Vita draws.`. */
  unknown: (key: string) => string;
  /** Where the names are explained, for the hint. */
  docs: string;
}

const registry = new WeakMap<object, NamedKeys>();

/** Marks an object schema whose keys are names of things, so an unknown key gets its own rule and message. */
export function withNamedKeys<S extends object>(schema: S, names: NamedKeys): S {
  registry.set(schema, names);
  return schema;
}

/** The naming of an object schema's keys, when it has one. */
export function namedKeysOf(schema: unknown): NamedKeys | undefined {
  return schema !== null && typeof schema === 'object' ? registry.get(schema) : undefined;
}
