/*
 * <ca-chart>: a compliance trend drawn with Apache ECharts (Apache-2.0), SVG renderer.
 *
 * The server sets one property, `config`, a JSON string (see org.caseaudit.shared.ui.Chart):
 *   { title, categories: [label...], yName,
 *     series: [{ name, points: [{ percent, low, high, compliant, audited } | null ...] }],
 *     reference: { label, percent } | null }
 * Each series is drawn as a line with its 95% interval as a shaded band (low to high); n and the interval are in the
 * tooltip. A point that is null (no audits, or suppressed for small numbers) is a gap. The reference line is a dashed
 * horizontal line labelled as a reference, never as a target met.
 *
 * The chart is a picture for sighted users (role="img" with a label set by the server); the same numbers are in a
 * table beside it for screen-reader users.
 */
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

interface Point {
  percent: number;
  low: number;
  high: number;
  compliant: number | null;
  audited: number | null;
}

interface Series {
  name: string;
  points: (Point | null)[];
}

interface ChartConfig {
  title?: string;
  categories: string[];
  yName?: string;
  series: Series[];
  reference?: { label: string; percent: number } | null;
}

const PALETTE = ['#1f5fa8', '#b3541e', '#2e7d4f', '#6a3d9a', '#8a6d00'];

function round(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en-GB');
}

export class CaChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private data?: ChartConfig;

  set config(value: string | null) {
    this.data = value ? (JSON.parse(value) as ChartConfig) : undefined;
    this.render();
  }

  get config(): string | null {
    return this.data ? JSON.stringify(this.data) : null;
  }

  connectedCallback() {
    // A property set by the server before this element was upgraded is an own property shadowing the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const early = (this as unknown as { config: string | null }).config;
      delete (this as unknown as { config?: string | null }).config;
      this.config = early;
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this.chart) {
      this.chart = echarts.init(this, undefined, { renderer: 'svg' });
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render() {
    if (!this.chart || !this.data) {
      return;
    }
    const data = this.data;
    const series: echarts.EChartsCoreOption[] = [];
    data.series.forEach((s, index) => {
      const colour = PALETTE[index % PALETTE.length];
      const stack = `band-${index}`;
      // The band: an invisible line at the lower bound, and the interval's width stacked on it with a shaded area.
      series.push({
        name: `${s.name} lower`,
        type: 'line',
        data: s.points.map((p) => (p ? p.low : null)),
        stack,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
        emphasis: { disabled: true },
      });
      series.push({
        name: `${s.name} 95% interval`,
        type: 'line',
        data: s.points.map((p) => (p ? p.high - p.low : null)),
        stack,
        lineStyle: { opacity: 0 },
        areaStyle: { color: colour, opacity: 0.16 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
        emphasis: { disabled: true },
      });
      const line: Record<string, unknown> = {
        name: s.name,
        type: 'line',
        data: s.points.map((p) => (p ? p.percent : null)),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { color: colour, width: 2.5 },
        itemStyle: { color: colour },
        z: 3,
      };
      if (index === 0 && data.reference) {
        line.markLine = {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#444', type: 'dashed', width: 1.5 },
          label: { formatter: data.reference.label, position: 'insideEndTop', color: '#333', fontSize: 11 },
          data: [{ yAxis: data.reference.percent }],
        };
      }
      series.push(line);
    });

    this.chart.setOption(
      {
        animation: false,
        aria: { enabled: false },
        textStyle: { fontFamily: 'inherit' },
        title: data.title
          ? { text: data.title, left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: 600, color: '#1a1a1a' } }
          : undefined,
        grid: { left: 44, right: 16, top: data.title ? 40 : 16, bottom: 28 },
        tooltip: {
          trigger: 'axis',
          formatter: (params: unknown) => this.tooltip(params),
        },
        xAxis: {
          type: 'category',
          data: data.categories,
          boundaryGap: false,
          axisLabel: { color: '#333', fontSize: 11 },
          axisLine: { lineStyle: { color: '#666' } },
        },
        yAxis: {
          type: 'value',
          min: 0,
          max: 100,
          interval: 25,
          name: data.yName,
          axisLabel: { formatter: '{value}%', color: '#333', fontSize: 11 },
          splitLine: { lineStyle: { color: '#e4e4e4' } },
        },
        series,
      },
      true,
    );
  }

  private tooltip(params: unknown): string {
    const list = Array.isArray(params) ? params : [params];
    const first = list[0] as { dataIndex: number; axisValueLabel?: string } | undefined;
    if (!first || !this.data) {
      return '';
    }
    const index = first.dataIndex;
    const lines = [`<strong>${escapeHtml(this.data.categories[index] ?? '')}</strong>`];
    for (const s of this.data.series) {
      const p = s.points[index];
      if (!p) {
        lines.push(`${escapeHtml(s.name)}: no figure`);
        continue;
      }
      const counts = p.compliant != null && p.audited != null ? ` (${p.compliant} of ${p.audited}, n = ${p.audited})` : '';
      lines.push(
        `${escapeHtml(s.name)}: ${round(p.percent)}%${counts}<br>95% interval ${round(p.low)}% to ${round(p.high)}%`,
      );
    }
    if (this.data.reference) {
      lines.push(`${escapeHtml(this.data.reference.label)}: ${round(this.data.reference.percent)}%`);
    }
    return lines.join('<br>');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

if (!customElements.get('ca-chart')) {
  customElements.define('ca-chart', CaChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'ca-chart': CaChart;
  }
}
