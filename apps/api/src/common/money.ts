import { z } from 'zod';

// Money travels as a decimal string ("5000.00") and is stored as numeric(14,2): never a float on the way.

export const MoneyInputSchema = z.string().trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'expected an amount such as 5000.00 (at most 2 decimals, not negative)')
  .transform(normaliseMoney);

/** "5000" → "5000.00", "12.5" → "12.50"; input is already validated. */
export function normaliseMoney(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}
