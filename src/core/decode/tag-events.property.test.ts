// tag-events drives htmlparser2's Tokenizer with the tree rules of its Parser re-done for speed
// (an open-element count instead of scans of the stack, known tag names without a string made,
// only the wanted attributes built). Its events must be exactly the Parser's: on the HTML
// sample, on generated report pages, and on random tag soup made of the cases the rules cover
// (implied ends, void elements, </p> and </br> alone, nested forms, SVG and MathML, CDATA,
// entities in text and attributes, upper-case names).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readTags } from './tag-events';
import { arbRendered } from '../testing/measure';

const WANTED = new Set(['colspan', 'rowspan']);

type Event = [string, string, string?];

function viaTagEvents(html: string): Event[] {
  const out: Event[] = [];
  readTags(
    html,
    {
      onopentagname: (n) => out.push(['open', n]),
      onattribute: (n, v) => out.push(['attr', n, v]),
      ontext: (t) => out.push(['text', t]),
      onclosetag: (n) => out.push(['close', n]),
    },
    WANTED,
  );
  return out;
}

function viaParser(html: string): Event[] {
  const out: Event[] = [];
  const parser = new Parser({
    onopentagname: (n) => out.push(['open', n]),
    onattribute: (n, v) => {
      if (WANTED.has(n)) out.push(['attr', n, v]);
    },
    ontext: (t) => out.push(['text', t]),
    onclosetag: (n) => out.push(['close', n]),
  });
  parser.end(html);
  return out;
}

describe("tag-events gives htmlparser2's Parser's events", () => {
  it('on the HTML sample', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples', 'shanghai-gov-office-2019.html'), 'utf8');
    const events = viaTagEvents(html);
    expect(events.length).toBeGreaterThan(1000);
    expect(events).toEqual(viaParser(html));
  });

  it('on generated report pages', () => {
    for (const format of ['2019', '2021'] as const) {
      for (const r of fc.sample(arbRendered('html', format), { seed: 42, numRuns: 3 })) {
        const html = new TextDecoder().decode(r.bytes);
        expect(viaTagEvents(html)).toEqual(viaParser(html));
      }
    }
  });

  it('on random tag soup', () => {
    const name = fc.constantFrom(
      'p', 'P', 'div', 'table', 'TR', 'td', 'th', 'tbody', 'thead', 'tfoot', 'br', 'hr', 'img', 'image', 'input', 'form', 'li',
      'ul', 'option', 'select', 'svg', 'math', 'foreignObject', 'foreignobject', 'clipPath', 'desc', 'title', 'mi', 'span', 'h1',
      'h3', 'dd', 'dt', 'a', 'rt', 'rp', 'body', 'head', 'script', 'style', 'textarea', 'xmp', 'custom-el', 'st1:place', 'o:p',
    );
    const attr = fc.constantFrom('', ' colspan="2"', ' ROWSPAN=3', " colspan='1&amp;2'", ' class="x"', ' colspan', ' rowspan="&#50;"');
    const piece = fc.oneof(
      fc.tuple(name, attr).map(([n, a]) => `<${n}${a}>`),
      fc.tuple(name, attr).map(([n, a]) => `<${n}${a}/>`),
      name.map((n) => `</${n}>`),
      fc.constantFrom('文字', 'x', ' ', '\n', '&nbsp;', '&lt;', '&#x4e2d;', '&amp', '<![CDATA[c]]>', '<!-- c -->', '<!DOCTYPE html>', '<?pi?>', '<', '>', '</>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(viaTagEvents(html)).toEqual(viaParser(html));
      }),
      { numRuns: 3000 },
    );
  });
});
