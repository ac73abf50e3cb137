// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer, badgePosition, LAYER_TAG } from '../../../content/badge-layer';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

describe('badgePosition', () => {
  it('puts the badge just after the last box of the anchor, centred on that line, relative to the layer', () => {
    const lines = [rect(10, 100, 300, 20), rect(10, 120, 80, 20)];
    expect(badgePosition(lines, { left: 0, top: 0 })).toEqual({ x: 96, y: 130 });
    // The layer's origin moved with the page (scrolled, or a layer inside a scroller): positions are relative.
    expect(badgePosition(lines, { left: -5, top: -400 })).toEqual({ x: 101, y: 530 });
  });

  it('skips empty boxes at the end and gives null when the anchor is not rendered', () => {
    expect(badgePosition([rect(0, 50, 40, 10), rect(0, 0, 0, 0)], { left: 0, top: 0 })).toEqual({ x: 46, y: 55 });
    expect(badgePosition([rect(0, 0, 0, 0)], { left: 0, top: 0 })).toBeNull();
    expect(badgePosition([], { left: 0, top: 0 })).toBeNull();
  });
});

describe('BadgeLayer', () => {
  /** happy-dom lays nothing out: anchors carry their line box in data-rect, the layer origin is (0, 0). */
  beforeEach(() => {
    document.body.replaceChildren();
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const node = this.startContainer as Element;
      const box = node.getAttribute?.('data-rect')?.split(',').map(Number);
      return (box ? [rect(box[0]!, box[1]!, box[2]!, box[3]!)] : []) as unknown as DOMRectList;
    });
  });
  afterEach(() => document.body.replaceChildren());

  function comment(parent: Element, box?: string): { comment: HTMLElement; anchor: HTMLElement; badge: HTMLElement } {
    const el = document.createElement('div');
    const anchor = document.createElement('span');
    if (box) anchor.setAttribute('data-rect', box);
    el.append(anchor);
    parent.append(el);
    return { comment: el, anchor, badge: document.createElement('ronda-badge') };
  }

  const layers = () => [...document.querySelectorAll<HTMLElement>(LAYER_TAG)];
  const badgesIn = (layer: Element) => [...(layer.shadowRoot?.querySelectorAll('ronda-badge') ?? [])];

  it('draws badges of page comments in one layer at the top of the document, never inside the comment list', () => {
    const list = document.createElement('section');
    document.body.append(list);
    const a = comment(list, '10,100,50,20');
    const b = comment(list, '10,300,70,20');
    const layer = new BadgeLayer();
    layer.place([a, b]);
    expect(list.querySelector('ronda-badge')).toBeNull();
    expect(layers()).toHaveLength(1);
    const [host] = layers();
    expect(host!.parentElement).toBe(document.body);
    expect(host!.style.getPropertyValue('position')).toBe('absolute');
    expect(badgesIn(host!)).toEqual([a.badge, b.badge]);
    expect(a.badge.style.transform).toBe('translate(66px, 110px)');
    expect(b.badge.style.transform).toBe('translate(86px, 310px)');
    layer.destroy();
    expect(layers()).toHaveLength(0);
  });

  it('gives comments in an inner scroller (a post modal) a layer inside that scroller, so badges scroll with it', () => {
    const page = comment(document.body, '0,0,10,10');
    const modal = document.createElement('div');
    modal.style.position = 'fixed';
    const scroller = document.createElement('div');
    scroller.style.overflowY = 'auto';
    modal.append(scroller);
    document.body.append(modal);
    const inner = comment(scroller, '0,40,10,10');
    const layer = new BadgeLayer();
    layer.place([page, inner]);
    const hosts = layers();
    expect(hosts).toHaveLength(2);
    const innerHost = hosts.find((h) => h.parentElement === scroller)!;
    // The scroller is not positioned: the layer is a zero-size box in its flow, not an absolute one.
    expect(innerHost.style.getPropertyValue('position')).toBe('relative');
    expect(innerHost.style.getPropertyValue('height')).toBe('0px');
    expect(badgesIn(innerHost)).toEqual([inner.badge]);
    // A second comment of the same scroller shares its layer.
    const other = comment(scroller, '0,90,10,10');
    layer.place([other]);
    expect(layers()).toHaveLength(2);
    expect(badgesIn(innerHost)).toEqual([inner.badge, other.badge]);
    layer.destroy();
  });

  it('a fixed panel without its own scroller gets a layer inside it (the page scrolling must not move its badges)', () => {
    const panel = document.createElement('aside');
    panel.style.position = 'fixed';
    document.body.append(panel);
    const c = comment(panel, '0,10,10,10');
    const layer = new BadgeLayer();
    layer.place([c]);
    const [host] = layers();
    expect(host!.parentElement).toBe(panel);
    expect(host!.style.getPropertyValue('position')).toBe('absolute');
    layer.destroy();
  });

  it('follows relayouts, hides badges whose anchor is not rendered, and drops badges of removed comments', () => {
    const list = document.createElement('div');
    document.body.append(list);
    const a = comment(list, '0,100,40,20');
    const b = comment(list, '0,200,40,20');
    const collapsed = comment(list);
    const layer = new BadgeLayer();
    layer.place([a, b, collapsed]);
    expect(a.badge.style.transform).toBe('translate(46px, 110px)');
    // A new badge whose anchor is not rendered is never shown at the layer's origin.
    expect(collapsed.badge.isConnected).toBe(true);
    expect(collapsed.badge.style.getPropertyValue('visibility')).toBe('hidden');
    layer.remove(collapsed.badge);
    // The anchor is not rendered (replies collapsed): no badge floating where it was.
    a.anchor.removeAttribute('data-rect');
    layer.refresh();
    expect(a.badge.style.getPropertyValue('visibility')).toBe('hidden');
    // Shown again 50 px lower (something above grew): the site laid out again, the badge follows.
    a.anchor.setAttribute('data-rect', '0,150,40,20');
    layer.refresh();
    expect(a.badge.style.getPropertyValue('visibility')).toBe('');
    expect(a.badge.style.transform).toBe('translate(46px, 160px)');
    // The site removed a comment (virtualised list, deleted comment): its badge goes too.
    b.comment.remove();
    layer.refresh();
    expect(b.badge.isConnected).toBe(false);
    expect(layer.size).toBe(1);
    // Placing a badge again for the comment's new element moves it, no second badge.
    const again = comment(list, '0,400,40,20');
    layer.place([{ ...again, badge: a.badge }]);
    expect(badgesIn(layers()[0]!)).toEqual([a.badge]);
    expect(a.badge.style.transform).toBe('translate(46px, 410px)');
    layer.destroy();
  });

  it('hides a hater’s text under a cover in the layer, follows it, and takes it away when asked', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const box = this.getAttribute('data-box')?.split(',').map(Number) ?? [0, 0, 0, 0];
      return rect(box[0]!, box[1]!, box[2]!, box[3]!);
    });
    const list = document.createElement('div');
    document.body.append(list);
    const c = comment(list, '0,100,40,20');
    const text = document.createElement('p');
    text.setAttribute('data-box', '10,130,300.4,41.2');
    c.comment.append(text);
    const layer = new BadgeLayer();
    layer.place([{ ...c, cover: text }]);
    const covers = () => [...(layers()[0]!.shadowRoot?.querySelectorAll<HTMLElement>('.cover') ?? [])];
    expect(covers()).toHaveLength(1);
    const [cover] = covers();
    // A little beyond the text's box, where descenders and stacked diacritics reach.
    expect(cover!.style.transform).toBe('translate(6px, 126px)');
    expect((cover!.firstElementChild as HTMLElement).style.width).toBe('309px');
    expect((cover!.firstElementChild as HTMLElement).style.height).toBe('50px');
    expect(text.style.cssText).toBe(''); // the site's element is not restyled
    text.setAttribute('data-box', '10,180,300,40');
    layer.refresh();
    expect(cover!.style.transform).toBe('translate(6px, 176px)');
    layer.cover(c.badge, null);
    expect(covers()).toHaveLength(0);
    layer.cover(c.badge, text);
    expect(covers()).toHaveLength(1);
    // The tracker unmounts a comment (SPA navigation, an element reused for another comment): its cover goes too.
    layer.remove(c.badge);
    expect(covers()).toHaveLength(0);
    expect(c.badge.isConnected).toBe(false);
    expect(layer.size).toBe(0);
    layer.destroy();
  });

  it('draws only badges near the viewport, and draws the others as the page scrolls to them', () => {
    let scrolled = 0;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      // The layer's root moves up as the page scrolls down; anchors carry their own rects (see data-rect).
      return this.className === 'layer' ? rect(0, -scrolled, 0, 0) : rect(0, 0, 0, 0);
    });
    const list = document.createElement('div');
    document.body.append(list);
    const screen = innerHeight;
    const top = comment(list, '0,100,40,20');
    const far = comment(list, `0,${100 + 20 * screen},40,20`);
    const layer = new BadgeLayer();
    layer.place([top, far]);
    const shown = (b: HTMLElement) => b.style.getPropertyValue('visibility') !== 'hidden';
    expect(shown(top.badge)).toBe(true);
    expect(shown(far.badge)).toBe(false);
    // Hidden, but already in place: showing it later changes nothing that needs a layout.
    expect(far.badge.style.transform).toBe(`translate(46px, ${110 + 20 * screen}px)`);
    expect(far.badge.style.display).toBe('');
    scrolled = 19 * screen;
    layer.cull();
    expect(shown(top.badge)).toBe(false);
    expect(shown(far.badge)).toBe(true);
    expect(far.badge.style.transform).toBe(`translate(46px, ${110 + 20 * screen}px)`);
    layer.destroy();
  });
});
