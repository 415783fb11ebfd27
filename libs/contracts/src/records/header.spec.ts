import { findColumn, normaliseHeader } from './header';

describe('normaliseHeader', () => {
  it.each([
    ['Satisfaction rating', 'satisfaction_rating'],
    ['Answered (Y/N)', 'answered_y_n'],
    ['speedOfAnswer', 'speed_of_answer'],
    ['AvgTalkDuration', 'avg_talk_duration'],
    ['QAScore', 'qa_score'],
    ['  occurred_at  ', 'occurred_at'],
    ['\uFEFFcall_id', 'call_id'],
    ['Call-Id', 'call_id'],
    ['坐席', '坐席'],
  ])('reads %j as %j', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe('findColumn', () => {
  const header = ['Call Id', 'Speed of answer in seconds', 'speed'];

  it('prefers an exact match', () => {
    expect(findColumn(header, 'speed')).toBe(2);
  });

  it('falls back to a normalised match', () => {
    expect(findColumn(header, 'speed_of_answer_in_seconds')).toBe(1);
    expect(findColumn(header, 'call id')).toBe(0);
  });

  it('gives -1 for an unknown column', () => {
    expect(findColumn(header, 'talk')).toBe(-1);
  });
});
