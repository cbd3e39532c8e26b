// Entry point of the web app: starts what the address needs, then mounts the routes.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { prefetchFor, Routes } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

prefetchFor(window.location);

createRoot(container).render(
  <StrictMode>
    <Routes />
  </StrictMode>,
);
