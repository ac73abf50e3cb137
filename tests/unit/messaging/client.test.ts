import { describe, expect, it } from 'vitest';
import { MessageError, unwrap } from '../../../messaging/client';
import { boundedComment, protocol, WIRE_LIMITS, type LiveComment } from '../../../messaging/protocol';

/*
 * Answers are checked like requests: a content script's answer is read from a third-party page, and an
 * extension updated under an open page may answer in an older shape.
 */

const comment: LiveComment = {
  key: 'youtube:1',
  commentId: '1',
  isReply: false,
  authorName: 'Ana',
  text: 'Amei!',
  label: 'praise',
  confidence: 0.9,
  evidence: ['amei'],
  labelSource: 'classifier',
  status: 'new',
};
const health = { supported: true, found: 1 };

describe('answers to messages', () => {
  it('returns a valid answer, dropping a link that is not a web address (not the comment)', () => {
    const data = unwrap({ ok: true, data: { page: null, health, comments: [{ ...comment, permalink: 'javascript:alert(1)' }] } }, 'cs.snapshot');
    expect(data.comments).toHaveLength(1);
    expect(data.comments[0]!.permalink).toBeUndefined();
    expect(data.comments[0]!.text).toBe('Amei!');
  });

  it('refuses an answer of another shape with a message that names the message and the field', () => {
    const bad = () => unwrap({ ok: true, data: { page: null, health, comments: [{ ...comment, label: 'spam' }] } }, 'cs.snapshot');
    expect(bad).toThrow(MessageError);
    expect(bad).toThrow(/invalid answer to cs\.snapshot: comments\.0\.label/);
    expect(() => unwrap({ ok: true, data: { found: 'yes' } }, 'cs.focus')).toThrow(/invalid answer to cs\.focus/);
  });

  it('passes on the receiver’s own error, and says when nobody answered', () => {
    expect(() => unwrap({ ok: false, error: 'refused: not yours' }, 'cs.focus')).toThrow('refused: not yours');
    expect(() => unwrap(undefined, 'cs.focus')).toThrow(/no answer/);
  });

  it('a page’s huge comment or author name is cut to what the protocol carries, so the rest of the page still travels', () => {
    const huge = { ...comment, authorName: 'A'.repeat(2_000), authorHandle: '@'.repeat(900), text: 'x'.repeat(WIRE_LIMITS.text + 5) };
    const bounded = boundedComment(huge);
    expect(bounded.authorName).toHaveLength(WIRE_LIMITS.author);
    expect(bounded.authorHandle).toHaveLength(WIRE_LIMITS.author);
    expect(bounded.text).toHaveLength(WIRE_LIMITS.text);
    expect(huge.text).toHaveLength(WIRE_LIMITS.text + 5); // the page's own copy is untouched
    expect(boundedComment(comment)).toBe(comment);
    expect(protocol['cs.snapshot'].response.safeParse({ page: null, health, comments: [huge] }).success).toBe(false);
    expect(protocol['cs.snapshot'].response.safeParse({ page: null, health, comments: [bounded, comment] }).success).toBe(true);
  });
});
