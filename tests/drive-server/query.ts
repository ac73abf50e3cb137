/*
 * A parser and evaluator for the subset of Drive's `q` search syntax Ronda uses (and a little more, so a
 * client bug shows up as a 400 "Invalid Value" the way Google answers, not as a silent match):
 *   'id' in parents · appProperties has { key='k' and value='v' } · properties has {…}
 *   name / mimeType / trashed / modifiedTime / createdTime with = != < <= > >= contains
 *   and · or · not · parentheses
 */

export interface QueryFile {
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  modifiedTime: string;
  createdTime: string;
}

type Token = { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'op'; v: string } | { t: 'punct'; v: string };

export class QueryError extends Error {}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      let v = '';
      i++;
      while (i < q.length && q[i] !== c) {
        if (q[i] === '\\' && i + 1 < q.length) i++;
        v += q[i];
        i++;
      }
      if (i >= q.length) throw new QueryError('unterminated string');
      i++;
      out.push({ t: 'str', v });
    } else if ('(){}'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else if ('=!<>'.includes(c)) {
      const two = q.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if (c === '!') throw new QueryError('unexpected !');
      else {
        out.push({ t: 'op', v: c });
        i++;
      }
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(q.slice(i));
      if (!m) throw new QueryError(`unexpected character ${c}`);
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export type Predicate = (f: QueryFile) => boolean;

export function parseQuery(q: string): Predicate {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const t = tokens[pos++];
    if (!t) throw new QueryError('unexpected end of query');
    return t;
  };
  const isWord = (t: Token | undefined, w: string) => t?.t === 'word' && t.v.toLowerCase() === w;
  const expect = (t: Token['t'], v?: string) => {
    const tok = next();
    if (tok.t !== t || (v !== undefined && tok.v.toLowerCase() !== v)) throw new QueryError(`expected ${v ?? t}, got ${tok.v}`);
    return tok;
  };

  function orExpr(): Predicate {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      pos++;
      const l = left;
      const r = andExpr();
      left = (f) => l(f) || r(f);
    }
    return left;
  }
  function andExpr(): Predicate {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      const l = left;
      const r = unary();
      left = (f) => l(f) && r(f);
    }
    return left;
  }
  function unary(): Predicate {
    if (isWord(peek(), 'not')) {
      pos++;
      const inner = unary();
      return (f) => !inner(f);
    }
    const t = peek();
    if (t?.t === 'punct' && t.v === '(') {
      pos++;
      const inner = orExpr();
      expect('punct', ')');
      return inner;
    }
    return comparison();
  }
  function comparison(): Predicate {
    const first = next();
    if (first.t === 'str') {
      expect('word', 'in');
      const field = expect('word').v;
      if (field !== 'parents') throw new QueryError(`unsupported collection ${field}`);
      return (f) => f.parents.includes(first.v);
    }
    if (first.t !== 'word') throw new QueryError(`unexpected ${first.v}`);
    const field = first.v;
    if (field === 'appProperties' || field === 'properties') {
      expect('word', 'has');
      expect('punct', '{');
      expect('word', 'key');
      expect('op', '=');
      const key = expect('str').v;
      expect('word', 'and');
      expect('word', 'value');
      expect('op', '=');
      const value = expect('str').v;
      expect('punct', '}');
      return (f) => (field === 'appProperties' ? f.appProperties : f.properties)[key] === value;
    }
    const opTok = next();
    const op = opTok.t === 'word' && opTok.v === 'contains' ? 'contains' : opTok.t === 'op' ? opTok.v : undefined;
    if (!op) throw new QueryError(`expected an operator after ${field}`);
    const valueTok = next();
    if (field === 'trashed') {
      if (valueTok.t !== 'word' || !['true', 'false'].includes(valueTok.v) || !['=', '!='].includes(op)) {
        throw new QueryError('trashed takes = or != and true/false');
      }
      const want = valueTok.v === 'true';
      return op === '=' ? (f) => f.trashed === want : (f) => f.trashed !== want;
    }
    if (valueTok.t !== 'str') throw new QueryError(`${field} takes a quoted value`);
    const v = valueTok.v;
    const get = (f: QueryFile): string => {
      switch (field) {
        case 'name':
          return f.name;
        case 'mimeType':
          return f.mimeType;
        case 'modifiedTime':
          return f.modifiedTime;
        case 'createdTime':
          return f.createdTime;
        default:
          throw new QueryError(`unsupported field ${field}`);
      }
    };
    get({ name: '', mimeType: '', parents: [], trashed: false, appProperties: {}, properties: {}, modifiedTime: '', createdTime: '' });
    switch (op) {
      case '=':
        return (f) => get(f) === v;
      case '!=':
        return (f) => get(f) !== v;
      case 'contains':
        return (f) => get(f).includes(v);
      case '<':
        return (f) => get(f) < v;
      case '<=':
        return (f) => get(f) <= v;
      case '>':
        return (f) => get(f) > v;
      case '>=':
        return (f) => get(f) >= v;
      default:
        throw new QueryError(`unsupported operator ${op}`);
    }
  }

  const predicate = orExpr();
  if (pos !== tokens.length) throw new QueryError(`unexpected ${tokens[pos]!.v}`);
  return predicate;
}
