/**
 * A script for test/unit/script-process.test.ts: starts two children through scripts/shared/process.ts
 * (a `sleep`, and a shell that starts a `sleep` of its own), prints their pids as one JSON line, then
 * leaves the way argv[2] says: return, throw, crash (an error thrown outside main), exit
 * (process.exit inside main) or wait (until a signal ends it). Its `onStop` cleanup writes the file argv[3].
 */
import fs from 'node:fs';
import { onStop, runScript, startChild } from '../../scripts/shared/process.js';

const [how, marker] = process.argv.slice(2);

runScript('script-children', async () => {
  onStop(() => fs.writeFileSync(marker!, 'stopped'));
  const sleeper = startChild('sleep', ['300'], { stdio: 'ignore' });
  const shell = startChild('sh', ['-c', 'sleep 300 & echo $!; wait'], {
    stdio: ['ignore', 'pipe', 'ignore'],
    collect: true,
  });
  while (!shell.output().includes('\n')) await new Promise((r) => setTimeout(r, 20));
  process.stdout.write(`${JSON.stringify({ pids: [sleeper.pid, shell.pid, Number(shell.output().trim())] })}\n`);
  await new Promise((r) => setTimeout(r, 500)); // time for the test to see them alive
  if (how === 'throw') throw new Error('failed on purpose');
  if (how === 'crash')
    setTimeout(() => {
      throw new Error('crashed on purpose');
    }, 10);
  if (how === 'exit') process.exit(3);
  if (how === 'crash' || how === 'wait') await new Promise(() => undefined);
  return 0;
});
