/**
 * Browser side of <FigureChart>: draws every canvas[data-chart] with chart.js, registering only
 * the parts used (no chart.js/auto), with direct value labels and colours from the page's CSS
 * custom properties (so dark mode and print follow the stylesheet).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { ChartPayload } from '../site/figures.ts';

// No Legend or Tooltip plugins: the legend is HTML next to the canvas and every bar carries its
// value as a direct label, so both would only add weight.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** What src/site/figures.ts `groupChart` puts in data-chart: every label already formatted. */
type Payload = ChartPayload;

/** The payload each chart was drawn from (for the direct-label plugin). */
const payloads = new WeakMap<Chart, Payload>();

function palette(): Record<string, string> {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    total: read('--chart-1', '#0072b2'),
    perYear: read('--chart-2', '#e69f00'),
    flag: read('--chart-flag', '#d55e00'),
    grid: read('--chart-grid', '#e4e0d8'),
    text: read('--chart-text', '#33373c'),
    font: getComputedStyle(document.body).fontFamily,
  };
}

/** Writes each bar's value at its end, so the reader never has to read the axis. */
const directLabels: Plugin<'bar'> = {
  id: 'directLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const payload = payloads.get(chart as unknown as Chart);
    if (!payload) return;
    const colours = palette();
    ctx.save();
    ctx.font = `600 12px ${colours.font}`;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      meta.data.forEach((bar, i) => {
        const value = dataset.data[i];
        if (typeof value !== 'number') return;
        const text = payload.valueLabels[i] ?? '';
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillStyle = payload.flagged[i] ? colours.flag : colours.text;
        ctx.fillText(payload.flagged[i] ? `${text} ⚠` : text, x + 6, y);
      });
    });
    ctx.restore();
  },
};

function draw(canvas: HTMLCanvasElement): Chart<'bar'> | null {
  let payload: Payload;
  try {
    payload = JSON.parse(canvas.dataset.chart ?? '') as Payload;
  } catch {
    return null;
  }
  const colours = palette();
  const box = canvas.parentElement;
  if (box) box.style.height = `${Math.max(140, payload.labels.length * 40 + 70)}px`;
  const labels = payload.labels.map((label, i) => (payload.flagged[i] ? `⚠ ${label}` : label));
  const top = canvas.closest('figure')?.querySelector<HTMLElement>('[data-chart-legend]');
  if (top) top.hidden = false;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: payload.title,
          data: payload.values,
          backgroundColor: payload.flagged.map((flag) => (flag ? colours.flag : colours.total)),
          borderWidth: 0,
          barPercentage: 0.9,
          categoryPercentage: 0.75,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          beginAtZero: true,
          grace: '30%',
          max: payload.ticks.at(-1)?.value,
          grid: { color: colours.grid },
          border: { display: false },
          ticks: {
            color: colours.text,
            font: { family: colours.font },
            stepSize: (payload.ticks[1]?.value ?? 0) - (payload.ticks[0]?.value ?? 0) || undefined,
            callback: (v) =>
              payload.ticks.find((tick) => Math.abs(tick.value - Number(v)) < 1e-6 * (tick.value || 1))
                ?.label ?? '',
          },
        },
        y: {
          grid: { display: false },
          ticks: { color: colours.text, font: { family: colours.font, size: 13 } },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
    plugins: [directLabels],
  });
  payloads.set(chart as unknown as Chart, payload);
  chart.draw();
  return chart;
}

export function drawCharts(): void {
  let charts = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map(draw);
  // Follow a change of colour scheme without reloading.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    charts = charts.map((chart) => {
      if (!chart) return null;
      const canvas = chart.canvas;
      chart.destroy();
      return draw(canvas);
    });
  });
}
