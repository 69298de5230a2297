/**
 * Zod compiles fast validators with `new Function` unless told not to; the
 * renderer's CSP forbids eval, and merely probing for it logs a CSP violation.
 * Imported first in main.tsx, before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
