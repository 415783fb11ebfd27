import { editErrorKey } from './edit-messages';

describe('editErrorKey', () => {
  it('names the part of the table edit that was refused', () => {
    expect(editErrorKey({ ok: false, reason: 'syntax', diagnostics: [] })).toBe('ys.scorecards.tables.read_only_syntax');
    expect(editErrorKey({ ok: false, reason: 'no-scorecard' })).toBe('ys.scorecards.tables.read_only_empty');
    expect(editErrorKey({ ok: false, reason: 'invalid-value', detail: 'when' })).toBe('ys.scorecards.tables.invalid_when');
    expect(editErrorKey({ ok: false, reason: 'invalid-value', detail: 'metric' })).toBe('ys.scorecards.tables.invalid_metric');
    expect(editErrorKey({ ok: false, reason: 'invalid-value', detail: 'a weight is a percentage from 0 to 100' })).toBe('ys.scorecards.tables.invalid_weight');
    expect(editErrorKey({ ok: false, reason: 'invalid-value', detail: 'value' })).toBe('ys.scorecards.tables.invalid_value');
  });
});
