import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** The machine a run was made on, so figures from different machines are never compared unknowingly. */
export function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 1e9) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

/** Other work on the machine slows every timing: the 1-minute load average is recorded with the results. */
export const load = () => Math.round(loadavg()[0]! * 100) / 100;

/** The commit measured, marked when the working tree had changes that are not committed. */
export function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
