// Entry point of the admin app: picks the reader's language, then mounts the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '@life-relay/domain';
import { App } from './app/App';
import './styles.css';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App locale={locale} />
  </StrictMode>,
);
