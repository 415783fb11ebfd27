import { z } from 'zod';

/** `YYYY-MM-DD` with a real calendar day. */
export const IsoDateSchema = z.iso.date({ error: 'expected a real day written YYYY-MM-DD' });

/** A decimal amount kept as text so no binary rounding touches money: `"5000"`, `"1234.50"`, `"-12.5"`. */
export const DecimalStringSchema = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number such as 5000.00');

/** A value a record field or agent attribute may hold. */
export const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Scalar = z.infer<typeof ScalarSchema>;
