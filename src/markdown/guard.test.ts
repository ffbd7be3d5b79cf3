import { describe, expect, it } from 'vitest';
import { contentDir, renderSheet } from './pipeline.test-helper.ts';

const figures = ['rate-2024', 'rate-q1'];
const render = (mdx: string) => renderSheet(mdx, { figures });

describe('what a fact sheet may contain', () => {
  it('accepts <Fig> with the id of one of its figures, and MDX comments', async () => {
    await expect(render('Rate <Fig id="rate-q1"/> and <Fig id="rate-2024" bare/>. {/* editor note */}')).resolves.toContain('Rate');
  });

  it('accepts <Chart> with the id of a declared chart and refuses any other', async () => {
    const withChart = (mdx: string) => renderSheet(mdx, { figures, charts: ['rates'] });
    await expect(withChart('<Chart id="rates"/>')).resolves.toContain('[Chart id="rates" sheet="2025/detection" lang="en"]');
    await expect(withChart('<Chart id="cases"/>')).rejects.toThrow(/<Chart id="cases"\/> names no chart of this sheet; the charts in its frontmatter are: rates/);
  });

  it('tells each <Fig> which sheet it belongs to, and in which edition', async () => {
    await expect(render('Rate <Fig id="rate-q1"/>.')).resolves.toContain('[Fig id="rate-q1" sheet="2025/detection" lang="en"]');
    await expect(renderSheet('Доля <Fig id="rate-q1"/>.', { path: `${contentDir}/translations/ru/2025/detection.mdx`, figures: ['rate-q1'] })).resolves.toContain(
      '[Fig id="rate-q1" sheet="2025/detection" lang="ru"]',
    );
  });

  it('refuses import and export, with the line', async () => {
    await expect(render('Text.\n\nimport x from "y"')).rejects.toMatchObject({ line: 3, message: expect.stringContaining('`import` and `export` are not allowed') });
    await expect(render('export const a = 1')).rejects.toThrow(/not allowed/);
  });

  it('names the first problem in the sheet and lists the others by line', async () => {
    const failed = render('Text <Fig id="rate-q1" colour="red"/>.\n\nimport x from "y"\n\nTwo is {1 + 1}.');
    await expect(failed).rejects.toMatchObject({ line: 1, message: expect.stringMatching(/^<Fig> has no attribute "colour"[\s\S]*line 3: `import` and `export` are not allowed[\s\S]*line 5: JavaScript expressions/) });
  });

  it('refuses JavaScript expressions', async () => {
    await expect(render('Two is {1 + 1}.')).rejects.toThrow(/JavaScript expressions are not allowed.*\{1 \+ 1\}/);
  });

  it('refuses <script> and components that are not the publication’s', async () => {
    await expect(render('<script>alert(1)</script>')).rejects.toThrow(/<script> is raw HTML, which is not allowed/);
    await expect(render('<Chart2 id="x"/>')).rejects.toThrow(/<Chart2> is not one of the publication's components/);
  });

  it('refuses attributes that are expressions or unknown', async () => {
    await expect(render('<Fig id={"rate-q1"}/>')).rejects.toThrow(/must be a quoted string/);
    await expect(render('<Fig id="rate-q1" colour="red"/>')).rejects.toThrow(/has no attribute "colour"/);
    await expect(render('<Fig {...props}/>')).rejects.toThrow(/plain attributes only/);
    await expect(render('<Fig/>')).rejects.toThrow(/needs an attribute id="…"/);
  });

  it('refuses a figure id that the sheet does not define, listing those it does', async () => {
    await expect(render('Rate <Fig id="rate-2023"/>.')).rejects.toThrow(/<Fig id="rate-2023"\/> names no figure of this sheet; the figures in its frontmatter are: rate-2024, rate-q1/);
  });

  it('refuses an unclosed component, with the line', async () => {
    // Sätteri puts a parse error's place at the start of its message, where the MDX integration reads it.
    await expect(render('Para.\n\nRate <Fig id="rate-q1">.')).rejects.toThrow(/^3:6: Expected a closing tag for `<Fig>`/);
  });
});
