// Preloaded into a child process by the bench: reports that process's own peak memory when it exits.
process.on('exit', () => {
  process.stderr.write(`BENCH_RSS ${process.resourceUsage().maxRSS}\n`);
});
