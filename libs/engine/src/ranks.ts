import { eq12 } from '@yardstick/dsl';

// Competition ranking (1, 2, 2, 4) by score descending. Scores that agree to 12 significant digits tie, so
// 0.1 + 0.2 and 0.3 share a rank; null scores get no rank.

/** Ranks by item index; items with a null score map to null. */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const ranks: (number | null)[] = new Array(scores.length).fill(null);
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] !== null) order.push(i);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  let leader = NaN;
  let rank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const s = scores[order[pos]] as number;
    // 12-digit equality buckets scores (it compares their 12-digit decimal texts), so comparing with the
    // group's first score is the same as comparing with its neighbour
    if (pos === 0 || !eq12(s, leader)) {
      rank = pos + 1;
      leader = s;
    }
    ranks[order[pos]] = rank;
  }
  return ranks;
}

/** Ranks within groups: each group ranked on its own (the key null ranks nobody). */
export function groupedRanks(scores: readonly (number | null)[], groups: readonly (string | null)[]): (number | null)[] {
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g === null) return;
    const list = members.get(g) ?? [];
    list.push(i);
    members.set(g, list);
  });
  const ranks: (number | null)[] = new Array(scores.length).fill(null);
  for (const idx of members.values()) {
    const local = competitionRanks(idx.map((i) => scores[i]));
    idx.forEach((i, k) => { ranks[i] = local[k]; });
  }
  return ranks;
}
