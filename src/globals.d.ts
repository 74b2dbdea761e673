/** Injected by the build (scripts/build.mjs) and by vitest.config.ts. */
declare const __GAPCHECK_VERSION__: string;
