// Types of electron-runtime.mjs, for the tests that import it.
export function electronBinary(electronDir: string): string | null;
export function ensureElectronBinary(electronDir: string, env?: Record<string, string | undefined>): string | null;
export function nodeTooOld(version?: string): string | null;
export const ROOT: string;
export function fail(message: string): never;
export function electronDirOrFail(alsoNeeded?: string[]): string;
