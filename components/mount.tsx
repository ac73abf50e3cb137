import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLocale, setLocale } from '../lib/i18n';
import { getSetting } from '../storage/settings';
import './base.css';

/** Mounts an extension page after reading the user's locale, so the first paint is in the right language. */
export async function mountPage(render: () => ReactNode): Promise<void> {
  try {
    setLocale(await getSetting('locale'));
  } catch {
    // An unreadable settings table must not keep the page from opening; the browser's language stays.
  }
  // The pages' HTML says pt-BR; screen readers pronounce by this.
  document.documentElement.lang = getLocale();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(<StrictMode>{render()}</StrictMode>);
}
