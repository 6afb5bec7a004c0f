import { useEffect, useRef, useState } from 'react';
import { axisColors, Chart, type ColorMode, currentColorMode, seriesColor } from './chart-setup';

export interface Series {
  label: string;
  data: number[];
}

/** The page's colour mode, following changes to <html data-bs-theme>. */
function useColorMode(): ColorMode {
  const [mode, setMode] = useState(currentColorMode);
  useEffect(() => {
    const observer = new MutationObserver(() => setMode(currentColorMode()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-bs-theme'],
    });
    return () => observer.disconnect();
  }, []);
  return mode;
}

/**
 * A bar chart drawn on a canvas. The canvas is an image with a short description; the
 * figures themselves are in the table beside it, which is what screen readers should use.
 */
export function BarChart({
  labels,
  series,
  description,
  stacked = false,
  horizontal = false,
}: {
  labels: string[];
  series: Series[];
  description: string;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const mode = useColorMode();
  useEffect(() => {
    if (!canvas.current) return;
    const { text, grid } = axisColors();
    const scale = { stacked, ticks: { color: text }, grid: { color: grid } };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: seriesColor(mode, i),
          borderColor: seriesColor(mode, i),
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        scales: { x: scale, y: { ...scale, beginAtZero: true } },
        plugins: { legend: { labels: { color: text } } },
      },
    });
    return () => chart.destroy();
  }, [labels, series, stacked, horizontal, mode]);
  const height = horizontal ? Math.max(160, labels.length * 28 + 60) : 260;
  return (
    <div className="stats-chart" style={{ position: 'relative', height }}>
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}
