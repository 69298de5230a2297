/**
 * fast-check settings for the engine's property tests. On failure fast-check
 * prints the seed and path of the counterexample; to replay it run
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run --project unit tests/unit/engine`.
 */
import type { Parameters } from 'fast-check';

export function fcParams<T>(numRuns: number): Parameters<T> {
  const seed = process.env.FC_SEED;
  const path = process.env.FC_PATH;
  return {
    numRuns,
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}
