import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExportZip, fileNameFor, toCsv } from '../../../components/gallery/export';
import { loadPeekRows } from '../../../components/peek/load';
import { buildPeek, periodStarts, praiseScore } from '../../../components/peek/select';
import { RondaDB } from '../../../storage/db';
import type { CommentRecord, PrintRecord } from '../../../storage/schema';

const NOW = new Date(2026, 10, 25, 15, 0).getTime(); // a Wednesday, local time
const HOUR = 3_600_000;

function print(id: string, over: Partial<PrintRecord> = {}): PrintRecord {
  return {
    id, site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', authorName: 'Maria Souza', authorHandle: 'maria.souza',
    text: 'Amei, "mudou" minha vida; obrigada', capturedAt: NOW, capturedBy: 'Equipe', tags: ['depoimento'], starred: false,
    notes: '', textHash: 't', imageHash: 'i', width: 10, height: 10, redacted: false, includesReplies: false, updatedAt: NOW, ...over,
  };
}

function comment(key: string, over: Partial<CommentRecord> = {}): CommentRecord {
  return {
    key, site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', commentId: key, isReply: false, authorName: 'Ana', text: 'texto',
    projectId: 'ana', label: 'neutral', labelSource: 'classifier', confidence: 0.9, evidence: [], status: 'new',
    firstSeenAt: NOW - HOUR, lastSeenAt: NOW - HOUR, ...over,
  };
}

describe('export of a selection', () => {
  it('writes a spreadsheet-safe CSV with a BOM, quoting and no formulas', () => {
    const csv = toCsv([{ a: 'x,y', b: '=HYPERLINK("evil")', c: 'ação "citada"' }]);
    expect(csv.startsWith('\ufeffa,b,c\r\n')).toBe(true);
    expect(csv).toContain(`"x,y",`);
    expect(csv).toContain(`"'=HYPERLINK(""evil"")"`);
    expect(csv).toContain(`"ação ""citada"""`);
    expect(toCsv([])).toBe('');
  });

  it('names files by date, site and author without clashes', () => {
    const taken = new Set<string>();
    const p = print('1', { capturedAt: Date.UTC(2026, 10, 2, 12), authorHandle: '@joão silva' });
    expect(fileNameFor(p, taken)).toBe('2026-11-02_instagram_joao-silva.png');
    expect(fileNameFor(p, taken)).toBe('2026-11-02_instagram_joao-silva_2.png');
  });

  it('zips the PNGs with CSV and JSON metadata; prints without image are listed, not lost', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const { zip, missing } = buildExportZip([{ print: print('a'), png }, { print: print('b', { authorHandle: 'bia' }) }]);
    expect(missing).toEqual(['b']);
    const files = unzipSync(zip);
    const pngs = Object.keys(files).filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(1);
    expect(files[pngs[0]!]).toEqual(png);
    const json = JSON.parse(strFromU8(files['prints.json']!)) as { id: string; file: string; text: string }[];
    expect(json.map((r) => [r.id, r.file])).toEqual([['a', pngs[0]], ['b', '']]);
    expect(json[0]!.text).toBe('Amei, "mudou" minha vida; obrigada');
    expect(strFromU8(files['prints.csv']!).split('\r\n')).toHaveLength(4);
  });
});

describe('a blurred print leaves this computer without its author', () => {
  it('the export names no one in the file, the CSV or the JSON; the text and links stay', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]);
    const blurred = print('r', { redacted: true, capturedAt: Date.UTC(2026, 10, 2, 12) });
    expect(fileNameFor(blurred, new Set())).toBe('2026-11-02_instagram_autor-oculto.png');
    const exported = (p: PrintRecord) => {
      const files = unzipSync(buildExportZip([{ print: p, png }]).zip);
      const text = Object.entries(files).map(([name, bytes]) => `${name}\n${name.endsWith('.png') ? '' : strFromU8(bytes)}`).join('\n');
      return { text, json: (JSON.parse(strFromU8(files['prints.json']!)) as Record<string, unknown>[])[0] };
    };
    const hidden = exported(blurred);
    expect(hidden.text).not.toMatch(/maria|souza/i);
    expect(hidden.json).toMatchObject({ id: 'r', authorName: '', authorHandle: '', text: blurred.text, postUrl: blurred.postUrl, redacted: true });
    // The same comment printed unblurred still names her: only the blurred print is held back.
    const named = exported(print('o'));
    expect(named.text).toMatch(/maria\.souza/);
    expect(named.json).toMatchObject({ authorName: 'Maria Souza', authorHandle: 'maria.souza' });
  });
});

describe('expert peek view', () => {
  it('starts the week on Monday and the day at local midnight', () => {
    const { today, week } = periodStarts(NOW);
    expect(new Date(today).getHours()).toBe(0);
    expect(new Date(week).getDay()).toBe(1);
    expect(today - week).toBe(2 * 24 * HOUR);
  });

  it('shows what needs the expert, counts today/week, and keeps haters apart', () => {
    const comments = [
      comment('d1', { label: 'doubt', firstSeenAt: NOW - 30 * 24 * HOUR }),
      comment('d2', { label: 'doubt', firstSeenAt: NOW - HOUR }),
      comment('d3', { label: 'doubt', status: 'replied' }),
      comment('c1', { label: 'complaint', status: 'moved_to_dm', statusChangedAt: NOW - 2 * HOUR }),
      comment('c2', { label: 'complaint', status: 'new' }),
      comment('p1', { label: 'praise', text: 'top', confidence: 0.99 }),
      comment('p2', { label: 'praise', text: 'Fiz o curso e em dois meses dobrei meu faturamento, obrigada por tudo que vocês ensinam!', confidence: 0.9 }),
      comment('h1', { label: 'hater', firstSeenAt: NOW - 30 * HOUR }), comment('h0', { label: 'hater', firstSeenAt: NOW - 4 * 24 * HOUR }),
      comment('x1', { label: 'praise', projectId: 'outro' }),
    ];
    const prints = [print('s', { starred: true, capturedAt: NOW - 48 * HOUR, projectId: 'ana' }), print('n', { projectId: 'ana' }), print('old', { projectId: 'ana', capturedAt: NOW - 20 * 24 * HOUR }), print('del', { projectId: 'ana', deletedAt: NOW })];
    const peek = buildPeek(comments, prints, { now: NOW, projectId: 'ana' });
    expect(peek.doubts.map((c) => c.key)).toEqual(['d1', 'd2']);
    expect(peek.complaintsInDm.map((c) => c.key)).toEqual(['c1']);
    expect(peek.praise.map((c) => c.key)).toEqual(['p2', 'p1']);
    expect(praiseScore(comments[6]!)).toBeGreaterThan(praiseScore(comments[5]!));
    expect(peek.prints.map((p) => p.id)).toEqual(['s', 'n']);
    expect(peek.haters.map((c) => c.key)).toEqual(['h1']);
    expect(peek.counts.today.doubt).toBe(2);
    expect(peek.counts.week.hater).toBe(1);
    expect(peek.counts.today.hater).toBe(0);
    expect(peek.counts.week.praise).toBe(2);
    expect(peek.counts).toMatchObject({ printsToday: 1, printsWeek: 2 });
    expect(buildPeek(comments, prints, { now: NOW }).counts.week.praise).toBe(3);
  });

  it('keeps the replies in a hater’s thread out of the doubts and praise, and shows them only with the haters', () => {
    const ig = (id: string, over: Partial<CommentRecord> = {}) => comment(`instagram:${id}`, { commentId: id, ...over });
    const blog = (id: string, over: Partial<CommentRecord> = {}) =>
      comment(`blog:blog.exemplo.com.br/${id}`, { site: 'blog', postUrl: 'https://blog.exemplo.com.br/aula/', commentId: `blog.exemplo.com.br/${id}`, ...over });
    const comments = [
      // The hater was seen last week; its thread this week.
      ig('h', { label: 'hater', firstSeenAt: NOW - 9 * 24 * HOUR }),
      ig('fan', { label: 'praise', isReply: true, parentId: 'h', text: 'Fiz o curso e recomendo demais, mudou minha vida!' }),
      ig('ask', { label: 'doubt', isReply: true, parentId: 'h' }),
      ig('again', { label: 'hater', isReply: true, parentId: 'h' }),
      ig('ok', { label: 'praise', text: 'Que aula incrível, obrigada!' }),
      ig('thanks', { label: 'praise', isReply: true, parentId: 'ok' }),
      // A blog nests: a reply to a reply to the hater.
      blog('1', { label: 'hater' }),
      blog('2', { label: 'neutral', isReply: true, parentId: 'blog.exemplo.com.br/1' }),
      blog('3', { label: 'doubt', isReply: true, parentId: 'blog.exemplo.com.br/2' }),
      // Same id on another site: not the hater's thread.
      comment('youtube:x', { site: 'youtube', commentId: 'x', label: 'doubt', isReply: true, parentId: 'h' }),
    ];
    const peek = buildPeek(comments, [], { now: NOW });
    expect(peek.doubts.map((c) => c.key)).toEqual(['youtube:x']);
    expect(peek.praise.map((c) => c.key).sort()).toEqual(['instagram:ok', 'instagram:thanks']);
    expect(peek.haterReplies.map((c) => c.key).sort()).toEqual(['blog:blog.exemplo.com.br/2', 'blog:blog.exemplo.com.br/3', 'instagram:ask', 'instagram:fan']);
    expect(peek.haters.map((c) => c.key).sort()).toEqual(['blog:blog.exemplo.com.br/1', 'instagram:again']);
    // The counts still count every comment by its own label.
    expect(peek.counts.week.praise).toBe(3);
    expect(peek.counts.week.doubt).toBe(3);
  });

  it('shows what people asked most this week, in any wording, leaving out older weeks, complaints and hater threads', () => {
    const ig = (id: string, over: Partial<CommentRecord> = {}) => comment(`instagram:${id}`, { commentId: id, label: 'doubt', ...over });
    const peek = buildPeek(
      [
        ig('1', { authorName: 'Ana', text: 'Tem parcelamento no cartão?' }),
        ig('2', { authorName: 'Bia', text: 'Dá pra parcelar em 12x?', label: 'purchase_intent' }),
        ig('3', { authorName: 'Caio', text: 'parcela no boleto?', firstSeenAt: NOW - 20 * 24 * HOUR }),
        ig('4', { authorName: 'Duda', text: 'não consigo parcelar, dá erro', label: 'complaint' }),
        ig('h', { authorName: 'Eli', label: 'hater', text: 'golpe' }),
        ig('5', { authorName: 'Fê', text: 'parcela mesmo em 12x?', isReply: true, parentId: 'h' }),
      ],
      [],
      { now: NOW },
    );
    expect(peek.recurring).toHaveLength(1);
    expect(peek.recurring[0]).toMatchObject({ keywords: ['parcelamento'], count: 2, people: 2 });
  });

  it('reads the comments a week’s replies answer, however old, so their threads are known', async () => {
    const db = new RondaDB('peek-threads');
    const old = NOW - 40 * 24 * HOUR;
    await db.comments.bulkPut([
      comment('blog:b/1', { site: 'blog', commentId: 'b/1', label: 'hater', firstSeenAt: old, lastSeenAt: old }),
      comment('blog:b/2', { site: 'blog', commentId: 'b/2', label: 'neutral', isReply: true, parentId: 'b/1', firstSeenAt: old, lastSeenAt: old }),
      comment('blog:b/3', { site: 'blog', commentId: 'b/3', label: 'praise', isReply: true, parentId: 'b/2' }),
      comment('blog:b/4', { site: 'blog', commentId: 'b/4', label: 'praise', isReply: true, parentId: 'b/9' }),
    ]);
    const rows = await loadPeekRows(NOW, db);
    expect(rows.comments.map((c) => c.key).sort()).toEqual(['blog:b/1', 'blog:b/2', 'blog:b/3', 'blog:b/4']);
    const peek = buildPeek(rows.comments, rows.prints, { now: NOW });
    expect(peek.haterReplies.map((c) => c.key)).toEqual(['blog:b/3']);
    expect(peek.praise.map((c) => c.key)).toEqual(['blog:b/4']);
    db.close();
  });
});
