// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CapturePermission } from '../../../components/sidepanel/CapturePermission';
import { setLocale } from '../../../lib/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('CapturePermission', () => {
  let root: Root;
  beforeEach(() => {
    setLocale('pt-BR');
    document.body.replaceChildren();
    const el = document.createElement('div');
    document.body.append(el);
    root = createRoot(el);
  });
  afterEach(() => act(() => root.unmount()));

  it('offers the permission once, explained, and asks Chrome only on click', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await act(async () => root.render(<CapturePermission />));
    expect(document.body.textContent).toContain('Alt+Shift+P');
    expect(request).not.toHaveBeenCalled();
    await act(async () => document.querySelector('button')!.click());
    expect(request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(document.querySelector('button')).toBeNull();
  });

  it('shows nothing when the permission is already granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await act(async () => root.render(<CapturePermission />));
    expect(document.body.textContent).toBe('');
  });
});
