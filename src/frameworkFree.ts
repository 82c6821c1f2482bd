// The `./core` entry: parser, decision and content, with no React, SWR or msw.
export * from './core/index';
export * from './content/index';
