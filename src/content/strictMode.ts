/**
 * Whether this build treats content warnings as errors: `vite build -- --strict` (arguments
 * after `--` reach the config untouched) or `SAYWIRE_STRICT=1` in the environment.
 */
export function isStrictBuild(
  argv: readonly string[] = process.argv,
  env: Record<string, string | undefined> = process.env,
): boolean {
  return argv.includes('--strict') || /^(1|true|yes)$/i.test(env.SAYWIRE_STRICT ?? '');
}
