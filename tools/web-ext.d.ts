// The part of web-ext's programmatic API the Firefox runner uses (web-ext ships no types).
declare module 'web-ext' {
  interface RunOptions {
    sourceDir: string; firefox: string; args?: string[]; startUrl?: string[];
    noReload?: boolean; noInput?: boolean; pref?: Record<string, string | number | boolean>;
  }
  const webExt: { cmd: { run(options: RunOptions, deps: { shouldExitProgram: boolean }): Promise<{ exit(): Promise<void> }> } };
  export default webExt;
}
