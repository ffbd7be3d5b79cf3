import type { Problem } from './problem';
import type { Unit } from '../schemas/metric';

/**
 * Checks that need more than one collection: Astro's reference() accepts any
 * key, so a topic, metric or source that does not exist is caught here, with
 * the file and the field. Values are checked against their metric's unit.
 */
export interface SheetForCheck {
  file: string;
  topic: string;
  figures: { id: string; metric: string; source: string; value: number }[];
}

export interface Known {
  topics: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  metrics: ReadonlyMap<string, Unit>;
}

const list = (keys: Iterable<string>) => [...keys].join(', ');

export function checkSheet(sheet: SheetForCheck, known: Known): Problem[] {
  const problems: Problem[] = [];
  if (!known.topics.has(sheet.topic)) {
    problems.push({ file: sheet.file, field: 'topic', expected: `a key of content/topics.yaml (${list(known.topics)})`, found: `"${sheet.topic}"` });
  }
  sheet.figures.forEach((figure, i) => {
    const at = `figures.${i}`;
    const unit = known.metrics.get(figure.metric);
    if (unit === undefined) {
      problems.push({
        file: sheet.file,
        field: `${at}.metric`,
        expected: 'a key of content/metrics.yaml',
        found: `"${figure.metric}"`,
        hint: 'add the metric to content/metrics.yaml first, with its label, unit and definition',
      });
    }
    if (!known.sources.has(figure.source)) {
      problems.push({ file: sheet.file, field: `${at}.source`, expected: `a key of content/sources.yaml (${list(known.sources)})`, found: `"${figure.source}"` });
    }
    if (unit === 'percent' && (figure.value < 0 || figure.value > 100)) {
      problems.push({
        file: sheet.file,
        field: `${at}.value`,
        expected: `a percentage between 0 and 100 (metric ${figure.metric} is a share)`,
        found: String(figure.value),
        hint: 'write 38.9 for 38.9%; a rise or fall belongs to a metric whose unit is percent-change',
      });
    }
    if (unit !== undefined && unit !== 'percent-change' && figure.value < 0) {
      problems.push({ file: sheet.file, field: `${at}.value`, expected: 'a value of zero or more', found: String(figure.value) });
    }
  });
  return problems;
}
