/** Quotes text for a CSS string: backslashes, quotes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

/** An @page rule that prints the text at the top of every page after the first, whose masthead says it already. */
export function runningHead(text: string): string {
  return `@page {\n  @top-left {\n    content: ${cssString(text)};\n    font: 7.5pt system-ui, sans-serif;\n    color: #444;\n  }\n}\n@page :first {\n  @top-left {\n    content: none;\n  }\n}\n`;
}
