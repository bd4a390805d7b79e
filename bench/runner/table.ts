import type { Result } from './cases';

const ms = (value: number | null) => (value === null ? '' : `${value.toFixed(1)} ms`);

/** The results as a plain-text table on standard error (standard output stays free). */
export function printTable(results: Result[]) {
  const rows = [
    ['case', 'database', 'median', 'p95 / p99', 'ratio', 'budget', 'result'],
    ...results.map((r) => [
      r.case,
      r.database,
      r.case.startsWith('6 RSS') ? `${r.figures.rssMb?.toFixed(0)} MB` : ms(r.medianMs),
      r.p95Ms === null ? '' : `${ms(r.p95Ms)} / ${ms(r.p99Ms)}`,
      r.ratio === null ? '' : `${r.ratio.toFixed(3)}×`,
      r.budget,
      r.pass ? 'pass' : 'FAIL',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  console.warn(
    [
      '',
      line(rows[0]!),
      widths.map((w) => '-'.repeat(w)).join('-|-'),
      ...rows.slice(1).map(line),
      '',
    ].join('\n'),
  );
}
