/**
 * <kz-copy>: adds a Copy button to each text it holds marked [data-copy] (a
 * citation), or a "Copy link" button for a figure's address where the mark
 * has data-anchor. One element serves a whole section: Astro renders each
 * custom element in a template as a component, which costs a build of a
 * thousand sheets more than the buttons are worth when there is one per
 * citation. The text is on the page without JavaScript; the buttons appear
 * only where they can work. Labels come from the page (data-label,
 * data-done, data-failed on the element, data-name on a mark), so every
 * edition's words stay in its interface module.
 */
class KzCopy extends HTMLElement {
  connectedCallback() {
    if (!navigator.clipboard) return;
    for (const mark of this.querySelectorAll<HTMLElement>('[data-copy]')) this.#addButton(mark);
  }

  #addButton(mark: HTMLElement) {
    if (mark.querySelector(':scope > button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    const label = this.dataset['label'] ?? 'Copy';
    button.textContent = label;
    // A name makes "Copy link" and the formats' Copy unambiguous among the page's many buttons.
    if (mark.dataset['name']) button.setAttribute('aria-label', `${label}: ${mark.dataset['name']}`);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(textOf(mark)).then(
        () => (status.textContent = this.dataset['done'] ?? ''),
        () => (status.textContent = this.dataset['failed'] ?? ''),
      );
    });
    mark.append(button, status);
  }
}

/** What a mark's button copies: the figure's address, or the citation's text. */
function textOf(mark: HTMLElement): string {
  const anchor = mark.dataset['anchor'];
  if (anchor) return new URL(`#${anchor}`, location.href).href;
  return mark.querySelector('pre, p')?.textContent ?? '';
}

customElements.define('kz-copy', KzCopy);
