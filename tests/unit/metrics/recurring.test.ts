import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/domain';
import { recurringTopics, type QuestionComment } from '../../../lib/faq/recurring';
import { setLocale } from '../../../lib/i18n';
import { loadMetricsData } from '../../../components/metrics/load';
import { RondaDB } from '../../../storage/db';

let n = 0;
function q(authorName: string, label: Label, text: string, postUrl = 'https://www.instagram.com/p/A/'): QuestionComment {
  n++;
  return { key: `instagram:${n}`, authorName, label, text, postUrl, firstSeenAt: 1_000 + n };
}

/** Launch comments written for this test (not the phrasings the grouping was tuned on). */
const launch = (): QuestionComment[] => [
  q('Ana', 'doubt', 'Aceita pix?'),
  q('Bruno', 'purchase_intent', 'Dá pra pagar no Pix? quero garantir minha vaga'),
  q('Carla', 'doubt', 'pix ou só cartão?', 'https://www.instagram.com/p/B/'),
  q('Davi', 'doubt', 'O bônus vale pra quem comprar hoje?'),
  q('Elis', 'doubt', 'Ainda dá tempo de pegar o bônus??'),
  q('Fábio', 'doubt', 'até quando vale o bonus'),
  q('Gabi', 'doubt', 'Por quanto tempo fica liberado o acesso?'),
  q('Hélio', 'doubt', 'O acesso é vitalício ou tem prazo?'),
  q('Íris', 'complaint', 'Paguei ontem e até agora não chegou o e-mail de acesso'),
  q('João', 'complaint', 'não consigo fazer login na plataforma'),
  q('Kátia', 'complaint', 'a plataforma não abre no celular, já tentei de tudo'),
  q('Léo', 'praise', 'Aula maravilhosa, obrigado por tanto conteúdo!'),
  q('Marta', 'hater', 'pix pra golpista? tô fora'),
  q('Nico', 'doubt', 'Serve pra quem trabalha com artesanato?'),
  q('Olga', 'doubt', 'Qual o link do grupo do WhatsApp?'),
];

describe('recurring questions and objections', () => {
  it('groups the same question asked in other words, most asked first, with people and posts counted', () => {
    setLocale('pt-BR');
    const topics = recurringTopics(launch());
    const texts = topics.map((t) => t.comments.map((c) => c.authorName).sort());
    expect(texts).toContainEqual(['Ana', 'Bruno', 'Carla']);
    expect(texts).toContainEqual(['Davi', 'Elis', 'Fábio']);
    expect(texts).toContainEqual(['Gabi', 'Hélio']);
    const pix = topics.find((t) => t.comments.some((c) => c.authorName === 'Ana'))!;
    expect(pix).toMatchObject({ count: 3, people: 3, posts: 2, label: 'doubt' });
    expect(pix.keywords[0]).toBe('pix');
    // The words as people wrote them, accents included.
    expect(topics.find((t) => t.comments.some((c) => c.authorName === 'Davi'))!.keywords[0]).toBe('bônus');
    // Praise and haters are not questions; a question nobody else asked is not recurring.
    const all = topics.flatMap((t) => t.comments.map((c) => c.authorName));
    for (const name of ['Léo', 'Marta', 'Nico', 'Olga']) expect(all).not.toContain(name);
    expect(topics[0]!.count).toBeGreaterThanOrEqual(topics.at(-1)!.count);
  });

  it('keeps complaints apart from questions about the same thing', () => {
    const topics = recurringTopics(launch());
    const access = topics.find((t) => t.comments.some((c) => c.authorName === 'Gabi'))!;
    expect(access.comments.every((c) => c.label === 'doubt')).toBe(true);
    // "login" is getting in: with the e-mail of access that never came, one objection.
    const login = topics.find((t) => t.comments.some((c) => c.authorName === 'João'))!;
    expect(login.comments.map((c) => c.authorName).sort((a, b) => a.localeCompare(b))).toEqual(['Íris', 'João']);
    expect(login).toMatchObject({ label: 'complaint', keywords: ['acesso'] });
  });

  it('one person asking again is not a trend; the same words pasted twice count once', () => {
    const again = [q('Ana', 'doubt', 'Tem certificado?'), q('Ana', 'doubt', 'Tem certificado??'), q('Ana', 'doubt', 'E o certificado, vem?')];
    expect(recurringTopics(again)).toEqual([]);
    const topics = recurringTopics([...again, q('Bia', 'doubt', 'o certificado é digital?')]);
    expect(topics).toHaveLength(1);
    expect(topics[0]).toMatchObject({ count: 3, people: 2 });
  });

  it('names the common topics the same in every wording, in the UI language', () => {
    const price = [q('Ana', 'purchase_intent', 'Quanto custa?'), q('Bia', 'purchase_intent', 'qual o valor do investimento?'), q('Caio', 'doubt', 'Preço?')];
    setLocale('en');
    expect(recurringTopics(price)[0]!.keywords[0]).toBe('price');
    setLocale('pt-BR');
    expect(recurringTopics(price)[0]!.keywords[0]).toBe('preço');
  });

  it('groups alike whatever order the comments came in, and moves a comment to the group it fits once groups form', () => {
    // How to pay, in instalments, with a discount: questions that share "cartão", "pix" or "tem" across topics.
    const payment = (): QuestionComment[] => [
      q('Bruno', 'purchase_intent', 'Dá pra pagar no Pix? quero garantir minha vaga'),
      q('Carla', 'doubt', 'pix ou só cartão?'),
      q('Iago', 'doubt', 'dá pra parcelar no cartão?'),
      q('Jana', 'purchase_intent', 'parcela em 12x no cartão?'),
      q('Kiko', 'doubt', 'tem parcelamento?'),
      q('Sara', 'doubt', 'pix tem desconto?'),
      q('Téo', 'doubt', 'tem desconto no boleto?'),
      q('Ugo', 'doubt', 'boleto ou pix?'),
      q('Davi', 'doubt', 'O bônus vale pra quem comprar hoje?'),
      q('Elis', 'doubt', 'Ainda dá tempo de pegar o bônus??'),
      q('Fábio', 'doubt', 'até quando vale o bonus'),
    ];
    const groups = (comments: QuestionComment[]) =>
      recurringTopics(comments)
        .map((t) => t.comments.map((c) => c.authorName).sort().join('+'))
        .sort();
    const seen = payment();
    const expected = groups(seen);
    expect(expected).toEqual(['Bruno+Carla+Ugo', 'Davi+Elis+Fábio', 'Iago+Jana+Kiko', 'Sara+Téo']);
    // The same comments seen newest first, and in a shuffled order: the same groups.
    const last = Math.max(...seen.map((c) => c.firstSeenAt));
    expect(groups(seen.map((c) => ({ ...c, firstSeenAt: 2 * last - c.firstSeenAt })))).toEqual(expected);
    const shuffled = [5, 0, 9, 3, 7, 1, 10, 2, 8, 4, 6].map((i, at) => ({ ...seen[i]!, firstSeenAt: at }));
    expect(groups(shuffled)).toEqual(expected);
  });

  it('copes with hostile text: markup, emoji only, RTL marks, a huge comment', () => {
    const hostile = [
      q('A', 'doubt', '<script>alert(1)</script> tem certificado?'),
      q('B', 'doubt', '\u202Etem certificado\u202C?'),
      q('C', 'doubt', '🤔🤔🤔❓'),
      q('D', 'doubt', `${'certificado '.repeat(20_000)}?`),
      q('E', 'doubt', ''),
    ];
    const topics = recurringTopics(hostile);
    expect(topics).toHaveLength(1);
    expect(topics[0]!.comments.map((c) => c.authorName).sort()).toEqual(['A', 'B', 'D']);
    expect(topics[0]!.keywords).toEqual(['certificado']);
  });
});

describe('the metrics page’s read of a period', () => {
  it('brings the question-like comments with their words in the same pass, only when asked', async () => {
    const db = new RondaDB('metrics-questions');
    const row = (key: string, label: Label, text: string, firstSeenAt: number) => ({
      key, site: 'youtube', postUrl: 'https://www.youtube.com/watch?v=a', commentId: key, isReply: false, authorName: 'Ana', text,
      label, labelSource: 'classifier', confidence: 0.9, evidence: [], status: 'new', firstSeenAt, lastSeenAt: firstSeenAt, projectId: 'default',
    });
    await db.comments.bulkPut([
      row('youtube:1', 'doubt', 'Tem certificado?', 100),
      row('youtube:2', 'praise', 'Amei', 100),
      row('youtube:3', 'complaint', 'Não recebi o acesso', 100),
      row('youtube:4', 'doubt', 'Fora do período', 900),
    ] as never[]);
    await db.comments.put({ key: 'youtube:5', label: 'doubt', firstSeenAt: 100 } as never);
    const withQuestions = await loadMetricsData(0, 500, { questions: true, db });
    expect(withQuestions.comments).toHaveLength(3);
    expect(withQuestions.questions.map((q) => [q.key, q.text])).toEqual([
      ['youtube:1', 'Tem certificado?'],
      ['youtube:3', 'Não recebi o acesso'],
    ]);
    expect(withQuestions.skipped).toBe(1);
    expect((await loadMetricsData(0, 500, { db })).questions).toEqual([]);
    db.close();
  });
});
