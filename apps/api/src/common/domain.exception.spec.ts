import { z } from 'zod';
import { InvalidInputException } from './domain.exception';
import { parseInput } from './validation';

describe('InvalidInputException', () => {
  it('gives a hand-written field error a generic code and a Chinese text carrying the English', () => {
    const error = new InvalidInputException([{ path: 'to', message: 'must be after from' }]);
    expect(error.details.fields).toEqual([{ path: 'to', code: 'input.invalid', message: 'must be after from', messageZh: '输入无效：must be after from' }]);
  });

  it('keeps a catalogue code and its parameters', () => {
    const error = new InvalidInputException([{ path: 'first', message: 'a page holds 1 to 500 scores', code: 'input.too_big', params: { maximum: 500 } }]);
    expect(error.fields[0]).toEqual({ path: 'first', code: 'input.too_big', message: 'a page holds 1 to 500 scores', messageZh: '不能大于 500' });
  });

  it('maps zod issues by their code, keeping the schema\'s English', () => {
    const schema = z.object({ name: z.string().trim().min(1, 'required').max(5), size: z.number().int().min(2) });
    let caught: unknown;
    try {
      parseInput(schema, { name: ' ', size: 1 });
    } catch (error) {
      caught = error;
    }
    expect((caught as InvalidInputException).fields).toEqual([
      { path: 'name', code: 'input.required', message: 'required', messageZh: '必填' },
      { path: 'size', code: 'input.too_small', message: expect.any(String), messageZh: '不能小于 2' },
    ]);
  });
});
