import type { ProfileDecl } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// A scorecard scores with profiles (YS308 when it has none), and exactly one is the `default` used
// when no `active` range holds: none is YS306 (at the scorecard's name), a second is YS307 (at its
// `default`). When the parser could not read some item, the missing profile may be that one: quiet.

export const profileDefaultRule: CheckRule = {
  id: 'profile-default',
  check: eachScorecard((sc) => {
    const profiles = sc.decl.items.filter((i): i is ProfileDecl => i.kind === 'profile');
    const out: Diagnostic[] = [];
    let first: ProfileDecl | undefined;
    for (const profile of profiles) {
      if (!profile.default) continue;
      if (first) out.push(diagnostic('YS307', profile.default, { other: first.name.name, line: first.name.span.start.line }));
      else first = profile;
    }
    if (sc.incomplete || first) return out;
    return [diagnostic(profiles.length === 0 ? 'YS308' : 'YS306', sc.decl.name.span)];
  }),
};
