import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.js';
import { escapeLucene, MAX_CLAUSES, MAX_QUERY_LENGTH, parseQuery, toLucene } from './query.js';

const rejects = (input: string) => {
  try {
    parseQuery(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('BAD_USER_INPUT');
    return (error as ApiError).message;
  }
  throw new Error(`expected "${input}" to be rejected`);
};

describe('parseQuery', () => {
  it('reads words, lower-cased', () => {
    expect(parseQuery('Upphandling LOKALA företag')).toMatchObject({ words: ['upphandling', 'lokala', 'företag'], phrases: [], prefixes: [] });
  });

  it('reads "exact phrases" and keeps single-word quotes as words', () => {
    const q = parseQuery('"offentlig upphandling" "CSR" näringsliv');
    expect(q.phrases).toEqual(['offentlig upphandling']);
    expect(q.words).toEqual(['csr', 'näringsliv']);
  });

  it('reads prefix* and refuses prefixes shorter than three letters', () => {
    expect(parseQuery('upphandl*').prefixes).toEqual(['upphandl']);
    expect(rejects('up*')).toMatch(/at least 3 letters/);
  });

  it.each([
    ['title:CSR', ['title', 'csr'], [':']],
    ['(upphandling)', ['upphandling'], ['()']],
    ['[2010 TO 2020]', ['2010', 'to', '2020'], ['[', ']']],
    ['{a}', ['a'], ['{}']],
    ['upphandling~', ['upphandling'], ['~']],
    ['upphandling~2', ['upphandling', '2'], ['~']],
    ['CSR^10', ['csr', '10'], ['^']],
    ['näringsliv AND upphandling', ['näringsliv', 'upphandling'], ['AND']],
    ['näringsliv OR NOT turism', ['näringsliv', 'turism'], ['OR', 'NOT']],
    ['a && b || !c', ['a', 'b', 'c'], ['&&', '||', '!']],
    ['+krav -miljö', ['krav', 'miljö'], ['+', '-']],
    ['skola\\näringsliv', ['skola', 'näringsliv'], ['\\']],
    ['e-tjänster/digitalisering', ['e', 'tjänster', 'digitalisering'], ['-/']],
    ['kompe?ens', ['kompe', 'ens'], ['?']],
    ['"obalanserat citat', ['obalanserat', 'citat'], ['"']],
    ['* upphandling', ['upphandling'], ['*']],
    ['kompetens*försörjning', ['kompetens', 'försörjning'], ['*']],
  ])('turns %j into plain words', (input, words, ignored) => {
    const q = parseQuery(input);
    expect(q.words).toEqual(words);
    expect(q.ignored).toEqual(expect.arrayContaining(ignored));
    // whatever the input, the Lucene query holds only letters, digits, spaces, + and quotes
    expect(toLucene(q)).toMatch(/^[+\p{L}\p{N} "*]+$/u);
  });

  it('drops stop words from words (the index ignores them) and reports them', () => {
    const q = parseQuery('kompetensförsörjning och skola');
    expect(q.words).toEqual(['kompetensförsörjning', 'skola']);
    expect(q.ignored).toContain('och');
  });

  it.each(['', '   ', '*', '"', '""', '~', ':', '()', 'AND', 'AND OR NOT', '&& ||', 'och att det', '" "'])('rejects %j, which has nothing to search for', (input) => {
    expect(rejects(input)).toMatch(/at least one word/);
  });

  it('rejects overlong input and too many clauses', () => {
    expect(rejects('a'.repeat(MAX_QUERY_LENGTH + 1))).toMatch(/too long/);
    const many = Array.from({ length: MAX_CLAUSES + 1 }, (_, i) => `ord${i}`).join(' ');
    expect(rejects(many)).toMatch(/at most 20/);
  });

  it('names the argument it rejects', () => {
    try {
      parseQuery('*', 'filter.text');
    } catch (error) {
      expect((error as ApiError).extensions.argument).toBe('filter.text');
    }
  });
});

describe('toLucene', () => {
  it('requires every clause in ALL mode and none in ANY mode', () => {
    const q = parseQuery('upphandling "lokala företag" kompet*');
    expect(toLucene(q, 'ALL')).toBe('+upphandling +"lokala företag" +kompet*');
    expect(toLucene(q, 'ANY')).toBe('upphandling "lokala företag" kompet*');
  });
});

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
