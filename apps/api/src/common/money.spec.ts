import { MoneyInputSchema } from './money';

describe('money input', () => {
  it.each([['5000', '5000.00'], ['12.5', '12.50'], ['0.01', '0.01'], [' 007.10 ', '7.10'], ['0', '0.00'], ['999999999999.99', '999999999999.99']])(
    'normalises %j to %j', (input, expected) => {
      expect(MoneyInputSchema.parse(input)).toBe(expected);
    });

  it.each(['-1', '1.234', '1e3', '12,50', '', '.5', '1000000000000'])('rejects %j', (input) => {
    expect(MoneyInputSchema.safeParse(input).success).toBe(false);
  });
});
