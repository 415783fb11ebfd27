import { overrideProblems, overrideVariables, statusOf } from './override-form';

const draft = { profile: 'double11', from: '2021-03-08T00:00', to: '2021-03-15T00:00', reason: ' 双11 promotion ' };

describe('overrideProblems', () => {
  it('accepts a complete draft', () => {
    expect(overrideProblems(draft)).toEqual({});
    expect(overrideProblems({ ...draft, from: '2021-03-08T00:00:30', to: '2021-03-08T00:01' })).toEqual({});
  });

  it('names each missing or inconsistent field', () => {
    expect(overrideProblems({ profile: '', from: '', to: 'tomorrow', reason: '  ' })).toEqual({
      profile: 'profile_required', from: 'time_required', to: 'time_required', reason: 'reason_required',
    });
    expect(overrideProblems({ ...draft, to: '2021-03-08T00:00' })).toEqual({ to: 'to_after_from' });
    expect(overrideProblems({ ...draft, to: '2021-03-07T23:59' })).toEqual({ to: 'to_after_from' });
    expect(overrideProblems({ ...draft, reason: 'x'.repeat(1001) })).toEqual({ reason: 'reason_too_long' });
  });
});

describe('overrideVariables', () => {
  it('sends the wall-clock times as typed and the reason trimmed', () => {
    expect(overrideVariables('frontline', draft)).toEqual({
      scorecard: 'frontline', profile: 'double11', from: '2021-03-08T00:00', to: '2021-03-15T00:00', reason: '双11 promotion',
    });
  });
});

describe('statusOf', () => {
  const now = Date.parse('2021-03-10T12:00:00+08:00');
  const span = { from: '2021-03-10T00:00:00.000+08:00', to: '2021-03-11T00:00:00.000+08:00' };

  it('tells cleared, over, running and ahead apart, [from, to) as the api counts', () => {
    expect(statusOf({ ...span, active: false }, now)).toBe('cleared');
    expect(statusOf({ ...span, active: true }, now)).toBe('running');
    expect(statusOf({ ...span, active: true }, Date.parse(span.to))).toBe('over');
    expect(statusOf({ ...span, active: true }, Date.parse(span.from))).toBe('running');
    expect(statusOf({ ...span, active: true }, Date.parse(span.from) - 1)).toBe('ahead');
  });
});
