import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { FieldType } from '../../compile/types';
import { BUILTIN_FIELDS, FIELD_TYPES } from '../../fields';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// `field NAME: TYPE` adds a record field: not one of the built-ins (YS114), of a known type (YS115).

export const fieldDeclarationRule: CheckRule = {
  id: 'field-declaration',
  check: eachScorecard((sc, ctx) => {
    const out: Diagnostic[] = [];
    for (const item of sc.decl.items) {
      if (item.kind !== 'field') continue;
      if (Object.hasOwn(BUILTIN_FIELDS, item.name.name)) out.push(diagnostic('YS114', item.name.span, { name: item.name.name }));
      if (item.type.name && !FIELD_TYPES.includes(item.type.name as FieldType)) {
        const h = ctx.hint(item.type.name, FIELD_TYPES);
        out.push(diagnostic('YS115', item.type.span, { name: item.type.name }, h.suggestion));
      }
    }
    return out;
  }),
};
