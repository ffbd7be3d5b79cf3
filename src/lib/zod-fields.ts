import { z } from 'astro/zod';

/**
 * What a schema says about the field at a path (["figures", 0, "source"]):
 * the fields it accepts there, for "did you mean", and its description, for
 * hints. Read from the schema itself, so that both follow it.
 */
type Schema = z.core.$ZodType;

/** The schemas that may stand at a path, looking through optional, default, pipes and unions. */
function schemasAt(schema: Schema, path: readonly PropertyKey[]): Schema[] {
  // zod's own union of schema kinds, so that each kind's definition can be read.
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
    case 'catch':
      // A wrapper stands at the path itself only when the path ends here; its description is the field's.
      return [...(path.length === 0 ? [schema] : []), ...schemasAt(def.innerType, path)];
    case 'pipe':
      return [...(path.length === 0 ? [schema] : []), ...schemasAt(def.in, path)];
    case 'union':
      return def.options.flatMap((o) => schemasAt(o, path));
    default:
      break;
  }
  const [head, ...rest] = path;
  if (head === undefined) return [schema];
  if (def.type === 'object') {
    const next = typeof head === 'string' ? def.shape[head] : undefined;
    return next ? schemasAt(next, rest) : [];
  }
  if (def.type === 'array') return schemasAt(def.element, rest);
  return [];
}

export function fieldsAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  const fields = schemasAt(schema, path).flatMap((s) => {
    const def = (s as z.core.$ZodTypes)._zod.def;
    return def.type === 'object' ? Object.keys(def.shape) : [];
  });
  return [...new Set(fields)];
}

export function describeAt(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  return schemasAt(schema, path)
    .map((s) => z.globalRegistry.get(s)?.description)
    .find((d) => d !== undefined);
}
