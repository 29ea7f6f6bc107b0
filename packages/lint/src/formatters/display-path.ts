/**
 * A file path as a formatter shows it: forward slashes, and relative to `cwd` when the file lies
 * inside it.
 *
 * @returns the path to show.
 * @example
 * toDisplayPath('/repo/emails/welcome.hbs', '/repo'); // 'emails/welcome.hbs'
 */
export function toDisplayPath(filePath: string, cwd: string | undefined): string {
  const path = filePath.replace(/\\/gu, '/');
  if (!cwd) return path;
  const base = cwd.replace(/\\/gu, '/').replace(/\/+$/u, '');
  const isWindows = /^[A-Za-z]:\//u.test(path);
  const inside = isWindows
    ? path.toLowerCase().startsWith(`${base.toLowerCase()}/`)
    : path.startsWith(`${base}/`);
  return inside ? path.slice(base.length + 1) : path;
}
