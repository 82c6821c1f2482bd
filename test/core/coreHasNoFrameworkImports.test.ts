import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/core');
const files = readdirSync(CORE)
  .filter((name) => name.endsWith('.ts'))
  .sort();

// Comments may mention these words; only code counts.
function code(name: string): string {
  return readFileSync(path.join(CORE, name), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function importedModules(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function readsClock(source: string): boolean {
  return /\bDate\s*\.\s*now\b/.test(source) || /\bnew\s+Date\s*(\(\s*\))?(?!\s*\()/.test(source) || /\bperformance\s*\.\s*now\b/.test(source);
}

const FORBIDDEN = /^(react|react-dom|swr|msw)(\/|$)|^@testing-library\//;

describe('src/core stays framework-free and clock-free', () => {
  it('finds the core modules to check', () => {
    expect(files).toEqual(expect.arrayContaining(['getDowntimeState.ts', 'index.ts', 'mergeWindows.ts', 'parseDowntimeResponse.ts', 'providers.ts', 'types.ts']));
  });

  it('the import scanner sees the forms of import it must catch', () => {
    const sample = `import React from 'react';\nimport type { SWRConfiguration } from "swr";\nexport { http } from 'msw';\nimport 'react-dom/client';\nconst m = await import('msw/node');`;
    expect(importedModules(sample).filter((m) => FORBIDDEN.test(m))).toEqual(['react', 'swr', 'msw', 'react-dom/client', 'msw/node']);
  });

  it.each(files)('%s imports no React, SWR or msw, and only relative modules', (name) => {
    const modules = importedModules(code(name));
    expect(modules.filter((m) => FORBIDDEN.test(m))).toEqual([]);
    expect(modules.filter((m) => !m.startsWith('./'))).toEqual([]);
  });

  it('the clock scanner tells reading the clock from handling a given instant', () => {
    for (const reads of ['Date.now()', 'const t = new Date();', 'new Date( )', 'new Date;', 'performance.now()']) expect(readsClock(reads)).toBe(true);
    for (const pure of ['new Date(ms).toISOString()', 'Date.parse(text)', 'Date.UTC(2025, 0, 1)', 'now.getTime()']) expect(readsClock(pure)).toBe(false);
  });

  it.each(files)('%s never reads the clock (no Date.now(), no new Date() without an argument)', (name) => {
    expect(readsClock(code(name))).toBe(false);
  });
});
