// Tag and text events of an HTML page: htmlparser2's Tokenizer driven directly, with the tree
// rules its Parser adds in HTML mode (lower-cased names, implied end tags, void elements,
// </p> and </br> without a start tag, a nested <form> ignored, SVG/MathML foreign content,
// everything still open closed at the end). The events are exactly the Parser's; the Parser
// itself cost more than the tokenizing (an element stack kept with unshift/shift, every
// attribute value built, a chunk buffer sliced through on every name and text).
import { Tokenizer } from 'htmlparser2';

export interface TagHandler {
  onopentagname(name: string): void;
  /** Only attributes named in `TagEvents`' `attributes` are reported (names lower-cased). */
  onattribute(name: string, value: string): void;
  ontext(text: string): void;
  onclosetag(name: string): void;
}

// The tables below are htmlparser2 12.0.0's Parser's, unchanged: package.json pins that version
// exactly, and tag-events.property.test.ts compares the events with the Parser's (run it on an upgrade).
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const openImpliesClose = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', headingTags], ['h2', headingTags], ['h3', headingTags], ['h4', headingTags], ['h5', headingTags], ['h6', headingTags],
  ['select', formTags], ['input', formTags], ['output', formTags], ['button', formTags], ['datalist', formTags], ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags], ['dt', ddtTags],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
    'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, Set<string>] => [t, pTag]),
  ['rt', rtpTags], ['rp', rtpTags],
  ['tbody', tableSectionTags], ['tfoot', tableSectionTags],
]);
const voidElements = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);
const foreignContextElements = new Set(['math', 'svg']);
/** Elements that take HTML content back inside SVG or MathML (SVG-adjusted casing). */
const htmlIntegrationElements = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
const svgTagNameAdjustments = new Map(
  ['altGlyph', 'altGlyphDef', 'altGlyphItem', 'animateColor', 'animateMotion', 'animateTransform', 'clipPath', 'feBlend',
    'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap',
    'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage',
    'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile',
    'feTurbulence', 'foreignObject', 'glyphRef', 'linearGradient', 'radialGradient', 'textPath'].map((n) => [n.toLowerCase(), n]),
);

/**
 * Tag names of report pages, by a number packed from their lower-cased letters and digits:
 * reading a name then makes no string (slice + toLowerCase made one or two per tag), and the
 * stored name is one the Sets above already know.
 */
const KNOWN_NAMES = new Map<number, string>();
/** The packed number of buffer[start, end), or −1 when the name has other characters or is long. */
function nameKey(buffer: string, start: number, end: number): number {
  if (end - start > 10) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = buffer.charCodeAt(i);
    let d: number;
    if (c >= 0x61 && c <= 0x7a) d = c - 0x60;
    else if (c >= 0x41 && c <= 0x5a) d = c - 0x40;
    else if (c >= 0x30 && c <= 0x39) d = c - 0x30 + 27;
    else return -1;
    key = key * 37 + d;
  }
  return key;
}
for (const n of [
  ...openImpliesClose.keys(), ...voidElements, 'html', 'head', 'body', 'title', 'script', 'style', 'noscript', 'template',
  'iframe', 'object', 'svg', 'math', 'span', 'font', 'b', 'i', 'u', 's', 'em', 'strong', 'small', 'big', 'sub', 'sup', 'label',
  'center', 'caption', 'colgroup', 'nobr', 'o', 'st1', 'del', 'ins', 'strike', 'code', 'tt', 'abbr', 'cite', 'q', 'mark',
  'legend', 'summary', 'picture', 'video', 'audio', 'canvas', 'map', 'xml',
]) {
  KNOWN_NAMES.set(nameKey(n, 0, n.length), n);
}

const NONE = 0;
const SVG = 1;
const MATHML = 2;

/** Reads one page; the element stack and foreign contexts keep their top at the end. */
class TagEvents {
  private readonly tokenizer: Tokenizer;
  private buffer = '';
  private readonly stack: string[] = [];
  /**
   * How many elements of each name the stack holds: an end tag with none open, a nested <form>,
   * an SVG end tag then cost nothing instead of a scan of every open element (quadratic on
   * deep nesting: 20,000 open <div>s and as many stray </span>s took seconds).
   */
  private readonly open = new Map<string, number>();
  private readonly foreign: number[] = [NONE];
  private tagname = '';
  /** the attribute being read is one the handler wants */
  private wanted = false;
  private attribname = '';
  private attribvalue = '';

  constructor(
    private readonly handler: TagHandler,
    private readonly attributes: ReadonlySet<string>,
  ) {
    this.tokenizer = new Tokenizer({ decodeEntities: true }, this);
  }

  read(html: string): void {
    this.buffer = html;
    this.tokenizer.write(html);
    this.tokenizer.end();
  }

  isInForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] !== NONE;
  }

  ontext(start: number, end: number): void {
    this.handler.ontext(this.buffer.slice(start, end));
  }

  ontextentity(cp: number): void {
    this.handler.ontext(String.fromCodePoint(cp));
  }

  private readTagName(start: number, end: number): string {
    const name = KNOWN_NAMES.get(nameKey(this.buffer, start, end)) ?? this.buffer.slice(start, end).toLowerCase();
    const foreign = this.foreign;
    if (foreign[foreign.length - 1] === SVG) return svgTagNameAdjustments.get(name) ?? name;
    // an SVG element's end tag inside an HTML integration point still matches its start tag
    if (foreign.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== undefined && this.open.get(adjusted)) return adjusted;
    }
    if (!this.isInForeignContext()) return name === 'image' ? 'img' : name;
    return name;
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.readTagName(start, end));
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    const stack = this.stack;
    if (name === 'form' && this.open.get('form')) {
      this.tagname = '';
      return;
    }
    const impliesClose = openImpliesClose.get(name);
    if (impliesClose) while (stack.length > 0 && impliesClose.has(stack[stack.length - 1])) this.popElement();
    if (!voidElements.has(name)) {
      stack.push(name);
      this.open.set(name, (this.open.get(name) ?? 0) + 1);
      if (name === 'svg') this.foreign.push(SVG);
      else if (name === 'math') this.foreign.push(MATHML);
      else if (htmlIntegrationElements.has(name)) this.foreign.push(NONE);
    }
    this.handler.onopentagname(name);
  }

  private endOpenTag(): void {
    if (voidElements.has(this.tagname)) this.handler.onclosetag(this.tagname);
    this.tagname = '';
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    const name = this.readTagName(start, end);
    const stack = this.stack;
    if (!voidElements.has(name)) {
      // found at distance d from the top, d elements are closed: linear overall
      const pos = this.open.get(name) ? stack.lastIndexOf(name) : -1;
      if (pos !== -1) {
        while (stack.length > pos) this.popElement();
      } else if (name === 'p') {
        // </p> with no <p> open: an empty paragraph
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // </br> is a <br>
      this.handler.onopentagname('br');
      this.handler.onclosetag('br');
    }
  }

  onselfclosingtag(): void {
    // "/>" closes an element only in foreign content
    if (this.isInForeignContext()) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private popElement(): void {
    const element = this.stack.pop()!;
    this.open.set(element, this.open.get(element)! - 1);
    if (foreignContextElements.has(element) || htmlIntegrationElements.has(element)) this.foreign.pop();
    this.handler.onclosetag(element);
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.popElement();
  }

  onattribname(start: number, end: number): void {
    const name = this.buffer.slice(start, end).toLowerCase();
    this.wanted = this.attributes.has(name);
    this.attribname = name;
  }

  onattribdata(start: number, end: number): void {
    if (this.wanted) this.attribvalue += this.buffer.slice(start, end);
  }

  onattribentity(cp: number): void {
    if (this.wanted) this.attribvalue += String.fromCodePoint(cp);
  }

  onattribend(): void {
    if (this.wanted) this.handler.onattribute(this.attribname, this.attribvalue);
    this.attribvalue = '';
  }

  oncdata(start: number, end: number, offset: number): void {
    // CDATA is text in foreign content and a comment in HTML
    if (this.isInForeignContext()) this.handler.ontext(this.buffer.slice(start, end - offset));
  }

  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  onend(): void {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) this.handler.onclosetag(stack[i]);
  }
}

/** Sends the events of `html` to `handler`, attributes only those named in `attributes`. */
export function readTags(html: string, handler: TagHandler, attributes: ReadonlySet<string>): void {
  new TagEvents(handler, attributes).read(html);
}
