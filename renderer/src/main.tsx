import './zodConfig';
import '@radix-ui/themes/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { adoptLaunchToken } from './api/client';

// Before anything calls the API: the token leaves the address bar as soon as the page has it.
adoptLaunchToken();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
