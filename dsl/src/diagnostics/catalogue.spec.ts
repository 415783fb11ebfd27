import { CATALOGUE, diagnostic, type DiagnosticCode } from './catalogue';

// Every code speaks both languages: the Chinese message exists, differs from the English one, and
// neither leaves a template argument unfilled.

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
// any argument a template reads gets a visible placeholder
const args = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `‹${key}›` : undefined) }) as Record<string, string>;
const codes = Object.keys(CATALOGUE) as DiagnosticCode[];

describe('the diagnostics catalogue', () => {
  it.each(codes)('%s has a Chinese message that differs from the English one', (code) => {
    const d = diagnostic(code, span, args);
    expect(d.message.trim()).not.toBe('');
    expect(d.messageZh.trim()).not.toBe('');
    expect(d.messageZh).not.toBe(d.message);
    expect(d.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(`${d.message} ${d.messageZh}`).not.toMatch(/undefined|\[object/);
  });

  it('uses stable code shapes and known severities', () => {
    for (const code of codes) {
      expect(code).toMatch(/^YS\d{3}$/);
      expect(['error', 'warning', 'info']).toContain(CATALOGUE[code].severity);
    }
  });

  it('keeps the suggestion when one is given and leaves it out otherwise', () => {
    expect(diagnostic('YS104', span, { name: 'csta', hint: ': did you mean `csat`?', hintZh: '：是否想写 `csat`？' }, 'csat')).toMatchObject({
      code: 'YS104', severity: 'error', suggestion: 'csat',
      message: 'unknown metric or kpi `csta`: did you mean `csat`?', messageZh: '未知的指标或 KPI `csta`：是否想写 `csat`？',
    });
    expect(diagnostic('YS104', span, { name: 'x', hint: '', hintZh: '' })).not.toHaveProperty('suggestion');
  });

  it('marks the checker warnings as warnings', () => {
    for (const code of ['YS117', 'YS311', 'YS321', 'YS335'] as const) expect(CATALOGUE[code].severity).toBe('warning');
  });
});
