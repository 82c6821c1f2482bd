/** Where the page is built by default; the mock server's `--admin-assets` points here. */
export declare const ADMIN_DIST_DIR: string;

/** Options for {@link buildAdminPage}. */
export interface BuildAdminPageOptions {
  /** Directory to build into; emptied first. @defaultValue ADMIN_DIST_DIR */
  outDir?: string;
  /** Print Vite's output as it builds. @defaultValue false */
  log?: boolean;
}

/** Runs `vite build --config admin/vite.config.ts` into `outDir` and resolves with that directory. */
export declare function buildAdminPage(options?: BuildAdminPageOptions): Promise<string>;
