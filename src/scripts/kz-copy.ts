/**
 * <kz-copy>: adds a Copy button to the text it wraps (a citation), or a
 * "Copy link" button for a figure's address when it has data-anchor. The
 * text is on the page without JavaScript; the button appears only where it
 * can work. Labels come from the page (data-label, data-done), so every
 * edition's words stay in its interface module.
 */
class KzCopy extends HTMLElement {
  connectedCallback() {
    if (this.querySelector(':scope > button') || !navigator.clipboard) return;
    const button = document.createElement('button');
    button.type = 'button';
    const label = this.dataset['label'] ?? 'Copy';
    button.textContent = label;
    // A figure's name makes "Copy link" unambiguous among the table's many buttons.
    if (this.dataset['name']) button.setAttribute('aria-label', `${label}: ${this.dataset['name']}`);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(this.#text()).then(
        () => (status.textContent = this.dataset['done'] ?? ''),
        () => (status.textContent = this.dataset['failed'] ?? ''),
      );
    });
    this.append(button, status);
  }

  #text(): string {
    const anchor = this.dataset['anchor'];
    if (anchor) return new URL(`#${anchor}`, location.href).href;
    return this.querySelector('pre, p')?.textContent ?? '';
  }
}

customElements.define('kz-copy', KzCopy);
