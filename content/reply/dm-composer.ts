import type { ReplyBox } from '../../sites/types';

/** The DM composer renders after the thread loads: asks `find` until it answers, up to `timeoutMs`. */
export async function waitForDmComposer(find: () => ReplyBox | null, timeoutMs: number): Promise<ReplyBox | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const box = find();
    if (box || Date.now() >= deadline) return box;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
