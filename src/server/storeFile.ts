import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseStoreData, type StoreData } from './storeData';

/** A store file that exists but cannot be used. */
export class StoreFileError extends Error {
  constructor(
    readonly filePath: string,
    readonly problems: string[],
  ) {
    super(`The store file ${filePath} is not a valid store:\n  ${problems.join('\n  ')}\nFix or delete it, or pass another --store.`);
    this.name = 'StoreFileError';
  }
}

function tempPrefix(filePath: string): string {
  return `.${path.basename(filePath)}.`;
}

/** Reads and checks the store; `null` when the file does not exist yet. */
export async function readStoreFile(filePath: string): Promise<StoreData | null> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StoreFileError(filePath, [`not JSON (${(error as Error).message})`]);
  }
  const parsed = parseStoreData(raw);
  if (!parsed.ok) throw new StoreFileError(filePath, parsed.problems);
  return parsed.data;
}

/** Removes temporary files left behind when a previous run died between write and rename. */
export async function removeStaleTempFiles(filePath: string): Promise<void> {
  const dir = path.dirname(filePath);
  const prefix = tempPrefix(filePath);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp')).map((name) => rm(path.join(dir, name), { force: true })),
  );
}

async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces the store file so that a reader, or a restart after a crash at any instant, sees either the old
 * file or the new one, never a torn mix: write a temporary file in the same directory, fsync it, rename it
 * over the target, then fsync the directory so that the rename itself survives a power cut.
 */
export async function writeStoreFileAtomic(filePath: string, data: StoreData): Promise<void> {
  const dir = path.dirname(filePath);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `${tempPrefix(filePath)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}
