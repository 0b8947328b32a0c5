/**
 * `npm run build`: bundles what `npm start` and the container run into dist/ with esbuild, so that a start
 * loads a few large files instead of about a hundred modules resolved one by one (issue 17: Node 20 spends
 * 0.2–0.6 s of a 10,000-article restart resolving, linking and compiling them; docs/BENCHMARKS.md).
 *
 * dist/main.js (`npm start`), dist/healthcheck.js (the container's health check), dist/deploy.js (registers
 * the slash commands), dist/seed-worker.js (the worker thread that reads seed files), dist/stat-worker.js (the one
 * that stats a large seeds folder's files) and the chunks they share are all in dist/ itself; the commands are in dist/commands/, one file each, found there by
 * src/discord/loader.ts. Code splitting keeps the dynamic imports lazy (discord.js, the archive readers, the
 * LLM steps load only when wanted). Orama and fastest-levenshtein, loaded by every start, are bundled too; the
 * other packages stay in node_modules, imported as they are (eld is read by path, discord.js, linkedom and the
 * LLM clients load only when wanted).
 *
 * Only strips types: `npm run typecheck` checks them. Exits non-zero when esbuild fails or the layout the
 * code relies on (below) does not hold.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const OUT = 'dist';

/**
 * Modules that find other files relative to their own `import.meta.url`: seed-reader.ts starts
 * `./seed-worker.js`, loader.ts reads `./commands/`. Both hold only from a file directly in dist/.
 */
const LOCATING = ['src/live/seed-reader.ts', 'src/discord/loader.ts'];

/** Packages bundled with our code: pure ES modules that every start loads (measured in docs/BENCHMARKS.md). */
const BUNDLED_PACKAGES = /^(@orama\/|fastest-levenshtein$)/;

/** Leaves every other bare import (packages, node: builtins) to Node at run time. */
const otherPackagesExternal: Plugin = {
  name: 'other-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => (BUNDLED_PACKAGES.test(specifier) ? undefined : { path: specifier, external: true }));
  },
};

const commands = readdirSync('commands').filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: [
    { in: 'src/main.ts', out: 'main' },
    { in: 'src/healthcheck.ts', out: 'healthcheck' },
    { in: 'src/discord/deploy.ts', out: 'deploy' },
    { in: 'src/live/seed-worker.ts', out: 'seed-worker' },
    { in: 'src/live/stat-worker.ts', out: 'stat-worker' },
    ...commands.map((file) => ({ in: `commands/${file}`, out: `commands/${path.basename(file, '.ts')}` })),
  ],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Otherwise esbuild rewrites each expression with a \p{…} escape outside brackets as `new RegExp(source)`, whose source
  // is read and looked up again at every call; Node 20 takes them as literals, as the tests run them (docs/BENCHMARKS.md, stop 46).
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [otherPackagesExternal],
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});

const misplaced = Object.entries(result.metafile.outputs)
  .filter(([output, { inputs }]) => path.resolve(path.dirname(output)) !== path.resolve(OUT) && LOCATING.some((source) => source in inputs))
  .map(([output]) => output);
if (misplaced.length > 0) {
  process.stderr.write(`bundle: ${misplaced.join(', ')} hold code that locates files from dist/ itself\n`);
  process.exit(1);
}
