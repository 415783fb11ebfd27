import { z } from 'zod';
import { formatMessage } from './catalogue';
import { issueMessage } from './zod-issue';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map((issue) => {
    const { code, params } = issueMessage(issue);
    return { path: issue.path.join('.'), code, zh: formatMessage(code, params, 'zh') };
  });
};

describe('zod issues as catalogue messages', () => {
  it('maps issue codes to bilingual messages with their parameters', () => {
    const schema = z.object({
      a: z.string(), b: z.string().min(1), c: z.enum(['x', 'y']), d: z.number().max(3), e: z.string().max(2),
      f: z.array(z.number()).min(2), g: z.number(), h: z.string().regex(/^a/, 'must start with a'),
    });
    expect(issuesOf(schema, { b: '', c: 'q', d: 5, e: 'long', f: [], g: 'one', h: 'b' })).toEqual([
      { path: 'a', code: 'input.required', zh: '必填' },
      { path: 'b', code: 'input.required', zh: '必填' },
      { path: 'c', code: 'input.invalid_value', zh: '必须是以下之一："x", "y"' },
      { path: 'd', code: 'input.too_big', zh: '不能大于 3' },
      { path: 'e', code: 'input.too_long', zh: '最多 2 个字符' },
      { path: 'f', code: 'input.too_few', zh: '至少 2 项' },
      { path: 'g', code: 'input.invalid_type', zh: '类型不对：应为 number' },
      { path: 'h', code: 'input.invalid', zh: '输入无效：must start with a' },
    ]);
  });

  it('falls back to a generic message for custom refinements', () => {
    const schema = z.string().refine((s) => s === 'ok', 'say ok');
    expect(issuesOf(schema, 'no')).toEqual([{ path: '', code: 'input.invalid', zh: '输入无效：say ok' }]);
  });
});
