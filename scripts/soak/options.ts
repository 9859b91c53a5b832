/** The soak's knobs, from the environment; a value that is not a number it can use stops it before anything starts. */
export interface SoakOptions {
  minutes: number;
  clients: number;
  articles: number;
  /** How long the server may take to start and index the corpus the first time. */
  startMinutes: number;
}

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number, whole: boolean): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
    throw new Error(`${name}=${raw}: expected ${whole ? 'a whole number' : 'a number'} ≥ 0`);
  }
  return value;
}

export function soakOptions(env: NodeJS.ProcessEnv): SoakOptions {
  return {
    minutes: nonNegative(env, 'SOAK_MINUTES', 30, false),
    clients: nonNegative(env, 'SOAK_CLIENTS', 16, true),
    articles: nonNegative(env, 'SOAK_ARTICLES', 4879, true),
    startMinutes: nonNegative(env, 'SOAK_START_MINUTES', 30, false),
  };
}
