import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../classifier';
import { CLASSIFIER_REVISION } from '../../../classifier/revision';
import { LAUNCH_DEV, LAUNCH_PROBE, LAUNCH_TRAIN, readLaunchTsv } from '../../../classifier/training/data';

/*
 * Stored comments are judged again only when the revision changes (storage/stored-model-labels.ts), so a release
 * that changes verdicts without a new revision would leave every stored post as the old classifier saw it. The
 * fingerprint is every verdict (label, confidence, evidence) on Ronda's own 5,700 comments and a few hostile inputs.
 * The file lists each revision with its fingerprint, newest last; a change of verdicts adds a line with a new
 * revision, it never rewrites the last one. Comments added to Ronda's data files change it too: a revision then
 * costs one needless pass over the stored comments, which is harmless.
 */
const FILE = path.join(__dirname, 'revision-fingerprints.json');
const HOSTILE = ['', '<script>alert(1)</script> que aula', '\u202Eodamuc\u202C amei', '😂'.repeat(500), 'a'.repeat(5_000), 'ESSA MULHER É SURREAL!!!'];

function fingerprint(): string {
  const texts = [...[LAUNCH_TRAIN, LAUNCH_DEV, LAUNCH_PROBE].flatMap((file) => readLaunchTsv(file).map((e) => e.text)), ...HOSTILE];
  const hash = createHash('sha256');
  for (const text of texts) {
    const v = classify(text);
    hash.update(`${v.label}|${v.confidence.toFixed(4)}|${v.evidence.join('·')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

describe('classifier revision', () => {
  it('a change in what the classifier says comes with a new CLASSIFIER_REVISION', () => {
    const list = JSON.parse(readFileSync(FILE, 'utf8')) as { revision: string; fingerprint: string }[];
    const now = fingerprint();
    const last = list[list.length - 1];
    expect(new Set(list.map((e) => e.revision)).size, 'each revision once').toBe(list.length);
    expect(last?.revision, `classifier/revision.ts says ${CLASSIFIER_REVISION}: add {"revision": "${CLASSIFIER_REVISION}", "fingerprint": "${now}"} to ${FILE}`).toBe(CLASSIFIER_REVISION);
    expect(now, `the verdicts (or Ronda's texts) changed: give classifier/revision.ts a new CLASSIFIER_REVISION and add it with "${now}" to ${FILE}`).toBe(last?.fingerprint);
  });
});
