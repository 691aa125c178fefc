// The Job costs bar chart, loaded only when a project is opened (see JobCostChart.svelte).
//
// Chart.js 4 (MIT; actively maintained; tree-shaken to the bar chart's parts, about 60 KB gzipped):
// chosen over ECharts (several times larger), uPlot (made for time series, bars are an add-on),
// LayerChart (pulls in d3 and is young) and frappe-charts (rarely released). It draws on a canvas,
// which a screen reader cannot read, so the canvas carries a summary as its accessible name and
// the cost-code table beside it is the full accessible alternative.

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { formatMoney, type ChartData } from './jobcosts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const BUDGET = '#9db4cc';
const ACTUAL = '#1d5fa8';
const OVER = '#b42318';

/** The figures as the API sent them, for the tooltips (the bars' lengths are floats; the words are not). */
export interface ChartFigures {
  budget: (string | null)[];
  actual: string[];
}

function config(data: ChartData, figures: ChartFigures, reducedMotion: boolean) {
  return {
    type: 'bar' as const,
    data: {
      labels: data.labels,
      datasets: [
        { label: 'Budget', data: data.budget, backgroundColor: BUDGET, borderWidth: 0 },
        {
          label: 'QuickBooks actual (red: over budget)',
          data: data.actual,
          backgroundColor: data.over.map((o) => (o ? OVER : ACTUAL)),
          borderColor: data.over.map((o) => (o ? '#7a1710' : ACTUAL)),
          borderWidth: data.over.map((o) => (o ? 2 : 0)),
        },
      ],
    },
    options: {
      indexAxis: 'y' as const,
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? (false as const) : undefined,
      scales: {
        x: { beginAtZero: true, ticks: { callback: (v: string | number) => formatMoney(Number(v).toFixed(2)).replace(/\.00$/, '') } },
        y: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'top' as const },
        tooltip: {
          callbacks: {
            label: (ctx: { datasetIndex: number; dataIndex: number }) =>
              ctx.datasetIndex === 0
                ? `Budget: ${formatMoney(figures.budget[ctx.dataIndex], 'no budget line')}`
                : `QuickBooks actual: ${formatMoney(figures.actual[ctx.dataIndex])}`,
          },
        },
      },
    },
  };
}

export interface BarChart {
  update(data: ChartData, figures: ChartFigures): void;
  destroy(): void;
}

export function drawChart(canvas: HTMLCanvasElement, data: ChartData, figures: ChartFigures): BarChart {
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  let chart = new Chart(canvas, config(data, figures, reducedMotion));
  return {
    update(next, nextFigures) {
      chart.destroy();
      chart = new Chart(canvas, config(next, nextFigures, true));
    },
    destroy() {
      chart.destroy();
    },
  };
}
