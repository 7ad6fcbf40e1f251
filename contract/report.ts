/** Turns a contract report into lines: one per operation that falls short, then the summary. */
import type { ContractReport } from './runner';
import type { Problem } from './types';

const group = (items: Problem[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const p of items) {
    const list = out.get(p.subject) || [];
    if (!list.includes(p.message)) list.push(p.message);
    out.set(p.subject, list);
  }
  return out;
};

export const summaryLine = (report: ContractReport): string => {
  const pending = report.catalog.pending;
  const byCategory = new Map<string, number>();
  for (const e of pending) byCategory.set(e.category, (byCategory.get(e.category) || 0) + 1);
  const parts = [`contract: ${report.conforming.length}/${report.catalogTotal} catalog operations conform`];
  if (pending.length) {
    parts.push(
      `${pending.length} not yet implemented in categories in progress (${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')})`,
    );
  }
  if (report.beyondTotal) {
    parts.push(
      `${report.beyondConforming.length}/${report.beyondTotal} operations beyond the catalog conform` +
        (report.beyond.pending.length ? ` (${report.beyond.pending.length} not yet implemented in groups in progress)` : ''),
    );
  }
  const failing = new Set(report.problems.map((p) => p.subject));
  parts.push(report.problems.length ? `${report.problems.length} violation(s) in ${failing.size} place(s): FAIL` : 'no violations');
  if (report.skipped.length) parts.push(`${report.skipped.length} skipped`);
  return parts.join('; ');
};

export const formatReport = (report: ContractReport, opts: { verbose?: boolean } = {}): string[] => {
  const lines: string[] = [];
  for (const [subject, messages] of group(report.problems)) lines.push(`FAIL ${subject}: ${messages.join(' | ')}`);
  for (const [subject, messages] of group(report.skipped)) lines.push(`SKIP ${subject}: ${messages.join(' | ')}`);
  for (const cat of report.catalog.completeInProgress) {
    lines.push(`NOTE "${cat}" is complete: remove it from IN_PROGRESS_CATEGORIES in contract/in-progress.ts`);
  }
  if (opts.verbose) {
    for (const e of report.catalog.pending) lines.push(`TODO catalog "${e.name}" (${e.kind}, ${e.category}): not implemented yet`);
    for (const e of report.beyond.pending) lines.push(`TODO beyond "${e.name}" (${e.kind}, ${e.group}): not implemented yet`);
  }
  lines.push(summaryLine(report));
  return lines;
};
