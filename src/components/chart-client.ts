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

/** Below this width (CSS px) a chart puts each outlet's name and value on a line above its bar. */
const NARROW = 480;
const LINE = 16;
const BAR = 18;

/** How a chart was laid out: the text lines over each bar when narrow (null: names on the axis). */
interface Layout {
  payload: Payload;
  narrow: boolean;
  /** Per bar, the lines written over it (narrow only): each a run of [text, bold] pieces. */
  lines: [string, boolean][][][];
}
const layouts = new WeakMap<Chart, Layout>();

const nameFont = (font: string) => `13px ${font}`;
const valueFont = (font: string) => `600 12px ${font}`;
const valueText = (payload: Payload, i: number) =>
  payload.flagged[i] ? `${payload.valueLabels[i] ?? ''} ⚠` : (payload.valueLabels[i] ?? '');

/** Breaks `text` into lines no wider than `width` at spaces (a word wider than that gets its own line). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines over each bar on a narrow screen: "Outlet  value" on one line when both fit, else the
 * outlet's name (wrapped) and then its value (wrapped), so a long name or a converted value is never cut.
 */
function narrowLines(ctx: CanvasRenderingContext2D, payload: Payload, width: number, font: string) {
  return payload.labels.map((label, i) => {
    const name = payload.flagged[i] ? `⚠ ${label}` : label;
    const value = valueText(payload, i);
    ctx.font = nameFont(font);
    const nameWidth = ctx.measureText(name).width;
    ctx.font = valueFont(font);
    if (nameWidth + 8 + ctx.measureText(value).width <= width)
      return [[[`${name}  `, false] as [string, boolean], [value, true] as [string, boolean]]];
    const valueLines = wrap(ctx, value, width).map((t) => [[t, true] as [string, boolean]]);
    ctx.font = nameFont(font);
    return [...wrap(ctx, name, width).map((t) => [[t, false] as [string, boolean]]), ...valueLines];
  });
}

/**
 * Writes each bar's value, so the reader never has to read the axis: at the bar's end on a wide
 * screen, over the bar with the outlet's name on a narrow one.
 */
const directLabels: Plugin<'bar'> = {
  id: 'directLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const layout = layouts.get(chart as unknown as Chart);
    if (!layout) return;
    const { payload } = layout;
    const colours = palette();
    ctx.save();
    ctx.textBaseline = 'middle';
    const meta = chart.getDatasetMeta(0);
    meta.data.forEach((bar, i) => {
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      if (layout.narrow) {
        const lines = layout.lines[i] ?? [];
        lines.forEach((pieces, k) => {
          let left = chart.chartArea.left;
          const top = y - BAR / 2 - 4 - (lines.length - k - 0.5) * LINE;
          for (const [text, bold] of pieces) {
            ctx.font = bold ? valueFont(colours.font) : nameFont(colours.font);
            ctx.fillStyle = bold && payload.flagged[i] ? colours.flag : colours.text;
            ctx.fillText(text, left, top);
            left += ctx.measureText(text).width;
          }
        });
        return;
      }
      if (typeof chart.data.datasets[0]?.data[i] !== 'number') return;
      ctx.font = valueFont(colours.font);
      ctx.fillStyle = payload.flagged[i] ? colours.flag : colours.text;
      ctx.fillText(valueText(payload, i), x + 6, y);
    });
    ctx.restore();
  },
};

/** How far the longest bar's label runs past the canvas's right edge (wide layout), in px. */
function overflow(chart: Chart<'bar'>, payload: Payload, font: string): number {
  const { ctx } = chart;
  ctx.save();
  ctx.font = valueFont(font);
  let worst = 0;
  chart.getDatasetMeta(0).data.forEach((bar, i) => {
    const { x } = bar.getProps(['x'], true) as { x: number };
    worst = Math.max(worst, x + 6 + ctx.measureText(valueText(payload, i)).width - chart.width);
  });
  ctx.restore();
  return worst;
}

function draw(canvas: HTMLCanvasElement): Chart<'bar'> | null {
  let payload: Payload;
  try {
    payload = JSON.parse(canvas.dataset.chart ?? '') as Payload;
  } catch {
    return null;
  }
  const colours = palette();
  const box = canvas.parentElement;
  const width = box?.clientWidth ?? canvas.clientWidth;
  const ctx = canvas.getContext('2d');
  // Outlet names on the axis take room from the bars: on a narrow screen, or when a name would take
  // over a third of the width, they go over their bars instead, with the values.
  ctx?.save();
  if (ctx) ctx.font = nameFont(colours.font);
  const longest = Math.max(0, ...payload.labels.map((l) => ctx?.measureText(`⚠ ${l}`).width ?? 0));
  ctx?.restore();
  const narrowAt = (w: number) => w < NARROW || longest > w / 3;
  const narrow = narrowAt(width);
  const lines = narrow && ctx ? narrowLines(ctx, payload, width, colours.font) : [];
  const text = Math.max(1, ...lines.map((l) => l.length)) * LINE + 4;
  const rows = payload.labels.length;
  if (box)
    box.style.height = narrow ? `${rows * (BAR + 2 * text) + 40}px` : `${Math.max(140, rows * 40 + 70)}px`;
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
          ...(narrow ? { barThickness: BAR } : { barPercentage: 0.9, categoryPercentage: 0.75 }),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: narrow ? 16 : 8 } },
      // Turning a phone (or resizing a window) across the narrow width lays the chart out again.
      onResize: (c, size) => {
        if (narrowAt(size.width) !== narrow) queueMicrotask(() => redraw(c.canvas));
      },
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
          ticks: { display: !narrow, color: colours.text, font: { family: colours.font, size: 13 } },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
    plugins: [directLabels],
  });
  layouts.set(chart as unknown as Chart, { payload, narrow, lines });
  // A value label after its bar must end inside the canvas: make room on the right until it does
  // (each pass shortens the bars, so two or three passes settle).
  for (let pass = 0; !narrow && pass < 4; pass++) {
    const over = overflow(chart, payload, colours.font);
    if (over <= 0) break;
    const padding = chart.options.layout?.padding as { right: number };
    chart.options.layout = { padding: { right: padding.right + Math.ceil(over) + 4 } };
    chart.update();
  }
  chart.draw();
  return chart;
}

function redraw(canvas: HTMLCanvasElement): void {
  Chart.getChart(canvas)?.destroy();
  draw(canvas);
}

export function drawCharts(): void {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  canvases.forEach(draw);
  // Follow a change of colour scheme without reloading.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    canvases.forEach(redraw);
  });
}
