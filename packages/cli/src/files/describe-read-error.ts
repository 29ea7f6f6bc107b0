/**
 * Why a file could not be read, in words for the person running the command: "no such file",
 * "it is a folder" or "it cannot be read" (never the system's message, which can hold a path
 * the person did not type).
 */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  return 'it cannot be read';
}
