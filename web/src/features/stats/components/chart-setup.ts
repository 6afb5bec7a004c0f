import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

// Only the parts the statistics draw (bar charts with a legend and tooltips), so the rest of
// Chart.js stays out of the bundle; this module loads with the statistics pages alone.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };

export type ColorMode = 'light' | 'dark';

// Each series colour reaches 3:1 against the page background in its mode (WCAG non-text
// contrast); the two series also differ in lightness, not only in hue.
const SERIES: Record<ColorMode, string[]> = {
  light: ['#0a58ca', '#b54708', '#146c43', '#6f42c1'],
  dark: ['#6ea8fe', '#fd9843', '#75b798', '#c29ffa'],
};

export function seriesColor(mode: ColorMode, index: number): string {
  const palette = SERIES[mode];
  return palette[index % palette.length] ?? '#888888';
}

/** Text and grid colours from Bootstrap's variables, so axes follow the theme. */
export function axisColors(): { text: string; grid: string } {
  const style = getComputedStyle(document.documentElement);
  return {
    text: style.getPropertyValue('--bs-body-color').trim() || '#212529',
    grid: style.getPropertyValue('--bs-border-color').trim() || '#dee2e6',
  };
}

export function currentColorMode(): ColorMode {
  return document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'dark' : 'light';
}
