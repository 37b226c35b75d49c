// The machine a benchmark ran on, for the record: CPUs, memory, node and chromium versions.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

function tryRun(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export function machineLine(): string {
  const nproc = tryRun('nproc', []) ?? String(cpus().length);
  const mem =
    tryRun('free', ['-h'])?.split('\n')[1]?.split(/\s+/)[1] ?? `${(totalmem() / 2 ** 30).toFixed(0)}Gi`;
  const chromium = tryRun('/usr/bin/chromium', ['--version'])?.replace(/\s+built on.*/, '') ?? 'chromium n/a';
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  // The load average says how much else ran at the same time (the figures are noisy when it is high).
  const load = loadavg()[0]!.toFixed(2);
  return `${nproc} CPUs (${model}), ${mem} RAM, node ${process.version}, ${chromium}, load avg ${load} at start`;
}
