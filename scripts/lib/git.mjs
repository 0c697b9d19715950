import { execFileSync } from 'node:child_process';

/** `git(...args)` run in `cwd`: stdout without the trailing newline; throws with git's message on failure. */
export function gitIn(cwd) {
  return (...args) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
    } catch (error) {
      throw new Error(`git ${args.join(' ')}: ${error.stderr?.toString().trim() || error.message}`);
    }
  };
}

/** Whether `rev` names a commit. */
export function isCommit(git, rev) {
  try {
    git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`);
    return true;
  } catch {
    return false;
  }
}
