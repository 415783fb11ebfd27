'use strict';
// Writes a deterministic CSV of interaction records for the scoring benchmark: one month (January 2021) of calls,
// chats and emails by 10,000 agents in 200 teams. Agents differ in volume (a tenth are part-timers, some below the
// eligibility bar), in skill (ratings, resolution, handle time) and a few work queues without surveys, so kpis go
// null and the score must renormalise. Durations are whole seconds, as contact-centre exports carry them.
//
//   node tests/bench/generate-records.js [--records 1000000] [--agents 10000] [--teams 200] [--seed 7] [--out FILE]

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { createPrng } = require('./lib/prng');

const WORK_DIR = path.join(__dirname, '.work');
const COLUMNS = [
  'external_id', 'agent', 'team', 'occurred_at', 'channel', 'priority', 'customer', 'answered',
  'wait_seconds', 'first_response_seconds', 'talk_seconds', 'hold_seconds', 'wrap_seconds', 'handle_seconds',
  'resolved', 'first_contact_resolved', 'transferred', 'rating',
];
const DAYS_IN_MONTH = 31;

function makeAgents(prng, agents, teams) {
  const list = [];
  let total = 0;
  for (let i = 0; i < agents; i++) {
    const partTime = prng.chance(0.1);
    const weight = partTime ? 0.04 + 0.3 * prng.next() : Math.max(0.3, prng.normal(1, 0.25));
    total += weight;
    list.push({
      id: `A${String(i + 1).padStart(5, '0')}`,
      team: `T${String(prng.int(1, teams)).padStart(3, '0')}`,
      skill: prng.next(),
      surveyed: !prng.chance(0.02),
      talkMean: prng.normal(240, 45),
      cumulative: total,
    });
  }
  for (const a of list) a.cumulative /= total;
  return list;
}

function pickAgent(list, u) {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].cumulative < u) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}

const two = (n) => String(n).padStart(2, '0');

function occurredAt(prng) {
  return `2021-01-${two(prng.int(1, DAYS_IN_MONTH))}T${two(prng.int(8, 21))}:${two(prng.int(0, 59))}:${two(prng.int(0, 59))}`;
}

function channelTimes(prng, channel, answered) {
  if (channel === 'email') return { wait: '', first: answered ? prng.int(600, 86_400) : '' };
  const wait = Math.max(0, Math.round(prng.normal(channel === 'phone' ? 24 : 14, channel === 'phone' ? 16 : 8)));
  return { wait, first: answered ? (channel === 'phone' ? wait : wait + prng.int(3, 60)) : '' };
}

function rating(prng, agent, answered) {
  if (!agent.surveyed || !answered || !prng.chance(0.35)) return '';
  const u = prng.next() * (0.6 + 0.4 * agent.skill);
  return u > 0.5 ? 5 : u > 0.32 ? 4 : u > 0.18 ? 3 : u > 0.08 ? 2 : 1;
}

/** One CSV line; blank cells are missing values. */
function recordLine(prng, index, agents) {
  const agent = pickAgent(agents, prng.next());
  const u = prng.next();
  const channel = u < 0.5 ? 'phone' : u < 0.85 ? 'chat' : 'email';
  const v = prng.next();
  const priority = v < 0.85 ? 'normal' : v < 0.95 ? 'high' : 'urgent';
  const answered = channel !== 'phone' || prng.chance(0.92);
  const { wait, first } = channelTimes(prng, channel, answered);
  let talk = '', hold = '', wrap = '', handle = '';
  if (answered) {
    talk = Math.max(20, Math.round(prng.normal(agent.talkMean, 70)));
    hold = prng.chance(0.2) ? prng.int(5, 120) : 0;
    wrap = prng.int(10, 90);
    handle = talk + hold + wrap;
  }
  const resolved = answered && prng.chance(0.8 + 0.15 * agent.skill);
  const fcr = resolved && prng.chance(0.6 + 0.3 * agent.skill);
  const transferred = answered && prng.chance(0.04 + 0.06 * (1 - agent.skill));
  return [
    `R${String(index + 1).padStart(7, '0')}`, agent.id, agent.team, occurredAt(prng), channel, priority,
    `C${prng.int(1, 300_000)}`, answered, wait, first, talk, hold, wrap, handle, resolved, fcr, transferred,
    rating(prng, agent, answered),
  ].join(',');
}

function writeRecords({ records, agents, teams, seed, out }) {
  const prng = createPrng(seed);
  const agentList = makeAgents(prng, agents, teams);
  const tmp = `${out}.partial`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, `${COLUMNS.join(',')}\n`);
    const CHUNK = 20_000;
    for (let start = 0; start < records; start += CHUNK) {
      const lines = [];
      for (let i = start; i < Math.min(records, start + CHUNK); i++) lines.push(recordLine(prng, i, agentList));
      fs.writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, out);
  return out;
}

/**
 * The CSV for these settings, generated once and then reused from tests/bench/.work/. The name carries a hash
 * of this script, so editing the generator never leaves a stale file in use.
 */
function ensureRecords(options = {}) {
  const o = { records: 1_000_000, agents: 10_000, teams: 200, seed: 7, ...options };
  const version = crypto.createHash('sha1').update(fs.readFileSync(path.join(__dirname, 'generate-records.js'))).digest('hex').slice(0, 8);
  const out = o.out || path.join(WORK_DIR, `records-${o.records}-${o.agents}-${o.teams}-s${o.seed}-${version}.csv`);
  if (!fs.existsSync(out)) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // files of earlier versions of this script are ~100 MB each
    const stale = `records-${o.records}-${o.agents}-${o.teams}-s${o.seed}-`;
    if (!o.out) for (const f of fs.readdirSync(WORK_DIR)) if (f.startsWith(stale) && f.endsWith('.csv')) fs.rmSync(path.join(WORK_DIR, f));
    writeRecords({ ...o, out });
  }
  return out;
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['records', 'agents', 'teams', 'seed', 'out'].includes(key) || argv[i + 1] === undefined) {
      throw new Error(`unknown or incomplete option ${argv[i]}`);
    }
    options[key] = key === 'out' ? path.resolve(argv[i + 1]) : Number(argv[i + 1]);
  }
  return options;
}

module.exports = { ensureRecords, writeRecords, COLUMNS };

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const file = options.out ? writeRecords({ records: 1_000_000, agents: 10_000, teams: 200, seed: 7, ...options }) : ensureRecords(options);
  console.log(`${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB, ${Date.now() - started} ms)`);
}
