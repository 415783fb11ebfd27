import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { AGENT_ATTRIBUTES } from '../../fields';
import type { CheckRule, MemberUse } from '../analysis';
import { closestName, hintOf, maxDistance } from '../suggest';
import { eachUnit } from './rule-kit';

// `agent.x`, `team.x`, `group.x`: the object must be the subject being scored (YS111) and one of the
// three (YS113). Agent attributes may be custom, so an unknown one is fine, unless it is one or two
// edits away from a built-in attribute: then it is almost certainly a typo (YS110).

const OBJECTS = ['agent', 'team', 'group'];
const BUILTIN_ATTRIBUTES = Object.keys(AGENT_ATTRIBUTES);

function typo(use: MemberUse): Diagnostic | undefined {
  const name = use.expr.property.name;
  if (!name || Object.hasOwn(AGENT_ATTRIBUTES, name)) return undefined;
  // short custom names (`age`) sit close to short built-ins (`name`): allow two edits only for longer names
  const near = closestName(name, BUILTIN_ATTRIBUTES, Math.min(2, maxDistance(name)));
  if (near === undefined) return undefined;
  return diagnostic('YS110', use.expr.property.span, { name, ...hintOf(near) }, near);
}

export const memberAccessRule: CheckRule = {
  id: 'member-access',
  check: eachUnit((unit, ctx) => {
    // a compensation pays agents, so only `agent.` is in scope there
    const subject = unit.kind === 'scorecard' ? unit.subject : 'agent';
    const out: Diagnostic[] = [];
    for (const use of unit.uses.members) {
      const object = use.expr.object;
      if (!object.name) continue;
      if (!OBJECTS.includes(object.name)) {
        const h = ctx.hint(object.name, OBJECTS);
        out.push(diagnostic('YS113', object.span, { name: object.name }, h.suggestion));
      } else if (object.name !== subject) {
        out.push(diagnostic('YS111', object.span, { object: object.name, subject }));
      } else if (object.name === 'agent') {
        const d = typo(use);
        if (d) out.push(d);
      }
    }
    return out;
  }),
};
