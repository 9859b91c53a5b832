/** Polls Meilisearch's /health until it answers "available". */
export async function waitForHealth(
  url: string,
  timeoutMs: number,
  gaveUp: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error('the Meilisearch process exited');
    if (await isHealthy(url)) return;
    lastError = `no healthy answer from ${url}`;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${lastError})`);
}

export async function isHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return false;
    const body = (await res.json()) as { status?: string };
    return body.status === 'available';
  } catch {
    return false;
  }
}
