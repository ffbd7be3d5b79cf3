import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';

/** Where a field is written: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/**
 * The place of a field in a YAML text, by its path (["figures", 0, "value"]),
 * so that a problem can point at the text to fix. Falls back to the nearest
 * parent that exists, then to undefined. `firstLine` shifts the result for
 * frontmatter that starts below a --- line.
 */
export function yamlPlaceFinder(text: string, firstLine = 1): (path: readonly PropertyKey[]) => Place | undefined {
  // Parsed on the first question only: most files have no problem to place (1,000 sheets: about 1 s).
  let parsed: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  const read = () => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lines }), lines };
    }
    return parsed;
  };
  const at = (offset: number) => {
    const { lines } = read();
    const pos = lines.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  return (path) => {
    const { doc } = read();
    for (let n = path.length; n > 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k));
      // A field of a map: point at its name, where the editor reads and types.
      const parent: unknown = n === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
      const last = keys[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
        if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      const node: unknown = doc.getIn(keys, true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) && typeof node.range[0] === 'number') {
        return at(node.range[0]);
      }
    }
    return undefined;
  };
}

/** The line of a field only; see yamlPlaceFinder. */
export function yamlLineFinder(text: string, firstLine = 1): (path: readonly PropertyKey[]) => number | undefined {
  const find = yamlPlaceFinder(text, firstLine);
  return (path) => find(path)?.line;
}
