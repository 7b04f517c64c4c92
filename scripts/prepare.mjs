// npm's `prepare` step: build the command line (scripts/build-cli.mjs) after an install.
// `npm ci --dry-run` runs this step too but installs nothing, so esbuild is not there to build
// with: say so and stop, instead of failing a dry run. A real install always builds.
if (process.env.npm_config_dry_run === 'true') {
  console.log('prepare: dry run, the command line is not built');
} else {
  process.argv.push('--quiet');
  await import('./build-cli.mjs');
}
