// The import aliases of tsconfig.base.json's `paths`, for esbuild builds (the
// CLI bundle and the tests that bundle the store worker or a crash writer).
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** esbuild's `alias` option: `@shared/x` → `<repo>/shared/x`, and so on. */
export const ESBUILD_ALIASES = {
  '@shared': `${root}shared`,
  '@electron': `${root}electron`,
  '@renderer': `${root}renderer/src`,
};
