/**
 * Benchmark corpus builder.
 *   tsx scripts/bench/corpus/cli.ts base <outDir>               real documents: one per Pháp điển topic, one per news article
 *   tsx scripts/bench/corpus/cli.ts generate <outDir> <sections> [seed]   a recombined archive of about that many sections
 * Output goes to a temp folder of your choice; never commit it.
 */
import path from 'node:path';
import { writeBaseCorpus } from './base.js';
import { generateArchive } from './generate.js';

async function main(): Promise<void> {
  const [cmd, out, size, seed] = process.argv.slice(2);
  if (cmd === 'base' && out) {
    const r = await writeBaseCorpus(path.resolve(out));
    process.stdout.write(`base corpus: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${out}\n`);
    return;
  }
  if (cmd === 'generate' && out && size) {
    const started = Date.now();
    const m = await generateArchive(path.resolve(out), Number(size), seed ? Number(seed) : 7, (p) =>
      process.stderr.write(`\r${p.files} files, ${p.sections} sections, ${(p.bytes / 1e6).toFixed(0)} MB`));
    process.stdout.write(`\narchive: ${m.files} files, ${m.sections} sections, ${(m.bytes / 1e6).toFixed(1)} MB in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return;
  }
  process.stderr.write('usage: cli.ts base <outDir> | generate <outDir> <sections> [seed]\n');
  process.exitCode = 2;
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
