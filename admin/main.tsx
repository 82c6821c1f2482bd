// The mock server's admin page. An app, not the library: it may read the clock and keep the token in the tab.
import '@department-of-veterans-affairs/component-library/dist/main.css';
import { defineCustomElements } from '@department-of-veterans-affairs/component-library';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './components/AdminApp';
import './admin.css';

defineCustomElements();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AdminApp />
  </StrictMode>,
);
