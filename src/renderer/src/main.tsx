import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectLanguage, switchLanguage } from './i18n';
import './styles/app.css';
import { App } from './app/App';

// The first screen waits for its language's strings (a local chunk, loaded in a few ms).
void switchLanguage(detectLanguage()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
