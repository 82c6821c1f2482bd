// The package's `module` entry (src/main.js) re-exports Stencil's lazy loader, but its declared types omit it.
export {};
declare module '@department-of-veterans-affairs/component-library' {
  export function defineCustomElements(win?: Window, options?: unknown): Promise<void>;
}
