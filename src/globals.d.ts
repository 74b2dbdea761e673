/** Injected by the build (scripts/build.mjs) and by vitest.config.ts. */
declare const __GAPCHECK_VERSION__: string;

/** A style sheet imported as its text (esbuild's and vitest's "text" loader for .css). */
declare module "*.css" {
  const text: string;
  export default text;
}
