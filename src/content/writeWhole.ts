import { renameSync, writeFileSync } from 'node:fs';

/** Writes a file whole under a temporary name, then renames it into place. */
export function writeWhole(file: string, text: string): void {
  // The process id keeps two builds writing the same file at once out of each other's way.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
