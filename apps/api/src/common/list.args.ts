import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';
import { parseInput } from './validation';

// Paging and sorting in the shape react-admin's ra-data-graphql-simple sends: 0-based page, perPage,
// sortField, sortOrder ASC|DESC. Every list query validates sortField against the fields it can sort by.

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: '0-based page number' })
  page?: number;

  @Field(() => Int, { nullable: true, description: 'rows per page (1–1000, default 25)' })
  perPage?: number;

  @Field(() => String, { nullable: true })
  sortField?: string;

  @Field(() => String, { nullable: true, description: 'ASC or DESC' })
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

export interface Paging<F extends string> {
  skip: number;
  take: number;
  sortField: F;
  descending: boolean;
}

export function parsePaging<F extends string>(args: ListArgs, sortable: readonly [F, ...F[]], fallback: F): Paging<F> {
  const parsed = parseInput(z.object({
    page: z.number().int().min(0, 'page is 0-based and cannot be negative').default(0),
    perPage: z.number().int().min(1).max(1000).default(25),
    sortField: z.enum(sortable, { error: `sortField must be one of ${sortable.join(', ')}` }).default(fallback),
    sortOrder: z.enum(['ASC', 'DESC', 'asc', 'desc'], { error: 'sortOrder must be ASC or DESC' }).default('ASC'),
  }), stripNulls(args));
  return {
    skip: parsed.page * parsed.perPage,
    take: parsed.perPage,
    sortField: parsed.sortField as F,
    descending: parsed.sortOrder.toUpperCase() === 'DESC',
  };
}

/** GraphQL sends explicit nulls for omitted nullable args in some clients; treat them as absent. */
export function stripNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== null && inner !== undefined)) as Partial<T>;
}
