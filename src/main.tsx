import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The bundled CJK font, split by unicode-range: only machines without a system CJK font fetch its files.
// One weight for the UI (bold is synthesised); exports load their own weights when they draw.
import '@fontsource/noto-sans-sc/400.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/panel.css';
import './styles/provenance.css';
import './styles/reports.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
