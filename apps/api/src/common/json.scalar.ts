import { Kind, GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';

// Custom attributes (agents, teams, groups) are flat objects of scalars; this scalar carries them as JSON objects.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function literal(node: ValueNode): Json {
  switch (node.kind) {
    case Kind.STRING: case Kind.BOOLEAN: return node.value;
    case Kind.INT: case Kind.FLOAT: return Number(node.value);
    case Kind.NULL: return null;
    case Kind.LIST: return node.values.map(literal);
    case Kind.OBJECT: return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]));
    default: throw new GraphQLError('JSONObject literals cannot contain variables');
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphQLError('JSONObject expects an object such as {"shift":"night"}');
  }
  return value as Record<string, unknown>;
}

export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object (custom attributes: names to strings, numbers, booleans or null).',
  serialize: asObject,
  parseValue: asObject,
  parseLiteral: (node) => asObject(literal(node)),
});

/** Custom attributes as stored (jsonb) and served. */
export type Attributes = { [name: string]: string | number | boolean | null };
