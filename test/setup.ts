import '@testing-library/jest-dom/vitest';
import { defineCustomElement as defineVaAlert } from '@department-of-veterans-affairs/component-library/dist/components/va-alert.js';
import { defineCustomElement as defineVaTelephone } from '@department-of-veterans-affairs/component-library/dist/components/va-telephone.js';
import { defineCustomElement as defineVaLink } from '@department-of-veterans-affairs/component-library/dist/components/va-link.js';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../src/mocks/node';

// jsdom has replaceSync but no adoptedStyleSheets, and Stencil needs both to attach component styles.
for (const proto of [globalThis.ShadowRoot?.prototype, globalThis.Document?.prototype]) {
  if (proto && !('adoptedStyleSheets' in proto)) {
    Object.defineProperty(proto, 'adoptedStyleSheets', {
      configurable: true,
      get(this: { __adopted?: unknown[] }) {
        return this.__adopted ?? [];
      },
      set(this: { __adopted?: unknown[] }, value: unknown[]) {
        this.__adopted = value;
      },
    });
  }
}
defineVaAlert();
defineVaTelephone();
defineVaLink();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
