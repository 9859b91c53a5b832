/** Entry bundled for the Chromium component tests: the components under test and the router. */
import '../../../web/src/components/snippet/vk-snippet.js';
import '../../../web/src/components/document-text/vk-document-text.js';
import '../../../web/src/components/hit/vk-hit.js';
import '../../../web/src/components/facet-group/vk-facet-group.js';
import { prepareReaderText } from '../../../web/src/lib/reader.js';
import { interceptedLink, navigate, NAVIGATE_EVENT, parseRoute } from '../../../web/src/lib/router.js';

const w = window as unknown as Record<string, unknown>;
w.vk = { prepareReaderText, parseRoute, navigate };
w.routeLog = [] as unknown[];
window.addEventListener(NAVIGATE_EVENT, () => (w.routeLog as unknown[]).push(parseRoute(window.location)));
window.addEventListener('popstate', () => (w.routeLog as unknown[]).push(parseRoute(window.location)));
document.addEventListener('click', (e) => {
  const a = interceptedLink(e);
  if (a) {
    e.preventDefault();
    navigate(a);
  }
});
