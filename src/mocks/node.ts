import { setupServer } from 'msw/node';

/** An msw server for Node tests, with no handlers; add them per test with `server.use(...createHandlers(...))`. */
export const server = setupServer();
