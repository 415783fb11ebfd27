import { Field, InputType } from '@nestjs/graphql';
import { parsePeriod, PeriodError, periodDays, rangePeriod, type Period } from '@yardstick/engine';
import { InvalidInputException } from '../../common/domain.exception';

// The period a score is asked for: exactly one of the calendar forms, or an explicit range of days. Days are
// the organisation's calendar days; the engine's parser does the calendar arithmetic (ISO weeks, quarters).

@InputType('PeriodInput', {
  description: 'Exactly one of month, week, day, quarter, year, or both from and to (days in the organisation\'s time zone).',
})
export class PeriodInput {
  @Field(() => String, { nullable: true, description: '2021-01' }) month?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO week, Monday first: 2021-W03' }) week?: string | null;
  @Field(() => String, { nullable: true, description: '2021-01-05' }) day?: string | null;
  @Field(() => String, { nullable: true, description: '2021-Q1' }) quarter?: string | null;
  @Field(() => String, { nullable: true, description: '2021' }) year?: string | null;
  @Field(() => String, { nullable: true, description: 'first day of a range, inclusive: 2021-01-05' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'last day of a range, inclusive: 2021-01-20' }) to?: string | null;
}

/** Longest period scored at once (ten years), so one request cannot ask for an unbounded schedule walk. */
export const MAX_PERIOD_DAYS = 3660;

const FORMS = {
  month: { shape: /^\d{4}-\d{2}$/, example: '2021-01' },
  week: { shape: /^\d{4}-W\d{2}$/, example: '2021-W03' },
  day: { shape: /^\d{4}-\d{2}-\d{2}$/, example: '2021-01-05' },
  quarter: { shape: /^\d{4}-Q[1-4]$/, example: '2021-Q1' },
  year: { shape: /^\d{4}$/, example: '2021' },
} as const;

type Form = keyof typeof FORMS;

const given = (value: string | null | undefined): value is string => value !== undefined && value !== null;

/** The inclusive days of a PeriodInput, or BAD_USER_INPUT naming the field (`period.month`) and the problem. */
export function periodOf(input: PeriodInput | null | undefined, path = 'period'): Period {
  const forms = (Object.keys(FORMS) as Form[]).filter((form) => given(input?.[form]));
  const range = given(input?.from) || given(input?.to);
  if (forms.length + (range ? 1 : 0) !== 1) {
    throw new InvalidInputException([{
      path, message: 'give exactly one of month, week, day, quarter, year, or from and to together',
    }]);
  }
  const period = range ? rangeOf(input as PeriodInput, path) : calendarOf(forms[0], (input as PeriodInput)[forms[0]] as string, path);
  if (periodDays(period) > MAX_PERIOD_DAYS) {
    throw new InvalidInputException([{ path, message: `a period may cover at most ${MAX_PERIOD_DAYS} days` }]);
  }
  return period;
}

function calendarOf(form: Form, value: string, path: string): Period {
  const text = value.trim();
  if (!FORMS[form].shape.test(text)) {
    throw new InvalidInputException([{ path: `${path}.${form}`, message: `expected a ${form} such as ${FORMS[form].example}, got '${value}'` }]);
  }
  return parsed(() => parsePeriod(text), `${path}.${form}`);
}

function rangeOf(input: PeriodInput, path: string): Period {
  const missing = (['from', 'to'] as const).filter((end) => !given(input[end]));
  if (missing.length > 0) {
    throw new InvalidInputException(missing.map((end) => ({ path: `${path}.${end}`, message: 'a range needs both from and to' })));
  }
  const [from, to] = [(input.from as string).trim(), (input.to as string).trim()];
  for (const [end, text] of [['from', from], ['to', to]] as const) {
    if (!FORMS.day.shape.test(text)) {
      throw new InvalidInputException([{ path: `${path}.${end}`, message: `expected a day such as 2021-01-05, got '${text}'` }]);
    }
  }
  return parsed(() => rangePeriod(from, to), path);
}

function parsed(read: () => Period, path: string): Period {
  try {
    return read();
  } catch (error) {
    if (error instanceof PeriodError) throw new InvalidInputException([{ path, message: error.message }]);
    throw error;
  }
}
