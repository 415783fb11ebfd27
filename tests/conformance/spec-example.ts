// The complete example of spec §1 (one copy, in dsl's test helpers): the conformance suite scores it and the fuzz
// suite mutates it; below, the records and agents the conformance rows score it on.
import { recs, type Fields } from './builders';

export { SPEC_EXAMPLE } from '../../dsl/src/parser/test-helpers';

/** i-th record of the §1 example's agents (20 each for a1 and a2, 19 for a3) */
const example = (handle: number, team: string) => (i: number): Fields => ({
  team, rating: i < 18 ? 5 : 2, resolved: i < 16, first_contact_resolved: i < 12, handle_seconds: handle,
  first_response_seconds: 20, priority: i < 4 ? 'urgent' : 'normal', kb_used: i < 5,
});
const EXAMPLE_AT = '2026-10-15 11:00';
/** October 2026 (profile normal): a1 and a2 on team T1 with 20 records each, a3 on T2 with 19. */
export const EXAMPLE_INPUTS = {
  period: { from: '2026-10-01', to: '2026-10-31' },
  agents: [
    { id: 'a1', team: 'T1', hiredOn: '2026-09-01', attributes: { base_bonus: 5000 } },
    { id: 'a2', team: 'T1', hiredOn: '2024-01-01', attributes: { base_bonus: 3000.1 } },
    { id: 'a3', team: 'T2', hiredOn: '2024-01-01', attributes: { base_bonus: 1000 } },
  ],
  records: [
    ...recs(20, 'a1', example(330, 'T1'), EXAMPLE_AT), ...recs(20, 'a2', example(200, 'T1'), EXAMPLE_AT),
    ...recs(19, 'a3', example(300, 'T2'), EXAMPLE_AT),
  ],
};

