import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the app shell, and hands it what this page loaded (see
 * {@link keepLoadedFiles}).
 *
 * @example
 * if (import.meta.env.PROD && 'serviceWorker' in navigator) startServiceWorker();
 */
export function startServiceWorker(): void {
  void registerSW({ immediate: true });
  void keepLoadedFiles();
}

/**
 * What this page loaded (its scripts, styles and fonts under `/assets/`), handed to the service worker to keep: a
 * phone keeps the participant's page, a laptop the editor, and neither fetches the other's over the venue's network.
 * The service worker's own list holds only the page's shell (`vite.config.ts`); what a page loads once the service
 * worker runs it keeps by itself, what the page loaded before that is named here. `<html data-offline>` says
 * `pending` while the service worker is still fetching and `ready` once all of it opens without a network.
 *
 * @example
 * void keepLoadedFiles(); // in the build, once the service worker is registered
 */
async function keepLoadedFiles(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  const sent = new Set<string>();
  let pending = 0;
  const keep = (entries: readonly PerformanceEntry[]) => {
    const urls = entries.map((entry) => entry.name).filter((name) => !sent.has(name) && isAsset(name));
    if (urls.length === 0) return;
    for (const url of urls) sent.add(url);
    pending++;
    document.documentElement.dataset.offline = 'pending';
    // Workbox answers a CACHE_URLS message once each file went through its routes (the assets' cache-first route).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      pending--;
      if (pending === 0) document.documentElement.dataset.offline = 'ready';
    };
    (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }, [
      channel.port2,
    ]);
  };
  // What loaded before the service worker ran, then whatever was still on its way then.
  keep(performance.getEntriesByType('resource'));
  new PerformanceObserver((list) => keep(list.getEntries())).observe({ type: 'resource' });
  if (pending === 0) document.documentElement.dataset.offline = 'ready';
}

/** A built file of this site (hashed names under `/assets/`: the same name never changes content). */
function isAsset(address: string): boolean {
  const url = new URL(address);
  return url.origin === location.origin && url.pathname.startsWith('/assets/');
}
