import { setupWorker } from 'msw/browser';

/** An msw service worker for the demo and Storybook; add handlers with `worker.use(...)`. */
export const worker = setupWorker();
