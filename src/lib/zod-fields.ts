import { z } from 'astro/zod';

/**
 * The field names a schema accepts at a path (["figures", 0]), read from the
 * schema itself, so that "did you mean" suggests only fields valid there.
 */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object': {
      const [head, ...rest] = path;
      if (head === undefined) return Object.keys(def.shape);
      const next = typeof head === 'string' ? def.shape[head] : undefined;
      return next ? fieldsAt(next, rest) : [];
    }
    case 'array':
      return path.length === 0 ? [] : fieldsAt(def.element, path.slice(1));
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
    case 'catch':
      return fieldsAt(def.innerType, path);
    case 'pipe':
      return fieldsAt(def.in, path);
    case 'union':
      return [...new Set(def.options.flatMap((o) => fieldsAt(o, path)))];
    default:
      return [];
  }
}

/** The description (`.describe()`) of the field at a path, for hints; undefined where there is none. */
export function describeAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string | undefined {
  const own = (s: z.core.$ZodType) => z.globalRegistry.get(s)?.description;
  if (path.length === 0) return own(schema);
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const [head, ...rest] = path;
  switch (def.type) {
    case 'object': {
      const next = typeof head === 'string' ? def.shape[head] : undefined;
      return next ? describeAt(next, rest) : undefined;
    }
    case 'array':
      return describeAt(def.element, rest);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
    case 'catch':
      return describeAt(def.innerType, path);
    case 'pipe':
      return describeAt(def.in, path);
    case 'union':
      return def.options.map((o) => describeAt(o, path)).find((d) => d !== undefined);
    default:
      return undefined;
  }
}
