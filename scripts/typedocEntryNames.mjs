// TypeDoc names each entry point after its file (index, frameworkFree, es, mocks). Readers import package paths,
// so the API reference uses those instead.
import { Converter } from 'typedoc';

const NAMES = {
  index: '@va-identity/downtime-banner',
  frameworkFree: '@va-identity/downtime-banner/core',
  es: '@va-identity/downtime-banner/es',
  mocks: '@va-identity/downtime-banner/mocks',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) module.name = NAMES[module.name] ?? module.name;
  });
}
