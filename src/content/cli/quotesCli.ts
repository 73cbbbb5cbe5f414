/**
 * `npm run --silent quotes -- path/to/file.txt`: prints the quotations the engine finds in a text
 * file as a JSON array (see QuoteRecord). Exit 0 with the JSON, or non-zero with a message on
 * stderr when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { quoteRecords } from './quoteRecords.ts';

const USAGE = 'usage: npm run --silent quotes -- <file.txt>';

async function main(args: string[]): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file] = args;
  if (file === undefined || args.length > 1) {
    process.stderr.write(`quotes: expected one file path\n${USAGE}\n`);
    return 2;
  }
  // `npm run` starts scripts in the package root; resolve paths from where the user typed them.
  const cwd =
    process.env.npm_lifecycle_event === 'quotes' && process.env.INIT_CWD
      ? process.env.INIT_CWD
      : process.cwd();
  const fullPath = path.resolve(cwd, file);
  let content: string;
  try {
    // Node keeps a BOM and line endings as they are, so offsets slice the file's exact text.
    content = await readFile(fullPath, 'utf8');
  } catch (error) {
    process.stderr.write(`quotes: cannot read ${file}: ${reason(error)}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(quoteRecords(content), null, 2)}\n`);
  return 0;
}

function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

// Set the exit code rather than exiting, so a large JSON array is fully flushed to a pipe.
process.exitCode = await main(process.argv.slice(2));
