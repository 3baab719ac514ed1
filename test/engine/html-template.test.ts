/** The escaping tagged template every HTML of the engine goes through. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, trusted } from '../../engine/src/text/html.js';

describe('html tagged template', () => {
  it('escapes every interpolated text, in text and in attributes', () => {
    const title = `<script>alert("x")</script> & 'q'`;
    expect(html`<td title="${title}">${title}</td>`.markup).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</td>',
    );
  });

  it('keeps markup built by html or marked trusted, renders arrays item by item, and nothing for null, undefined, false', () => {
    const b = html`<b>${'<i>'}</b>`;
    expect(html`<p>${b}${trusted('<br>')}${[b, 'x<y', 3]}${null}${undefined}${false}</p>`.markup).toBe('<p><b>&lt;i&gt;</b><br><b>&lt;i&gt;</b>x&lt;y3</p>');
    expect(joinHtml(['a&b', html`<i>c</i>`], html`<br>`).markup).toBe('a&amp;b<br><i>c</i>');
  });

  it('cannot be pasted unescaped into an untagged template by mistake', () => {
    expect(`${html`<b>x</b>` as unknown as string}`).toBe('[object Object]');
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('the HTML report escapes what the dossier says', () => {
  it('a title with markup, quotes and an action owner with markup are text, in cells and in link titles', async () => {
    const { run } = await import('../helpers.js');
    const { buildReportModel, renderReportHtml } = await import('../../engine/src/index.js');
    const r = run({
      'criteres/3.4-05.yaml': [
        'criterion: 3.4-05',
        'elements:',
        '  ee01:',
        '    status: partiel',
        '    evidence:',
        '      - title: "<script>alert(1)</script> \\"q\\" <img src=x onerror=alert(2)>"',
        '        file: preuves/x.pdf',
        '        date: 2026-01-01',
        '    actions:',
        '      - title: "<b>Former</b>"',
        '        due: 2026-12-31',
        '        owner: "D&SI"',
        '',
      ].join('\n'),
    });
    const out = renderReportHtml(buildReportModel(r), { link: (f, l) => `${f}#L${l}"><script>` });
    expect(out).not.toMatch(/<script|<img|<b>Former/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &lt;img src=x onerror=alert(2)&gt;');
    expect(out).toContain('<td>D&amp;SI</td>');
    expect(out).toContain('href="criteres/3.4-05.yaml#L');
    expect(out).toMatch(/href="criteres\/3\.4-05\.yaml#L\d+&quot;&gt;&lt;script&gt;"/);
  });
});
