import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CONTENT_DIR = join(__dirname, '../../src/content');
const sources = readdirSync(CONTENT_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(CONTENT_DIR, name), 'utf8') }));

describe('src/content purity', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((s) => [s.name, s.text] as const))('%s never reads the clock', (_name, text) => {
    expect(text).not.toMatch(/Date\.now\s*\(/);
    expect(text).not.toMatch(/new Date\s*\(\s*\)/);
    expect(text).not.toMatch(/performance\.now/);
  });

  it.each(sources.map((s) => [s.name, s.text] as const))('%s imports no React, SWR or msw', (_name, text) => {
    expect(text).not.toMatch(/from ['"](react|react-dom|swr|msw)(\/[^'"]*)?['"]/);
  });
});
