import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isByAuthor, classifyWithMemory, compileTeamRules, createCorrectionMemory, decidedBy, warmUpClassifier, type CorrectionMemory, type TeamRuleSet } from '../classifier';
import type { HaterDisplay, Label, Site } from '../lib/domain';
import { setLocale, tr } from '../lib/i18n';
import { sendToBackground } from '../messaging/client';
import { boundedComment, WIRE_LIMITS, type ContentMessage, type LiveComment, type PageHealth, type PageInfo } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { createAdapter } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { loadActivePack, onActivePackChange } from './active-pack';
import { Badge, BADGE_TAG } from './badge';
import { BadgeLayer, LAYER_TAG } from './badge-layer';
import { CommentTracker, ID_ATTR, markElement, type Classified, type TrackedComment } from './comment-tracker';
import { FEATURES } from './features';
import { HaterDisplayController, type HideReason } from './hater-display';
import { watchLocation } from './location-watch';
import { pageHealth, SETTLE_MS } from './health';
import { NearViewport } from './near-viewport';
import type { PageRuntime } from './page-runtime';
import { openSiteModeration } from './moderate/feature';
import { startContentScript } from './start';
import { StatusChip } from './status-chip';
import { TimeSlicer } from './time-slicer';
import { errorText } from '../lib/error-text';
import { haterAbove } from '../lib/threads';
import { houseMatcher } from '../lib/house';

/** Coalesces bursts of DOM mutations (a thread loading 50 comments) into one scan. */
const SCAN_DELAY_MS = 60;
/** Reports go to the background in batches: one message per burst, not per comment. */
const REPORT_DELAY_MS = 250;
/**
 * A batch the site appends (YouTube and Instagram load 20 or so comments at a time) is marked at once up to this
 * many added subtrees; of a larger insertion (a whole thread at once) only the first this many, the top of what
 * the site added, which is what the reader sees of it first…
 */
const MAX_ADDED_ROOTS = 50;
/** …within this much time in the site's task (about 100 comments); the rest is sliced as usual. */
const FIRST_SLICE_MS = 4;
const REPORT_BATCH = 1_000;
/** Badges not yet near the viewport are drawn while the page is idle, this many per idle period (about 6 ms). */
const IDLE_BATCH = 100;
/** An idle period shorter than this is left to the page. */
const IDLE_MIN_MS = 8;
const OWN_TAGS = new Set([BADGE_TAG.toUpperCase(), LAYER_TAG.toUpperCase(), 'RONDA-STATUS']);

/** Runs Ronda on a page of the given site: finds, classifies and marks comments; answers the side panel. */
export async function startSiteRuntime(ctx: ContentScriptContext, site: Site): Promise<void> {
  const pack = await loadActivePack();
  const runtime = new SiteRuntime(ctx, site, createAdapter(site, pack, location.hostname));
  onActivePackChange((next) => runtime.replaceAdapter(createAdapter(site, next, location.hostname)));
  await runtime.start();
}

/** What a comment is classified from: its words, its author (for the team's rules) and whom it tags. */
type CommentFacts = Pick<LiveComment, 'text' | 'authorName' | 'authorHandle'> & { mentions?: readonly string[] };

class SiteRuntime implements PageRuntime {
  private tracker: CommentTracker;
  private readonly badges = new WeakMap<TrackedComment, Badge>();
  private readonly slicer: TimeSlicer<Element>;
  /** Comments classified again after the memory learned something. */
  private readonly rethink = new TimeSlicer<TrackedComment>((entry) => this.reconsider(entry));
  /** Marked comments the site changed inside (see onMutations): each is read again, and marked again if it changed. */
  private readonly recheck = new TimeSlicer<Element>((element) => this.tracker.refresh(element));
  private readonly chip: StatusChip;
  private readonly haters: HaterDisplayController;
  private memory: CorrectionMemory = createCorrectionMemory();
  /** The team's rules for the active profile (authors, words): they decide before the model. */
  private rules: TeamRuleSet = compileTeamRules([]);
  /** Who of the house wrote a comment (the site's mark, the active profile's accounts): see lib/house.ts. */
  private house = houseMatcher([]);
  private pendingReports: LiveComment[] = [];
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private reporting: Promise<void> = Promise.resolve();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private settledAt = Date.now() + SETTLE_MS;
  private page: PageInfo | null = null;
  /** The page is a post shown in a window over a page that is not one (see SiteAdapter.postWindow). */
  private windowed = false;
  /** The page's own title was not rendered when it was read (a YouTube post's card comes after the page shell). */
  private titlePending = false;
  private observer: MutationObserver | undefined;
  private idlePlacing = false;
  /** Badges are drawn when their comment comes near the viewport (see NearViewport for why)… */
  private readonly near = new NearViewport<TrackedComment>((batch) => this.place(batch));
  /** …in Ronda's own layer, outside the site's comment list (see BadgeLayer for why). */
  private readonly layer = new BadgeLayer();

  constructor(
    private readonly ctx: ContentScriptContext,
    readonly site: Site,
    public adapter: SiteAdapter,
  ) {
    this.haters = new HaterDisplayController('blur');
    this.tracker = this.createTracker();
    this.slicer = new TimeSlicer<Element>(
      // An element read ahead of its turn (seen in a frame before the queue reached it) is not read twice.
      (element) => {
        if (this.tracker.needsWork(element)) this.tracker.process(element);
      },
      () => {
        this.near.seal();
        this.refreshHealth();
        this.placeRestWhenIdle();
      },
    );
    this.chip = new StatusChip(() => void this.openPanel());
  }

  async start(): Promise<void> {
    const features = FEATURES.reduce<Partial<Handlers<ContentMessage>>>((all, make) => ({ ...all, ...make(this) }), {});
    startContentScript(this.ctx, this.site, {
      // The house's own answers are no one's work: the panel's queue is the rest.
      'cs.snapshot': () => ({ page: this.pageInfo(), health: this.health(), comments: this.comments().filter((c) => !c.house).map(boundedComment) }),
      'cs.focus': ({ commentId }) => ({ found: this.focus(commentId) }),
      'cs.listedPosts': () => ({ site: this.site, posts: (this.adapter.listedPosts?.(document) ?? []).slice(0, WIRE_LIMITS.listedPosts) }),
      'cs.haterDisplay': ({ mode, threads }) => {
        this.setHaterDisplay(mode, threads);
        return { ok: true as const };
      },
      'cs.memory.reload': async ({ forgotten }) => {
        const keys = new Set(forgotten);
        const unlabelled = this.tracker.all().filter((e) => e.comment.labelSource === 'staff' && keys.has(e.comment.key));
        // The stored records lost their staff label the same way; each is the model's and the memory's to read again.
        for (const entry of unlabelled) entry.comment = { ...entry.comment, labelSource: 'classifier' };
        await this.loadConfig();
        for (const entry of unlabelled) this.reconsider(entry, true);
        return { ok: true as const };
      },
      'cs.label': ({ commentId, label, status }) => {
        const found = this.tracker.get(commentId) !== undefined;
        this.update(commentId, { label, labelSource: 'staff', ...(status ? { status } : {}) });
        return { found };
      },
      ...features,
    });
    this.setPage(this.readPage());
    // Labels and language depend on the config; wait for it briefly, never for long (a waking SW is slow).
    const config = this.loadConfig();
    await Promise.race([config, new Promise((resolve) => setTimeout(resolve, 1_500))]);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    // characterData too: a site may change a marked comment's words in place (an edit, a reused element).
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => this.stop());
    watchLocation(this.ctx, () => this.onNavigate());
    this.ctx.setTimeout(() => this.refreshHealth(), SETTLE_MS + 50);
    this.scan();
    this.warmUpOnThreadPage();
  }

  /**
   * A thread page whose comments are still to come (rendered by the site after load, or on SPA navigation) gets
   * the model ready while idle, so the site's first batch is marked in the task that adds it.
   */
  private warmUpOnThreadPage(): void {
    if (this.adapter.isThreadPage(new URL(location.href))) this.ctx.requestIdleCallback(() => warmUpClassifier());
  }

  /** A newer selector pack was accepted: re-read the page with it (a fixed selector starts working at once). */
  replaceAdapter(adapter: SiteAdapter): void {
    this.tracker.reset();
    this.adapter = adapter;
    this.tracker = this.createTracker();
    this.resetPage();
  }

  // ——— PageRuntime, for content features (reply insertion, prints…) ———

  pageInfo(): PageInfo | null {
    return this.page;
  }

  elementFor(commentId: string): Element | undefined {
    const element = this.tracker.get(commentId)?.element;
    return element?.isConnected ? element : undefined;
  }

  comment(commentId: string): LiveComment | undefined {
    return this.tracker.get(commentId)?.comment;
  }

  comments(): LiveComment[] {
    return this.tracker.all().map((e) => e.comment);
  }

  commentIdOf(node: Node): string | undefined {
    for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      const id = this.tracker.idOf(el);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  focus(commentId: string): boolean {
    const entry = this.tracker.get(commentId);
    const element = entry?.element;
    if (!entry || !element?.isConnected) return false;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.badgeFor(entry).flash();
    if (element instanceof HTMLElement) {
      const before = element.style.outline;
      element.style.outline = '3px solid #fdb022';
      setTimeout(() => (element.style.outline = before), 2_000);
    }
    return true;
  }

  update(commentId: string, change: Partial<Pick<LiveComment, 'label' | 'labelSource' | 'status' | 'confidence' | 'evidence' | 'withoutRule' | 'answeredBy' | 'house'>>): void {
    const entry = this.tracker.get(commentId);
    if (!entry) return;
    const corrected = change.label !== undefined && change.labelSource === 'staff' && change.label !== entry.comment.label;
    if (corrected) this.memory.add({ text: entry.comment.text, label: change.label as Label });
    entry.comment = {
      ...entry.comment,
      ...change,
      ...(change.labelSource === 'staff' ? { confidence: 1, evidence: [tr('corrigido pela equipe', 'corrected by staff')] } : {}),
    };
    this.badges.get(entry)?.update(entry.comment);
    if (entry.element) markElement(entry.element, entry.comment.label);
    this.applyThreadDisplay(entry);
    this.refreshHealth();
    // A correction can teach the memory a word (or a comment pasted again further down): the rest of the page follows now.
    if (corrected) this.reconsiderWithMemory();
  }

  /**
   * Every comment on the page that staff have not labelled is classified again with the memory as it stands, and
   * the ones whose label changes are updated and reported.
   */
  private reconsiderWithMemory(): void {
    // In time slices: with 2,000 corrections a comment costs 20–40 µs, so a 10,000-comment thread is a few hundred ms
    // of work, and it must not freeze the page on a click.
    this.rethink.push(this.tracker.all());
  }

  /** `always`: update and report the comment even when its label stays (its confidence and evidence are stale). */
  private reconsider(entry: TrackedComment, always = false): void {
    if (entry.comment.labelSource === 'staff' || entry.comment.house || this.tracker.get(entry.comment.commentId) !== entry) return;
    const result = this.verdictOf({ ...entry.comment, mentions: entry.mentions });
    if (result.label === entry.comment.label && result.source === entry.comment.labelSource && !always) return;
    this.update(entry.comment.commentId, {
      label: result.label,
      labelSource: result.source,
      confidence: result.confidence,
      evidence: result.evidence,
      withoutRule: result.withoutRule,
    });
    this.queueReport(entry.comment);
  }

  /**
   * The house's answers are not classified: whatever the model reads in them (a firm "isso é mentira" to a hater), it
   * is the expert or the team speaking, never a hater to cover or a doubt to answer.
   */
  private classified(data: CommentFacts & { siteRole?: string }): Classified {
    const house = this.house(data);
    if (house === undefined) return this.verdictOf(data);
    return { label: 'neutral', confidence: 1, evidence: [house], source: 'classifier', house };
  }

  /** The label a comment gets on this page: the profile's memory and rules, then the model. */
  private verdictOf(data: CommentFacts): Classified {
    const result = classifyWithMemory(
      data.text,
      this.memory,
      { site: this.site, postTitle: this.page?.title, authorName: data.authorName, authorHandle: data.authorHandle, mentions: data.mentions },
      this.rules,
    );
    const source = decidedBy(result);
    return { label: result.label, confidence: result.confidence, evidence: result.evidence, source, withoutRule: source === 'rule' ? result.withoutRule : undefined };
  }

  // ——— scanning ———

  private createTracker(): CommentTracker {
    return new CommentTracker(this.site, this.adapter, {
      classify: (data) => this.classified(data),
      mount: (entry, element) => this.mount(entry, element),
      unmount: (entry) => {
        if (entry.badgeHost) this.layer.remove(entry.badgeHost);
      },
      report: (comment) => this.onRead(comment),
      changed: (entry) => this.badges.get(entry)?.update(entry.comment),
    });
  }

  /**
   * A comment read (or read again after an edit). The house's answer is no work of its own: it marks what it
   * answers as answered on the site. Anything else is stored, answered already if a house reply was read first.
   */
  private onRead(comment: LiveComment): void {
    if (comment.house) {
      const parent = comment.parentId === undefined ? undefined : this.tracker.get(comment.parentId);
      if (parent && !parent.comment.house && parent.comment.answeredBy === undefined) {
        this.update(parent.comment.commentId, { answeredBy: comment.authorName });
        this.queueReport(parent.comment);
      }
      this.queueReport(comment); // as the house's: see sendBatch
      return;
    }
    const entry = this.tracker.get(comment.commentId);
    const answer = comment.answeredBy === undefined ? this.tracker.repliesOf(comment.commentId).find((e) => e.comment.house) : undefined;
    if (entry && answer) entry.comment = { ...comment, answeredBy: answer.comment.authorName };
    this.queueReport(entry?.comment ?? comment);
  }

  /** The profile's house accounts changed: comments become the house's, or stop being it (and are stored now). */
  private rethinkHouse(): void {
    for (const entry of this.tracker.all()) {
      const facts = { ...entry.comment, siteRole: entry.siteRole, mentions: entry.mentions };
      if (this.house(facts) === entry.comment.house || entry.comment.labelSource === 'staff') continue;
      const verdict = this.classified(facts);
      this.update(entry.comment.commentId, {
        label: verdict.label,
        labelSource: verdict.source,
        confidence: verdict.confidence,
        evidence: verdict.evidence,
        withoutRule: verdict.withoutRule,
        house: verdict.house,
      });
      this.onRead(entry.comment);
    }
    // An account taken off the list no longer answers for the house: what only it had answered is open again here.
    // (Its stored "Respondido" stays: it says what Ronda knew then, and a status is staff's to change.)
    for (const entry of this.tracker.all()) {
      const c = entry.comment;
      if (c.answeredBy === undefined || c.house) continue;
      const answer = this.tracker.repliesOf(c.commentId).find((e) => e.comment.house);
      if (answer?.comment.authorName !== c.answeredBy) this.update(c.commentId, { answeredBy: answer?.comment.authorName });
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const added: Element[] = [];
    // A change inside a marked comment (YouTube reusing the element for another comment, Facebook's "See more",
    // an edit) hands us an inner node, where findComments sees no comment, and the scan skips marked elements:
    // the comment it belongs to is found by walking up to the nearest marked element, once per changed parent.
    const seen = this.tracker.size > 0 ? new Set<Node>() : undefined;
    const changed = new Set<Element>();
    for (const record of records) {
      if (seen && !seen.has(record.target)) {
        seen.add(record.target);
        const owner = this.tracker.trackedAncestor(record.target);
        if (owner) changed.add(owner);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !OWN_TAGS.has((node as Element).tagName)) added.push(node as Element);
      }
    }
    // Read again in the next task; one whose id and words are unchanged costs that read only.
    if (changed.size) this.recheck.push(changed);
    // A post window opening: its comments are filed under its post from the first paint. One closing (or
    // replaced by another post's) takes marked comments with it, and the scan sees it is gone; other removals
    // (the site's tooltips and menus, many a second) cost a scan nothing.
    if (added.length && !this.page) this.followPostWindow();
    else if (this.windowed && records.some(removedMarkedComment)) this.scheduleScan();
    if (!added.length) return;
    if (this.scanTimer === undefined) this.markAddedNow(added);
    this.scheduleScan();
  }

  /**
   * The first batch after a quiet spell is read in the site's own task (this mutation callback), before the page
   * paints it: a task of our own would come too late, as Chromium renders the pending frame first. The work is
   * bounded by what the site added (its subtrees only, never the whole page, and only its first subtrees when it
   * added many) and by one short slice; the rest is left to the scan, which also catches anything this pass could
   * not see.
   */
  private markAddedNow(added: Element[]): void {
    if (this.slicer.pending > 0 || this.ctx.isInvalid) return;
    const todo = new Set<Element>();
    for (const root of added.length > MAX_ADDED_ROOTS ? added.slice(0, MAX_ADDED_ROOTS) : added) {
      for (const element of this.adapter.findComments(root)) if (this.tracker.needsWork(element)) todo.add(element);
    }
    if (!todo.size) return;
    this.slicer.push(todo, FIRST_SLICE_MS);
    // Their badges (and haters' covers) are drawn in the same frame: positions are read in the frame's animation
    // callback, where its layout is due anyway, so no frame shows a new hater uncovered.
    this.ctx.requestAnimationFrame(() => {
      this.readSeenNow(todo);
      const batch = this.near.take(todo);
      if (batch.length) this.place(batch);
    });
  }

  /**
   * What the first slice had no time for but the reader sees in this frame (a whole thread added at once) is read
   * now, in the frame's animation callback, where its layout is due anyway. The comments are in document order,
   * which is their order on screen: the walk stops at the first one below the viewport.
   */
  private readSeenNow(todo: Iterable<Element>): void {
    const height = window.innerHeight;
    for (const element of todo) {
      if (!this.tracker.needsWork(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.top >= height) break;
      if (rect.bottom > 0 && rect.height > 0) this.tracker.process(element);
    }
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  private scan(): void {
    if (this.ctx.isInvalid) return;
    this.followPostWindow();
    this.refreshTitle();
    const root = this.adapter.observeRoot(document);
    const found = this.adapter.findComments(root);
    const todo = found.filter((el) => this.tracker.needsWork(el));
    if (todo.length) this.slicer.push(todo);
    else this.refreshHealth();
  }

  /** A comment was read (or re-read in a new element): its badge waits until the comment is near the viewport. */
  private mount(entry: TrackedComment, element: Element): void {
    entry.mountPending = true;
    this.near.watch(element, entry);
    // A hater read after replies to it (a site that renders a thread bottom-up, an edit): they are its thread now.
    if (entry.comment.label === 'hater') for (const reply of this.tracker.threadBelow(entry.comment.commentId)) this.applyHaterDisplay(reply);
  }

  /** Draws the badges of comments that came near the viewport, all in one go (one layout of Ronda's layer). */
  private place(batch: { element: Element; item: TrackedComment }[]): void {
    const placements = [];
    for (const { element, item: entry } of batch) {
      if (entry.element !== element) continue; // it moved to another element, which is watched instead
      entry.mountPending = false;
      if (!element.isConnected) continue; // the next scan that finds it in the page marks it again
      const badge = this.badgeFor(entry);
      entry.badgeHost = badge.host;
      placements.push({ badge: badge.host, comment: element, anchor: this.adapter.badgeAnchor(element), cover: this.haterCover(entry) });
    }
    this.layer.place(placements);
  }

  /**
   * Draws, while the page is idle, the badges of comments still far from the viewport. Why: any layout after
   * the user scrolls makes Chromium walk the site's list to find a new scroll anchor (14 ms at the end of a
   * 2,000-comment thread), so badges drawn on the way down cost a long task every few screens; drawn ahead,
   * reading the thread needs no layout from Ronda at all (far badges are hidden without one: see BadgeLayer).
   */
  private placeRestWhenIdle(): void {
    if (this.idlePlacing || this.near.pending === 0 || this.ctx.isInvalid) return;
    this.idlePlacing = true;
    this.ctx.requestIdleCallback((deadline) => {
      this.idlePlacing = false;
      if (deadline.timeRemaining() >= IDLE_MIN_MS) this.place(this.near.takeNext(IDLE_BATCH));
      this.placeRestWhenIdle();
    });
  }

  private badgeFor(entry: TrackedComment): Badge {
    let badge = this.badges.get(entry);
    if (!badge) {
      badge = new Badge(entry.comment, {
        relabel: (id, label) => this.relabel(id, label),
        savePrint: (id) => this.savePrint(id),
        toggleHidden: (id) => {
          const tracked = this.tracker.get(id);
          if (!tracked) return false;
          const hidden = this.haters.toggle(id, this.hideReason(tracked));
          this.applyThreadDisplay(tracked);
          return hidden;
        },
        hiding: (id) => {
          const tracked = this.tracker.get(id);
          const reason = tracked ? this.hideReason(tracked) : null;
          if (!reason || !this.haters.canToggle(reason)) return null;
          return { hidden: this.haters.isHidden(id, reason), thread: reason.kind === 'thread' };
        },
        openPanel: () => this.openPanel(),
        moderate: this.adapter.openModeration ? (id) => this.moderate(id) : undefined,
        markAuthorHater: (id) => this.markAuthorHater(id),
      });
      this.badges.set(entry, badge);
    }
    return badge;
  }

  /** Haters are blurred or collapsed with their badge: off-screen ones wait, so a long thread is not laid out again. */
  private applyHaterDisplay(entry: TrackedComment): void {
    if (!entry.element || !entry.badgeHost) return;
    this.layer.cover(entry.badgeHost, this.haterCover(entry));
  }

  /** The comment, and the replies read below it: a hater shown, hidden or relabelled takes its thread along. */
  private applyThreadDisplay(entry: TrackedComment): void {
    this.applyHaterDisplay(entry);
    for (const reply of this.tracker.threadBelow(entry.comment.commentId)) this.applyHaterDisplay(reply);
  }

  /** Why the comment's words are hidden, when they are: it is a hater, or it is in a hater's thread on this page. */
  private hideReason(entry: TrackedComment): HideReason {
    if (entry.comment.label === 'hater') return { kind: 'hater' };
    const hater = entry.comment.parentId === undefined ? undefined : haterAbove(entry.comment, (id) => this.tracker.get(id)?.comment);
    return hater ? { kind: 'thread', haterId: hater.commentId } : null;
  }

  /** Applies the hater look to the comment's text; returns the element to cover in the layer, if any. */
  private haterCover(entry: TrackedComment): Element | null {
    const text = entry.element ? this.adapter.textElement(entry.element) : null;
    return this.haters.apply(entry.comment.commentId, this.hideReason(entry), text) === 'blur' ? text : null;
  }

  // ——— background ———

  private queueReport(comment: LiveComment): void {
    this.pendingReports.push(comment);
    if (this.pendingReports.length >= REPORT_BATCH) void this.flushReports();
    else if (this.reportTimer === undefined) this.reportTimer = setTimeout(() => void this.flushReports(), REPORT_DELAY_MS);
  }

  /**
   * Hands everything queued so far to the sender, filed under the page it was found on (read now, not when the
   * message leaves: after SPA navigation `this.page` is already the next post). Resolves when it is stored.
   */
  private flushReports(): Promise<void> {
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    const page = this.page;
    const comments = this.pendingReports.splice(0);
    if (page && comments.length) this.reporting = this.reporting.then(() => this.sendReports(page, comments));
    return this.reporting;
  }

  private async sendReports(page: PageInfo, comments: LiveComment[]): Promise<void> {
    for (let start = 0; start < comments.length; start += REPORT_BATCH) {
      if (await this.sendBatch(page, comments.slice(start, start + REPORT_BATCH))) continue;
      // Still failing after retries (the user was told): keep what is left for the next flush of this page.
      if (page.postUrl === this.page?.postUrl) this.pendingReports.unshift(...comments.slice(start));
      return;
    }
  }

  /** Stores one batch, retrying while the service worker restarts; false when it still failed. */
  private async sendBatch(page: PageInfo, batch: LiveComment[], attempt = 0): Promise<boolean> {
    if (this.ctx.isInvalid) return false;
    try {
      // The house's answers go as ids only: they are not stored (see lib/house.ts).
      const house = batch.filter((c) => c.house).map((c) => c.commentId);
      const comments = batch.filter((c) => !c.house).map(toSeen);
      const { labels } = await sendToBackground('bg.comments.seen', { page, comments, ...(house.length ? { house } : {}) });
      if (page.postUrl !== this.page?.postUrl) return true;
      for (const [commentId, effective] of Object.entries(labels)) {
        const entry = this.tracker.get(commentId);
        if (!entry) continue;
        const c = entry.comment;
        if (c.label !== effective.label || c.labelSource !== effective.source || c.status !== effective.status) {
          this.update(commentId, { label: effective.label, labelSource: effective.source, status: effective.status });
        }
      }
      return true;
    } catch (error) {
      if (attempt >= 4) {
        this.chip.toast(tr('O Ronda não conseguiu salvar os comentários desta página: ', 'Ronda could not store this page’s comments: ') + errorText(error), true);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
      return this.sendBatch(page, batch, attempt + 1);
    }
  }

  private async loadConfig(): Promise<void> {
    try {
      const { examples, rules, haterDisplay, haterThreads, locale, house } = await sendToBackground('bg.content.config', {});
      setLocale(locale);
      this.memory = createCorrectionMemory(examples);
      this.rules = compileTeamRules(rules);
      this.house = houseMatcher(house);
      this.rethinkHouse();
      this.setHaterDisplay(haterDisplay, haterThreads);
      // Comments already marked before the memory arrived get a second look.
      this.reconsiderWithMemory();
    } catch (error) {
      console.warn('[Ronda] correction memory unavailable:', errorText(error));
    }
  }

  private setHaterDisplay(mode: HaterDisplay, threads: boolean): void {
    this.haters.setMode(mode, threads);
    for (const entry of this.tracker.all()) this.applyHaterDisplay(entry);
  }

  private async relabel(commentId: string, label: Label): Promise<void> {
    const entry = this.tracker.get(commentId);
    if (!entry) throw new Error(tr('comentário não está mais na página', 'comment is no longer on the page'));
    await this.flushReports();
    await sendToBackground('bg.comment.relabel', { key: entry.comment.key, label });
    this.update(commentId, { label, labelSource: 'staff' });
  }

  /** The background saves the rule and tells every open page, this one too: the author's comments turn hater. */
  private async markAuthorHater(commentId: string): Promise<{ text: string; undo?: () => Promise<string> }> {
    const entry = this.tracker.get(commentId);
    if (!entry) throw new Error(tr('comentário não está mais na página', 'comment is no longer on the page'));
    // The background reads the author from the stored comment: it must be stored first.
    await this.flushReports();
    const { ruleId, author, already, undoable } = await sendToBackground('bg.teamRule.markAuthor', { key: entry.comment.key });
    if (already) return { text: tr(`${author} já estava marcado como hater.`, `${author} was already marked as a hater.`) };
    const byAuthor = isByAuthor(author);
    const others = this.tracker.all().filter((e) => e !== entry && byAuthor(e.comment)).length;
    const text =
      tr(`${author} marcado como hater neste site`, `${author} marked as a hater on this site`) +
      (others ? tr(` (mais ${others} nesta página)`, ` (${others} more on this page)`) : '') +
      tr('. As regras ficam em Configurações → Regras da equipe.', '. Rules live in Settings → Team rules.');
    const undo = async () => {
      await sendToBackground('bg.teamRule.undoMark', { ruleId });
      return tr('Desfeito: o perfil voltou a ser classificado como antes.', 'Undone: the author is classified as before.');
    };
    return undoable ? { text, undo } : { text };
  }

  private async savePrint(commentId: string): Promise<void> {
    try {
      await this.flushReports();
      const result = await sendToBackground('bg.print.capture', { commentId });
      this.chip.toast(
        result.duplicateOf
          ? tr('Print salvo. Este comentário já tinha um print no acervo: veja no acervo qual manter.', 'Print saved. This comment already had a print in the collection: pick which to keep there.')
          : tr('Print salvo no acervo.', 'Print saved to the collection.'),
      );
    } catch (error) {
      this.chip.toast(tr('Não foi possível salvar o print: ', 'Could not save the print: ') + errorText(error), true);
    }
  }

  /** From the badge: the site's own menu of the comment opens (a blog's moderation screen in a new tab). */
  private async moderate(commentId: string): Promise<void> {
    const outcome = await openSiteModeration(this.adapter, this.elementFor(commentId));
    if (outcome.opened === 'page' && outcome.url) {
      // Still within the click's user activation: the screen opens beside the post, which stays as it is.
      window.open(outcome.url, '_blank', 'noopener');
      this.chip.toast(tr('Moderação do comentário aberta numa nova aba.', "The comment's moderation opened in a new tab."));
    } else if (outcome.opened === 'menu') {
      this.chip.toast(tr('Escolha no menu do site: Ocultar, Excluir, Denunciar ou Bloquear.', "Choose in the site's menu: Hide, Delete, Report or Block."));
    } else {
      this.chip.toast(outcome.reason ?? '', true);
    }
  }

  private async openPanel(): Promise<void> {
    try {
      await sendToBackground('bg.panel.open', {});
    } catch (error) {
      this.chip.toast(errorText(error), true);
    }
  }

  // ——— page lifecycle ———

  private readPage(): PageInfo | null {
    const url = new URL(location.href);
    if (!this.adapter.isThreadPage(url)) {
      const open = this.adapter.postWindow?.(document);
      return open ? { site: this.site, postUrl: open.postUrl, title: open.title.slice(0, 500) } : null;
    }
    const context = this.adapter.pageContext?.(document);
    this.titlePending = context === null;
    return { site: this.site, postUrl: this.adapter.postUrl(url), title: (context?.title ?? document.title).slice(0, 500) };
  }

  /** Looks again for a title the page had not rendered when it was read; an adapter without titles never has one. */
  private refreshTitle(): void {
    if (!this.page || this.windowed || !this.titlePending) return;
    const title = this.adapter.pageContext?.(document)?.title;
    if (!title) return;
    this.page = { ...this.page, title: title.slice(0, 500) };
    this.titlePending = false;
  }

  private setPage(page: PageInfo | null): void {
    this.page = page;
    this.windowed = page !== null && !this.adapter.isThreadPage(new URL(location.href));
  }

  /**
   * On a page that is not a post (the News Feed, a Page's timeline), a post window opened, closed or now shows
   * another post: the count starts afresh for it, as on navigation.
   */
  private followPostWindow(): void {
    if (!this.adapter.postWindow || (this.page && !this.windowed)) return;
    const next = this.readPage();
    if (next?.postUrl === this.page?.postUrl) return;
    void this.flushReports();
    this.resetPage(next, false);
  }

  private health(): PageHealth {
    return this.healthWith(this.counts().house);
  }

  private healthWith(house: number): PageHealth {
    const health = pageHealth({ supported: this.page !== null, found: this.tracker.size, settled: Date.now() >= this.settledAt && this.slicer.pending === 0 });
    return house ? { ...health, house } : health;
  }

  /** One pass over the page's comments: the haters (for the chip) and the house's answers (kept out of the queue). */
  private counts(): { haters: number; house: number } {
    let haters = 0;
    let house = 0;
    for (const { comment } of this.tracker.all()) {
      if (comment.house) house++;
      else if (comment.label === 'hater') haters++;
    }
    return { haters, house };
  }

  private refreshHealth(): void {
    if (this.ctx.isInvalid) return;
    const { haters, house } = this.counts();
    this.chip.show(this.healthWith(house), haters);
  }

  private onNavigate(): void {
    const next = this.readPage();
    if (next?.postUrl === this.page?.postUrl) return;
    void this.flushReports();
    this.resetPage(next);
  }

  /** `rescan`: false when the caller goes on to read the page itself (a mutation batch, a scan under way). */
  private resetPage(page: PageInfo | null = this.readPage(), rescan = true): void {
    this.slicer.clear();
    this.rethink.clear();
    this.recheck.clear();
    this.near.clear();
    this.tracker.reset();
    this.setPage(page);
    this.settledAt = Date.now() + SETTLE_MS;
    this.ctx.setTimeout(() => this.refreshHealth(), SETTLE_MS + 50);
    if (!rescan) return;
    this.scan();
    this.warmUpOnThreadPage();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.near.clear();
    this.slicer.clear();
    this.rethink.clear();
    this.recheck.clear();
    clearTimeout(this.scanTimer);
    clearTimeout(this.reportTimer);
    this.tracker.reset();
    this.layer.destroy();
    this.chip.detach();
  }
}

function removedMarkedComment(record: MutationRecord): boolean {
  for (const node of record.removedNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && ((node as Element).hasAttribute(ID_ATTR) || (node as Element).querySelector(`[${ID_ATTR}]`))) return true;
  }
  return false;
}

function toSeen(comment: LiveComment) {
  const c = boundedComment(comment);
  return {
    commentId: c.commentId,
    permalink: c.permalink,
    parentId: c.parentId,
    isReply: c.isReply,
    authorName: c.authorName,
    authorHandle: c.authorHandle,
    authorUrl: c.authorUrl,
    text: c.text,
    postedAt: c.postedAt,
    postTitle: c.postTitle,
    label: c.label,
    confidence: c.confidence,
    evidence: c.evidence,
    decidedBy: c.labelSource === 'memory' || c.labelSource === 'rule' ? c.labelSource : undefined,
    withoutRule: c.labelSource === 'rule' ? c.withoutRule : undefined,
    answeredBy: c.answeredBy,
    mentions: c.mentions,
  };
}
