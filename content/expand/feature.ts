import { clickLikeUser, navigates } from '../../sites/common/dom';
import type { FeatureFactory } from '../features';
import { ScrollKeeper } from '../print/scroll';
import { CommentExpander, type ExpandPage } from './expander';

/** The page as the expander sees it: the adapter's controls and comments, real clicks, real time. */
function livePage(runtime: Parameters<FeatureFactory>[0]): ExpandPage {
  const { adapter } = runtime;
  const root = () => adapter.observeRoot(document);
  const post = runtime.pageInfo()?.postUrl;
  // Every scroller the run moves (the window, Instagram's comment pane) goes back to where it was.
  const keeper = new ScrollKeeper();
  // Only controls a person could press: on the page and rendered (not a hidden template or a collapsed menu).
  const rendered = (el: HTMLElement) => el.isConnected && el.getClientRects().length > 0;
  return {
    // A control that is a link to another page (comment pagination) would take staff away from this one.
    controls: () => adapter.findLoadMore(root()).filter((el) => rendered(el) && !navigates(el)),
    // Comments read so far, not only those on the page: a virtualised list (Studio's iron-list) shows the next
    // comments in the rows it scrolled past, so the page's count stays put while more comments come in.
    count: () => Math.max(adapter.findComments(root()).length, runtime.comments().length),
    press: (control) => {
      keeper.rememberAround(control);
      control.scrollIntoView({ block: 'center' });
      clickLikeUser(control);
    },
    present: (control) => rendered(control),
    scrollToEnd: () => {
      const comments = adapter.findComments(root());
      const last = comments[comments.length - 1];
      if (!last) return false;
      keeper.rememberAround(last);
      last.scrollIntoView({ block: 'end' });
      return true;
    },
    showAll: adapter.showAllComments ? () => adapter.showAllComments!(document) : undefined,
    // Pressing on would load another post's comments, which staff did not ask for.
    left: () => runtime.pageInfo()?.postUrl !== post,
    finished: () => keeper.restore(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}

/** "Carregar todos os comentários", started and stopped from the side panel. */
export const expandFeature: FeatureFactory = (runtime) => {
  let expander: CommentExpander | undefined;
  return {
    'cs.comments.expand': ({ action }) => {
      if (action === 'start') {
        // A new run on a page that changed (another post, without a reload) starts from a fresh memory of controls.
        if (expander?.current().state !== 'running') expander = new CommentExpander(livePage(runtime));
        void expander.run();
      } else if (action === 'stop') {
        expander?.stop();
      }
      return expander?.current() ?? { state: 'idle', clicks: 0, added: 0 };
    },
  };
};
