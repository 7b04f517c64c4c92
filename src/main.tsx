import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/app';
import { registerOffline } from './ui/offline/register';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// offline after the first visit (the build's service worker; none in the dev server)
if (import.meta.env.PROD) registerOffline();
