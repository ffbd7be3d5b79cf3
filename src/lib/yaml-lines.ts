import { LineCounter, parseDocument } from 'yaml';

/**
 * The line of a field in a YAML text, by its path (["figures", 0, "value"]),
 * so that a schema error can point at the line to fix. Falls back to the
 * nearest parent that exists, then to undefined.
 */
export function yamlLineFinder(text: string, firstLine = 1): (path: PropertyKey[]) => number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k));
      const node: unknown = doc.getIn(keys, true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) && typeof node.range[0] === 'number') {
        // Point at the key's line: for a missing or wrong value that is where the editor looks.
        return lines.linePos(node.range[0]).line + firstLine - 1;
      }
    }
    return undefined;
  };
}
