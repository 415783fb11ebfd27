// Prints the gzip size of the JavaScript and CSS the login page loads (the entry script of dist/index.html and
// the chunks it imports statically), then every other chunk, loaded later on demand. Budget: 1 MB of compressed
// JavaScript for the first load. Usage: node apps/admin/scripts/bundle-size.mjs [--json]  (after a build)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 1_000_000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('apps/admin/dist is missing: run `npm run build -w @yardstick/admin` first');
  process.exit(1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
const loaded = new Set();
const visit = (file) => {
  if (loaded.has(file) || !existsSync(join(dist, file))) return;
  loaded.add(file);
  if (!file.endsWith('.js')) return;
  // Static imports only (`import … from "./x.js"` / `import "./x.js"`): dynamic `import()` chunks load later.
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)) visit(`assets/${match[1]}`);
};
entries.forEach(visit);

const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const first = [...loaded].map(sizeOf);
const later = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`).filter((file) => !loaded.has(file) && /\.(js|css)$/.test(file)).map(sizeOf);
const firstJs = first.filter((item) => item.file.endsWith('.js')).reduce((sum, item) => sum + item.gzip, 0);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ firstLoadJsGzip: firstJs, budget: BUDGET, first, later }, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} kB`;
  console.log('login page (first load):');
  for (const item of first) console.log(`  ${kb(item.gzip)} gzip ${kb(item.raw)} raw  ${item.file}`);
  console.log(`  ${kb(firstJs)} gzip JavaScript in total (budget ${BUDGET / 1000} kB: ${firstJs <= BUDGET ? 'within' : 'OVER'})`);
  console.log('loaded on demand:');
  for (const item of later.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(item.gzip)} gzip ${kb(item.raw)} raw  ${item.file}`);
}
process.exitCode = firstJs <= BUDGET ? 0 : 1;
