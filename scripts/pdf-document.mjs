// What the PDF step (scripts/pdf.mjs) does to the files Chromium prints:
// the same bytes from one build to the next, the published address in every
// link, the publication's metadata, and a year's sheets bound into a booklet.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFString, ParseSpeeds } from 'pdf-lib';

// pdf-lib pauses every hundred objects, so as not to freeze a browser tab; the build has no tab
// to keep responsive, and reading and writing a sheet's PDF at once takes a third of the time.
const READ = { parseSpeed: ParseSpeeds.Fastest };
const WRITE = { useObjectStreams: false, objectsPerTick: Infinity };

/** Every string in a PDF, with the object and key that hold it, so that it can be replaced. */
function stringsOf(doc) {
  const places = [];
  const visit = (holder, key, value) => {
    if (value instanceof PDFString || value instanceof PDFHexString) places.push({ holder, key, text: value.decodeText() });
    else if (value instanceof PDFArray) value.asArray().forEach((item, i) => visit(value, i, item));
    else if (value instanceof PDFDict) for (const [k, v] of value.entries()) visit(value, k, v);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(null, null, object);
  return places;
}

/**
 * Chromium names the structure elements of a tagged PDF after its DOM node
 * counters ("node00002124"), which differ from run to run. They are renamed
 * in their order, so the same sheet gives the same bytes. And the pages were
 * printed from a local server: their links are given the published address.
 */
function settle(doc, { from, to }) {
  const places = stringsOf(doc);
  const nodes = places.filter((p) => /^node\d+$/.test(p.text));
  const ids = [...new Set(nodes.map((p) => p.text))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(ids.map((id, i) => [id, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const { holder, key, text } of nodes) holder?.set(key, renamed.get(text));
  for (const { holder, key, text } of places) if (text.startsWith(`${from}/`)) holder?.set(key, PDFString.of(to + text.slice(from.length)));
}

/** Title, author, subject and fixed dates: the same bytes from one build to the next. */
function stamp(doc, { title, subject, date, site, lang }) {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor('Kazakhstan Cybercrime Fact Sheets');
  doc.setSubject(subject);
  doc.setKeywords(['Kazakhstan', 'cybercrime', 'fact sheet']);
  doc.setCreator(site);
  doc.setProducer('Kazakhstan Cybercrime Fact Sheets build (Chromium, pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(lang);
}

/** A sheet's PDF as Chromium printed it from the local server `local`, made ready to publish on `site`. */
export async function finishSheet(raw, sheet, { local, site }) {
  const doc = await PDFDocument.load(raw, { ...READ, updateMetadata: false });
  settle(doc, { from: local, to: new URL(site).origin });
  stamp(doc, { title: sheet.title, subject: sheet.subject, date: new Date(`${sheet.updated}T00:00:00Z`), site, lang: sheet.lang });
  return doc.save(WRITE);
}

/** A year's booklet: its sheets' PDFs (`parts`, in the order of the year's page) bound into one, dated by the latest. */
export async function bindBooklet(parts, booklet, ofYear, site) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, READ);
    for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page);
  }
  const latest = ofYear.map((s) => s.updated).sort().at(-1);
  stamp(doc, { title: booklet.title, subject: `${ofYear.map((s) => s.title).join('; ')}.`, date: new Date(`${latest}T00:00:00Z`), site, lang: booklet.lang });
  return doc.save(WRITE);
}
