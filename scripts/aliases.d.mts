export declare const ESBUILD_ALIASES: Record<string, string>;
