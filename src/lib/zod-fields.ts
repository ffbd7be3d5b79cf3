import type { z } from 'astro/zod';

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
