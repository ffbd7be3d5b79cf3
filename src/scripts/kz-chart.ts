/**
 * <kz-chart>: draws its chart with Chart.js once it comes near the viewport.
 * Chart.js is a separate chunk, fetched only then; pages without charts never
 * load this file at all. The table beside the chart carries the same data for
 * readers without the canvas.
 */
class KzChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    // A page that opens in print media (the build's PDF step) draws every chart at once.
    if (matchMedia('print').matches) {
      void this.#draw();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#draw();
        }
      },
      { rootMargin: '300px' },
    );
    this.#observer.observe(this);
    // Printing draws every chart, even those never scrolled to.
    matchMedia('print').addEventListener('change', (e) => e.matches && void this.#draw(), { once: true });
    addEventListener('beforeprint', () => void this.#draw(), { once: true });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  #drawing: Promise<void> | undefined;
  #draw() {
    this.#drawing ??= import('./draw-chart.ts').then(({ drawChart }) => {
      const canvas = this.querySelector('canvas');
      const data = this.dataset['chart'];
      if (canvas && data) drawChart(canvas, data);
      this.dataset['drawn'] = '';
    });
    return this.#drawing;
  }
}

customElements.define('kz-chart', KzChart);
