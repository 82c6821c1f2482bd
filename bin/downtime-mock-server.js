#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so the same source runs here, in `npm run mock-server` and in tests.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli.ts');
