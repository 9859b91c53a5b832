import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';

/** Writes the seeds and up to `limit` VietNews articles (title, blank line, body) as .txt files. */
export async function writeSoakCorpus(dir: string, seedsDir: string, newsFile: string, limit: number): Promise<number> {
  fs.mkdirSync(path.join(dir, 'news'), { recursive: true });
  for (const f of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, f), path.join(dir, f));
  let n = 0;
  if (!fs.existsSync(newsFile)) return n;
  const lines = readline.createInterface({ input: fs.createReadStream(newsFile).pipe(zlib.createGunzip()) });
  for await (const line of lines) {
    if (n >= limit) break;
    const a = JSON.parse(line) as { id: string; title: string; body: string };
    fs.writeFileSync(
      path.join(dir, 'news', `${String(a.id).replace(/[^\w-]/g, '_')}.txt`),
      `${a.title}\n\n${a.body}\n`,
    );
    n++;
  }
  lines.close();
  return n;
}
