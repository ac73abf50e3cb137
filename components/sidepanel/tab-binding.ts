import { browser } from 'wxt/browser';

/**
 * Which tab the panel works on. `sidepanel.html?tab=<id>` pins a tab (pop-out window, tests); otherwise it is
 * the active tab of the panel's window, followed as the user switches tabs or navigates.
 */
export function pinnedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

export function followActiveTab(onTab: (tabId: number | undefined) => void, onNavigate: () => void): () => void {
  const pinned = pinnedTabId(location.search);
  let current: number | undefined = pinned;
  const query = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    current = tab?.id;
    onTab(current);
  };
  const activated = ({ tabId }: { tabId: number }) => {
    if (pinned !== undefined) return;
    void query().catch(() => onTab(tabId));
  };
  const updated = (tabId: number, change: { status?: string; url?: string }) => {
    if (tabId === current && (change.status === 'complete' || change.url)) onNavigate();
  };
  if (pinned !== undefined) onTab(pinned);
  else void query();
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
