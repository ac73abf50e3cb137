import 'fake-indexeddb/auto';
import { RondaDB } from '../storage/db';
import { recordSeenComments, listCommentsForPost, type SeenComment } from '../storage/comments';

/** Writing and reading back a 2,000-comment page through the comments store (fake-indexeddb, in Node). */
export async function run(): Promise<void> {
  const db = new RondaDB(`bench-${Date.now()}`);
  const seen: SeenComment[] = Array.from({ length: 2_000 }, (_, i) => ({
    commentId: `c${i}`,
    isReply: i % 5 === 0,
    authorName: `Pessoa ${i}`,
    text: `Comentário número ${i}: quanto custa o curso?`,
    label: 'purchase_intent',
    confidence: 0.8,
    evidence: ['quanto custa'],
  }));
  let t = performance.now();
  await recordSeenComments('instagram', 'https://www.instagram.com/p/X/', seen, { db });
  const firstWrite = performance.now() - t;
  t = performance.now();
  await recordSeenComments('instagram', 'https://www.instagram.com/p/X/', seen, { db });
  const rewrite = performance.now() - t;
  t = performance.now();
  const { valid } = await listCommentsForPost('https://www.instagram.com/p/X/', db);
  const read = performance.now() - t;
  console.log(`  store 2,000 new comments:      ${firstWrite.toFixed(1)} ms`);
  console.log(`  store the same 2,000 again:    ${rewrite.toFixed(1)} ms`);
  console.log(`  read + validate ${valid.length} comments: ${read.toFixed(1)} ms`);
  db.close();
}
