/** The figures of one Lighthouse run of one page. */
export type RunMetrics = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, simulated mobile throttling. */
  fcp: number;
  lcp: number;
  tbt: number;
  /**
   * The TBT the traced tasks' CPU time implies (bench/perfTrace.ts): Lighthouse's TBT counts wall
   * time, which on a shared machine includes time other processes held the core.
   */
  cpuTbt?: number;
  cls: number;
  /** Paths Lighthouse reports as render-blocking. */
  renderBlocking: string[];
  /** Pass/fail audits that failed, so a score below 100 says why. */
  failing: string[];
};

export type PageResult = { name: string; path: string; url: string; runs: RunMetrics[] };

export type PerfReport = {
  date: string;
  commit: string;
  runs: number;
  declaredRenderBlocking: string[];
  firstLoadJsGzip: number;
  cssGzip: number;
  listDataGzip: number;
  articleLcpOverFloor: number;
  /** 1-minute load average before and after the runs: TBT moves with it. */
  loadAverage?: { before: number; after: number };
  pages: PageResult[];
};

/** The budgets. */
export const TARGETS = {
  score: 100,
  fcp: 1_000,
  lcp: 1_100,
  tbt: 50,
  cls: 0.01,
  firstLoadJsGzip: 95_000,
  listDataGzip: 15_000,
  floorRatio: 1.15,
} as const;

/** The middle value (the lower middle of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

type Row = Record<
  'page' | 'perf' | 'a11y' | 'bp' | 'seo' | 'fcp' | 'lcp' | 'tbt' | 'cpuTbt' | 'cls' | 'blocking',
  string
>;

const COLUMNS: { key: keyof Row; title: string }[] = [
  { key: 'page', title: 'Page' },
  { key: 'perf', title: 'Perf' },
  { key: 'a11y', title: 'A11y' },
  { key: 'bp', title: 'BP' },
  { key: 'seo', title: 'SEO' },
  { key: 'fcp', title: 'FCP ms' },
  { key: 'lcp', title: 'LCP ms' },
  { key: 'tbt', title: 'TBT ms' },
  { key: 'cpuTbt', title: 'TBT (CPU) ms' },
  { key: 'cls', title: 'CLS' },
  { key: 'blocking', title: 'Render-blocking' },
];

/** Median of each figure over a page's runs; the render-blocking list of its median-LCP run. */
export function summarise(page: PageResult): Row {
  const of = (pick: (run: RunMetrics) => number) => median(page.runs.map(pick));
  const lcp = of((run) => run.lcp);
  const typical = page.runs.find((run) => run.lcp === lcp) ?? page.runs[0];
  const blocking = typical?.renderBlocking ?? [];
  return {
    page: page.name,
    perf: String(of((run) => run.performance)),
    a11y: String(of((run) => run.accessibility)),
    bp: String(of((run) => run.bestPractices)),
    seo: String(of((run) => run.seo)),
    fcp: of((run) => run.fcp).toFixed(0),
    lcp: lcp.toFixed(0),
    tbt: of((run) => run.tbt).toFixed(0),
    cpuTbt: of((run) => run.cpuTbt ?? NaN).toFixed(0),
    cls: of((run) => run.cls).toFixed(3),
    blocking:
      blocking.length === 0 ? 'none' : blocking.map((file) => file.replace(/^.*\//, '')).join(', '),
  };
}

const TARGET_ROW: Row = {
  page: 'target',
  perf: '100',
  a11y: '100',
  bp: '100',
  seo: '100',
  fcp: `≤ ${TARGETS.fcp}`,
  lcp: `≤ ${TARGETS.lcp}`,
  tbt: `≤ ${TARGETS.tbt}`,
  cpuTbt: `≤ ${TARGETS.tbt}`,
  cls: `≤ ${TARGETS.cls}`,
  blocking: '1 CSS file',
};

const bytes = (n: number) => n.toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The summary lines under the table, each with its target and whether it is met. */
function summaryLines(report: PerfReport): string[] {
  const ratio = report.articleLcpOverFloor;
  return [
    `First-load JavaScript: ${bytes(report.firstLoadJsGzip)} B gzip (target ≤ ${bytes(TARGETS.firstLoadJsGzip)}: ${verdict(report.firstLoadJsGzip <= TARGETS.firstLoadJsGzip)}); CSS ${bytes(report.cssGzip)} B gzip`,
    `List data (data/index.json): ${bytes(report.listDataGzip)} B gzip (target ≤ ${bytes(TARGETS.listDataGzip)}: ${verdict(report.listDataGzip <= TARGETS.listDataGzip)})`,
    `Render-blocking in index.html: ${report.declaredRenderBlocking.join(', ') || 'none'}`,
    `Article LCP / floor LCP: ${ratio.toFixed(2)} (target ≤ ${TARGETS.floorRatio}: ${verdict(ratio <= TARGETS.floorRatio)})`,
    ...(report.loadAverage
      ? [
          `Load average (1 min) before / after: ${report.loadAverage.before.toFixed(2)} / ${report.loadAverage.after.toFixed(2)}`,
        ]
      : []),
  ];
}

/** The results as an aligned terminal table and as Markdown for the README. */
export function renderTables(report: PerfReport): { terminal: string; markdown: string } {
  const rows = [...report.pages.map(summarise), TARGET_ROW];
  const widths = COLUMNS.map(({ key, title }) =>
    Math.max(title.length, ...rows.map((row) => row[key].length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  const terminal = [
    `Lighthouse 12.2.3, mobile, simulated throttling; median of ${report.runs} runs (${report.date}, ${report.commit})`,
    line(COLUMNS.map(({ title }) => title)),
    ...rows.map((row) => line(COLUMNS.map(({ key }) => row[key]))),
    '',
    ...summaryLines(report),
  ].join('\n');
  const numeric = new Set<keyof Row>([
    'perf',
    'a11y',
    'bp',
    'seo',
    'fcp',
    'lcp',
    'tbt',
    'cpuTbt',
    'cls',
  ]);
  const markdown = [
    '',
    `Measured ${report.date.slice(0, 10)} at ${report.commit}, median of ${report.runs} runs:`,
    '',
    `| ${COLUMNS.map(({ title }) => title).join(' | ')} |`,
    `| ${COLUMNS.map(({ key }) => (numeric.has(key) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${COLUMNS.map(({ key }) => row[key]).join(' | ')} |`),
    '',
    ...summaryLines(report).map((text) => `- ${text}`),
    '',
  ].join('\n');
  return { terminal, markdown };
}
