import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  cents,
  centsToAmount,
  changedLines,
  chartData,
  checkReconciliation,
  csvField,
  csvText,
  exportFileName,
  formatMoney,
  formatPercent,
  fraction,
  listCsvRows,
  listSheets,
  moneyCell,
  nextSort,
  parseSort,
  projectCsvRows,
  projectSheets,
  refreshActive,
  refreshPollMs,
  refreshSentence,
  slug,
  sortButtonLabel,
  sortSentence,
  unexplainedAmount,
  LIST_COLUMNS,
} from './jobcosts';
import { jobCostsPath, type JobCostList } from './jobcosts-api';
import { detail, line, progress, project, reconciliation } from './jobcosts.fixtures';

describe('money', () => {
  it('reads decimal strings into exact cents', () => {
    expect(cents('12933.36')).toBe(1293336n);
    expect(cents('-50.00')).toBe(-5000n);
    expect(cents('7.5')).toBe(750n);
    expect(cents('12')).toBe(1200n);
    expect(cents('1,200.00')).toBeNull();
    expect(cents('')).toBeNull();
    expect(cents(null)).toBeNull();
    // Past 2^53: still exact.
    expect(centsToAmount(cents('123456789012345678.91')!)).toBe('123456789012345678.91');
  });

  it('formats with grouping and never rounds through a float', () => {
    expect(formatMoney('12933.36')).toBe('12,933.36');
    expect(formatMoney('-1500.00')).toBe('-1,500.00');
    expect(formatMoney('0.1')).toBe('0.10');
    expect(formatMoney('999')).toBe('999.00');
    expect(formatMoney('123456789012345678.91')).toBe('123,456,789,012,345,678.91');
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney(null, 'no line')).toBe('no line');
    expect(formatMoney('n/a')).toBe('n/a');
  });

  it('shows the percentage spent with one decimal, or a dash without a budget', () => {
    expect(formatPercent(29.8)).toBe('29.8%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('sorting', () => {
  it('turns the sorted column round and starts others where a bookkeeper looks first', () => {
    const byName = parseSort(null, null);
    expect(byName).toEqual({ sort: 'name', dir: 'asc' });
    expect(nextSort(byName, 'name')).toEqual({ sort: 'name', dir: 'desc' });
    expect(nextSort(byName, 'actual')).toEqual({ sort: 'actual', dir: 'desc' });
    expect(nextSort({ sort: 'actual', dir: 'desc' }, 'actual')).toEqual({ sort: 'actual', dir: 'asc' });
    expect(nextSort({ sort: 'actual', dir: 'desc' }, 'number')).toEqual({ sort: 'number', dir: 'asc' });
    expect(parseSort('percentSpent', 'desc')).toEqual({ sort: 'percentSpent', dir: 'desc' });
    expect(parseSort('DROP', 'sideways')).toEqual({ sort: 'name', dir: 'asc' });
  });

  it('marks only the sorted header and says what a press does', () => {
    const order = { sort: 'budget', dir: 'desc' } as const;
    expect(ariaSort('budget', order)).toBe('descending');
    expect(ariaSort('name', order)).toBeUndefined();
    const col = (k: string) => LIST_COLUMNS.find((c) => c.key === k)!;
    expect(sortButtonLabel(col('budget'), order)).toBe('Sort by Budget, smallest first');
    expect(sortButtonLabel(col('name'), order)).toBe('Sort by Project, A to Z');
    expect(sortButtonLabel(col('overBudget'), order)).toBe('Sort by Over budget, over budget first');
    expect(sortSentence(order)).toBe('sorted by Budget, largest first');
    expect(sortSentence({ sort: 'name', dir: 'asc' })).toBe('sorted by Project, A to Z');
    expect(sortSentence({ sort: 'lastRefresh', dir: 'desc' })).toBe('sorted by Last refresh, latest first');
  });

  it('asks the server for the search, sort and page, leaving defaults out', () => {
    expect(jobCostsPath()).toBe('/api/jobcosts');
    expect(jobCostsPath({ q: 'café 2024', sort: 'name', dir: 'asc', offset: 0, limit: 100 })).toBe('/api/jobcosts?q=caf%C3%A9+2024');
    expect(jobCostsPath({ sort: 'actual', dir: 'desc', offset: 200, limit: 500 })).toBe('/api/jobcosts?sort=actual&dir=desc&offset=200&limit=500');
  });
});

describe('refresh progress', () => {
  it('polls fast only while a refresh is under way', () => {
    for (const state of ['waiting', 'reading', 'writing']) {
      expect(refreshActive({ state })).toBe(true);
      expect(refreshPollMs({ state })).toBe(1500);
    }
    for (const state of ['idle', 'done', 'failed']) expect(refreshActive({ state })).toBe(false);
    expect(refreshPollMs(null)).toBe(20_000);
  });

  it('says each step in words', () => {
    expect(refreshSentence(progress({ state: 'waiting', jobsToRead: 12 }))).toBe('Waiting for the next QuickBooks Web Connector run to read 12 jobs.');
    expect(refreshSentence(progress({ state: 'waiting' }))).toBe('Waiting for the next QuickBooks Web Connector run to read the jobs.');
    expect(refreshSentence(progress({ state: 'reading', jobsToRead: 12, jobsRead: 3 }))).toBe('Reading QuickBooks: 3 of 12 jobs read.');
    expect(refreshSentence(progress({ state: 'writing', projectsToWrite: 5, projectsWritten: 2, linesWritten: 1 }))).toBe(
      'Writing to Procore: 2 of 5 projects written, 1 budget line updated.',
    );
    expect(refreshSentence(progress({ state: 'done', jobsRead: 1, linesWritten: 40 }))).toBe(
      'Refresh finished: 1 job read from QuickBooks, 40 budget lines updated in Procore.',
    );
    expect(refreshSentence(progress({ state: 'done', jobsRead: 0, roundTrips: 1 }))).toBe(
      'Refresh finished: QuickBooks reports no change to any job’s costs since the last refresh, so nothing needed reading or writing.',
    );
    expect(refreshSentence(progress({ state: 'failed', problem: { message: 'QuickBooks refused the report.', fix: 'x' } }))).toBe(
      'The refresh did not finish: QuickBooks refused the report.',
    );
    expect(refreshSentence(progress({ state: 'idle' }))).toBe('');
  });

  it('gives progress bars a 0–100 value, 0 while the total is unknown', () => {
    expect(fraction(3, 12)).toBe(25);
    expect(fraction(0, 0)).toBe(0);
    expect(fraction(13, 12)).toBe(100);
  });
});

describe('one project', () => {
  it('lists what changed at the last refresh, with the change computed in cents', () => {
    const changes = changedLines(detail().lines);
    expect(changes.map((c) => [c.line.costCode, c.before, c.after, c.change])).toEqual([
      ['01-010', '9,100.50', '9,300.50', '+200.00'],
      ['09-900', 'none', '1,310.50', '+1,310.50'],
    ]);
    expect(changedLines([line({ actual: '0.10', previousActual: '0.30' })])[0].change).toBe('-0.20');
  });

  it('maps the lines to the chart: cost codes with figures, over budget marked, a summary naming them', () => {
    const c = chartData(detail().lines);
    expect(c.labels).toEqual(['01-010 Project Manager', '03-100 Concrete', '09-900 Paint']);
    expect(c.budget).toEqual([12000, 10000, null]);
    expect(c.actual).toEqual([9300.5, 12400, 1310.5]);
    expect(c.over).toEqual([false, true, false]);
    expect(c.summary).toBe(
      'Budget against QuickBooks actual for 3 cost codes. 1 cost code over budget: 03-100 Concrete (actual 12,400.00 against budget 10,000.00). 1 cost code with actual costs but no budget line.',
    );
    const many = Array.from({ length: 7 }, (_, i) => line({ costCode: `0${i}`, name: '', overBudget: true }));
    expect(chartData(many, 2).summary).toContain('7 cost codes over budget: 00 (actual 9,300.50 against budget 12,000.00); 01 (actual 9,300.50 against budget 12,000.00), and 5 more.');
    expect(chartData([]).summary).toBe('Budget against QuickBooks actual for 0 cost codes. None is over budget.');
  });

  it('accepts a reconciliation whose reasons add up to the difference', () => {
    const check = checkReconciliation(reconciliation());
    expect(check).toEqual({ balanced: false, unexplained: '0.00', reasonsTotal: '2560.50', mismatch: false, flagged: false });
    expect(checkReconciliation(reconciliation({ difference: '0.00', explainedTotal: '0.00', reasons: [] })).balanced).toBe(true);
  });

  it('flags what is unexplained: by the server, by reasons that do not add up, or by lines', () => {
    const server = checkReconciliation(reconciliation({ unexplained: '10.00', explainedTotal: '2550.50', reasons: [reconciliation().reasons[0], { ...reconciliation().reasons[1], amount: '1300.50' }] }));
    expect(server.flagged).toBe(true);
    expect(server.mismatch).toBe(true);
    // The server says 0.00 but its reasons leave 0.01 over: flagged all the same.
    const rec = reconciliation({ reasons: [reconciliation().reasons[0], { ...reconciliation().reasons[1], amount: '1310.49' }] });
    expect(checkReconciliation(rec)).toMatchObject({ flagged: true, mismatch: true, reasonsTotal: '2560.49' });
    expect(unexplainedAmount(rec)).toBe('0.01');
    expect(checkReconciliation(reconciliation(), 2).flagged).toBe(true);
    expect(unexplainedAmount(reconciliation())).toBe('0.00');
  });
});

describe('exports', () => {
  const list: JobCostList = {
    settings: { directCostColumn: 'read_only', addNewCostCodes: false, refresh: 'every_run' },
    howCalculated: 'QuickBooks actual = Act. Cost per item.',
    lastRefresh: '2026-12-06T21:04:11Z',
    totals: { projects: 2, budget: '480000.00', committed: '220000.00', actual: '143210.55', withoutCostCode: '1250.00', overBudget: 1 },
    total: 2,
    offset: 0,
    limit: 100,
    projects: [],
  };
  const projects = [project(), project({ projectId: '2', name: 'Depot, "North"', number: '=1+1', budget: null, percentSpent: null, overBudget: true, overBudgetLines: 2, lastRefresh: null, procore: { state: 'attention', message: 'Direct Costs tool on.', writtenAt: null } })];

  it('keeps CSV money strings exactly and quotes what needs it', () => {
    const rows = listCsvRows(list, projects);
    expect(rows[0]).toEqual(['Project', 'Number', 'QuickBooks job', 'Budget', 'Committed', 'QuickBooks actual', 'Without cost code', '% spent', 'Over budget', 'Over-budget lines', 'Last refresh', 'Procore', 'Procore message']);
    expect(rows[1]).toEqual(['Café Lumière Renovation – Phase 2', '2024-001', 'Lumière Café:Renovation Phase 2', '480000.00', '220000.00', '143210.55', '1250.00', '29.8', 'No', '0', '2026-12-06T21:04:11Z', 'Up to date', '']);
    expect(rows[2].slice(3, 12)).toEqual(['', '220000.00', '143210.55', '1250.00', '', 'Yes', '2', '', 'Needs attention']);
    expect(rows[3]).toEqual(['Total (2 linked projects)', '', '', '480000.00', '220000.00', '143210.55', '1250.00', '', '1', '', '', '', '']);
    const text = csvText(rows);
    expect(text.startsWith('\uFEFFProject,Number,')).toBe(true);
    expect(text).toContain('\r\n"Depot, ""North""",\'=1+1,');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('makes formulas inert but leaves negative amounts alone', () => {
    expect(csvField('-1500.00')).toBe('-1500.00');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('writes one project: cost codes, costs without a cost code, exclusions and the reconciliation', () => {
    const rows = projectCsvRows(detail());
    const at = (title: string) => rows.findIndex((r) => r[0] === title);
    expect(rows[0]).toEqual(['Project', 'Café Lumière Renovation – Phase 2']);
    expect(rows[at('Cost codes') + 2]).toEqual(['01-010', 'Project Manager', '01 General:01-010', '12000.00', '8000.00', '9300.50', '9100.50', 'Yes', '2699.50', 'No', '9300.50', 'In Procore', '', '']);
    expect(rows[at('Cost codes') + 4].slice(0, 12)).toEqual(['09-900', 'Paint', '09-900', '', '', '1310.50', '', 'Yes', '', 'No', '', 'Not in the budget']);
    expect(rows[at('Costs without a cost code')]).toEqual(['Costs without a cost code', '1250.00']);
    expect(rows[at('Costs without a cost code') + 2]).toEqual(['2026-10-02', 'Check', '1043', 'Ace Rentals, Inc.', 'Equipment Rental', '=SUM(A1)', '1250.00']);
    expect(rows[at('Excluded so nothing counts twice') + 2]).toEqual(['Retainage', '-1500.00', 'Retainage (already in the gross cost)']);
    expect(rows.find((r) => r[0] === 'Unexplained')).toEqual(['Unexplained', '0.00']);
    expect(rows.at(-1)).toEqual(['Not in the budget', '09-900', '1310.50', 'No budget line.', 'Turn the setting on.']);
    expect(csvText(rows)).toContain(",'=SUM(A1),1250.00\r\n");
  });

  it('writes Excel money as numbers parsed from the strings, text when a number would not print back the same', () => {
    expect(moneyCell('12933.36')).toEqual({ type: Number, value: 12933.36, format: '#,##0.00' });
    expect(moneyCell('-0.10')).toEqual({ type: Number, value: -0.1, format: '#,##0.00' });
    expect(moneyCell('123456789012345678.91')).toEqual({ type: String, value: '123456789012345678.91' });
    expect(moneyCell(null)).toBeNull();
    // Every two-place amount up to a billion prints back as itself.
    for (const s of ['0.01', '0.07', '1.10', '999999999.99', '480000.00', '12345.67']) {
      const cell = moneyCell(s) as { value: number };
      expect(cents(String(cell.value))).toBe(cents(s));
    }
  });

  it('lays the list and a project out as worksheets', () => {
    const [sheet, how] = listSheets(list, projects);
    expect(sheet.sheet).toBe('Job costs');
    expect(sheet.data[0][0]).toEqual({ value: 'Project', fontWeight: 'bold' });
    expect(sheet.data[1][3]).toEqual({ type: Number, value: 480000, format: '#,##0.00' });
    expect(sheet.data[2][3]).toBeNull();
    expect(sheet.data[1][10]).toEqual({ type: Date, value: new Date('2026-12-06T21:04:11Z'), format: 'yyyy-mm-dd hh:mm' });
    expect(sheet.data.at(-1)![0]).toEqual({ value: 'Total (2 linked projects)', fontWeight: 'bold' });
    expect(how.data[0][0]).toEqual({ type: String, value: 'QuickBooks actual = Act. Cost per item.' });

    const sheets = projectSheets(detail());
    expect(sheets.map((s) => s.sheet)).toEqual(['Cost codes', 'Without cost code', 'Excluded', 'Reconciliation']);
    expect(sheets[0].data).toHaveLength(5);
    expect(sheets[0].data[2][5]).toEqual({ type: Number, value: 12400, format: '#,##0.00' });
    expect(sheets[0].data[2][8]).toEqual({ type: Number, value: -2400, format: '#,##0.00' });
    expect(sheets[1].data.at(-1)![6]).toEqual({ type: Number, value: 1250, format: '#,##0.00' });
    expect(sheets[2].data[1]).toEqual([{ type: String, value: 'Retainage' }, { type: Number, value: -1500, format: '#,##0.00' }, { type: String, value: 'Retainage (already in the gross cost)' }]);
    expect(sheets[3].data[0]).toEqual([{ value: 'QuickBooks total', fontWeight: 'bold' }, { type: Number, value: 144460.55, format: '#,##0.00' }]);
  });

  it('names the files by project and day', () => {
    const day = new Date(2026, 11, 6, 23, 59);
    expect(exportFileName(null, 'csv', day)).toBe('job-costs-2026-12-06.csv');
    expect(exportFileName(project(), 'xlsx', day)).toBe('job-costs-2024-001-cafe-lumiere-renovation-phase-2-2026-12-06.xlsx');
    expect(slug('  ---  ')).toBe('');
    expect(exportFileName({ name: '***', number: '' }, 'csv', day)).toBe('job-costs-project-2026-12-06.csv');
  });
});
