import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, packBlocks, renderBlock, type Block } from '../../../adapters/telegram/html.ts';
import { parseTelegramHtml } from './telegram-html.ts';

describe('Telegram HTML building', () => {
  it('escapes &, < and > and nothing else', () => {
    expect(escapeHtml('<b>签约</b> & <script>"\'')).toBe('&lt;b&gt;签约&lt;/b&gt; &amp; &lt;script&gt;"\'');
  });

  it('renders a block with its label inside its tag', () => {
    expect(renderBlock({ label: '出处：', text: 'A<B', tag: 'i' })).toBe('<i><b>出处：</b>A&lt;B</i>');
  });

  it('keeps short blocks in one message joined by newlines', () => {
    expect(packBlocks([{ text: '一', tag: 'b' }, { text: '二' }])).toEqual(['<b>一</b>\n二']);
  });

  it('moves a block that does not fit to the next message whole', () => {
    const parts = packBlocks([{ text: 'a'.repeat(60) }, { text: 'b'.repeat(60), tag: 'i' }], 100);
    expect(parts).toEqual(['a'.repeat(60), `<i>${'b'.repeat(60)}</i>`]);
  });

  it('cuts a long block after sentence ends and re-wraps every slice in its tag', () => {
    const text = '第一句话很长很长。'.repeat(30);
    const parts = packBlocks([{ text, tag: 'blockquote' }], 100);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part).toMatch(/^<blockquote>[^<]*。<\/blockquote>$/u);
    }
    expect(parts.map((p) => parseTelegramHtml(p).text).join('')).toBe(text);
  });

  it('counts the escaped length when cutting, so escapes cannot push a part over the limit', () => {
    const text = '&&&&<<<<>>>>。'.repeat(40);
    const parts = packBlocks([{ text, tag: 'b' }], 120);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(120);
    expect(parts.map((p) => parseTelegramHtml(p).text).join('')).toBe(text);
  });

  it('always produces parts within the limit that Telegram parses back to the original text', () => {
    const block = fc.record({
      text: fc.string({ unit: fc.constantFrom('字', '。', '&', '<', '>', ' ', 'a', '\n', '😀', '，'), maxLength: 400 }),
      tag: fc.constantFrom(undefined, 'b', 'i', 'blockquote'),
      label: fc.constantFrom(undefined, '出处：', '<&>'),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.integer({ min: 60, max: 500 }), (raw, max) => {
        const blocks = raw.map((b) => ({ text: b.text, ...(b.tag ? { tag: b.tag } : {}), ...(b.label ? { label: b.label } : {}) })) as Block[];
        const parts = packBlocks(blocks, max);
        const visible = parts.map((p) => {
          expect(p.length).toBeLessThanOrEqual(max);
          return parseTelegramHtml(p).text;
        });
        const expected = blocks.filter((b) => b.text !== '' || b.label).map((b) => (b.label ?? '') + b.text).join('');
        // Parts are joined by newlines between blocks; cuts inside a block add nothing and drop nothing.
        expect(visible.join('').replaceAll('\n', '')).toBe(expected.replaceAll('\n', ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the fake server\'s Telegram HTML check', () => {
  it('accepts what Telegram accepts', () => {
    expect(parseTelegramHtml('<b>a</b> &amp; &lt;x&gt; &#x1F600; <blockquote expandable><i>q</i></blockquote> <a href="https://t.me">t</a> a & b').text).toBe('a & <x> 😀 q t a & b');
  });

  it.each([
    ['an unescaped tag', '<script>alert(1)</script>', 'Unsupported start tag "script"'],
    ['an unclosed tag', '<b>bold', 'Can\'t find end tag corresponding to start tag "b"'],
    ['crossed tags', '<b><i>x</b></i>', 'Unmatched end tag'],
    ['a stray end tag', 'x</b>', 'Unexpected end tag'],
    ['a bare <', 'a < b', 'Unclosed start tag'],
    ['nested blockquotes', '<blockquote><blockquote>x</blockquote></blockquote>', "Blockquote entities can't be nested"],
    ['an unknown attribute', '<b class="x">y</b>', 'unsupported attributes'],
  ])('refuses %s like Telegram', (_what, html, message) => {
    expect(() => parseTelegramHtml(html)).toThrow(message);
  });
});
