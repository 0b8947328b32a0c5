import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domToText } from '../../src/corpus/dom-text.js';
import { dropLinkLists, type ListNode } from '../../src/corpus/link-lists.js';

const STORY = '<p>The harbour board voted on Monday to dredge the eastern channel before the winter storms arrive.</p><p>Fishing crews, who asked for the work two years ago, welcomed the vote but warned of lost catches.</p>';

/** The story an extractor kept (`body`'s markup) after dropLinkLists, as text. */
function kept(body: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="story">${body}</div></body></html>`);
  const root = document.getElementById('story') as unknown as ListNode;
  dropLinkLists(root);
  return domToText(root);
}

describe('dropLinkLists: rails of other stories inside the extracted story', () => {
  const card = (slug: string, headline: string, deck = '') => `<li><h3><a href="/news/${slug}"><img src="/t/${slug}.jpg" alt="">${headline}</a></h3>${deck ? `<p>${deck}</p>` : ''}</li>`;

  it('drops a list of items opening with a heading that is wholly a link to another story, the first with its deck', () => {
    const rail = `<ul>${card('pilot', 'Harbour pilot held abroad', 'A former harbour pilot convicted of smuggling by a coastal court has been held in Lisbon, port officials say.')}${card('bridge', 'Protest over toll bridge fees')}${card('mill', 'Old paper mill sold to developers')}</ul>`;
    const text = kept(`${STORY}<p><a href="/feeds/harbours.xml">RSS</a></p>${rail}`);
    // The feed's link labels the rail: left behind, it would close the story and be read as its signature.
    for (const gone of ['RSS', 'held in Lisbon', 'Protest over toll bridge', 'Old paper mill']) expect(text).not.toContain(gone);
    expect(text).toContain('welcomed the vote');
  });

  it('drops a list of one such item, a promoted story under its label', () => {
    const text = kept(`${STORY}<h2>Elsewhere on the site</h2><ul>${card('chess', 'Two queens, one board?', 'Few clubs let two captains share one team. Can it last?')}</ul>`);
    for (const gone of ['Elsewhere on the site', 'Can it last']) expect(text).not.toContain(gone);
    expect(text).toContain('welcomed the vote');
  });

  it('drops the heading of a wrapped list of linked headlines with it', () => {
    const ranked = ['Storm closes the ferry terminal', 'Council delays the budget vote', 'New bakery opens on the quay'].map((headline, n) => `<li><a href="/news/${n}">${n + 1}: ${headline}</a></li>`).join('');
    const text = kept(`${STORY}<h3><a href="#">Most read</a></h3><div><ol>${ranked}</ol></div>`);
    for (const gone of ['Most read', 'Storm closes']) expect(text).not.toContain(gone);
    expect(text).toContain('welcomed the vote');
  });

  it('keeps a list whose linked headings run on past their link, and a heading linked in part', () => {
    const sections = ['Dredging', 'Fishing', 'Shipping'].map((name) => `<li><h3><a href="/topics/${name}">${name} on the east coast</a> this winter</h3><p>${name} will change while the channel is closed, the board said.</p></li>`).join('');
    expect(kept(`${STORY}<ul>${sections}</ul>`)).toContain('will change while the channel is closed');
  });
});

describe('dropLinkLists: headlines of other stories run into a paragraph', () => {
  const ferry = '<a href="/news/ferry">Ferry fares to rise by ten percent next spring</a>';
  const keeper = '<a href="/news/lighthouse">New lighthouse keeper named for the harbour</a>';

  it('drops the headlines and their label run into the end of the story\'s paragraph, and keeps its sentence', () => {
    for (const label of ['<b>Read more:</b> ', 'Lee también: ', '']) {
      const text = kept(`${STORY}<p>Residents near the quay were told to expect noise at night while the dredgers work. ${label}${ferry} · ${keeper}</p>`);
      expect(text, label).toContain('Residents near the quay were told to expect noise at night while the dredgers work.');
      for (const gone of ['Ferry fares', 'lighthouse keeper', 'Read more', 'Lee también']) expect(text, label).not.toContain(gone);
    }
  });

  it('drops a paragraph that is only a label and linked headlines, or one headline after a label', () => {
    for (const rail of [`<p>Related: ${ferry} ${keeper}</p>`, `<p><strong>ALSO:</strong> ${ferry}</p>`, `<p>${ferry} | ${keeper}</p>`]) {
      const text = kept(`${STORY}${rail}<p>The dredging will cost about four million pounds, paid for by the port.</p>`);
      for (const gone of ['Ferry fares', 'lighthouse keeper', 'Related', 'ALSO']) expect(text, rail).not.toContain(gone);
      expect(text).toContain('The dredging will cost');
    }
  });

  it('keeps linked names inside a sentence, and one linked headline with no label', () => {
    const sentences = [
      '<p>The board met <a href="/people/doe">Jane Mary Doe</a>, <a href="/people/ruiz">Ana Ruiz Gil</a></p>',
      '<p>The full report is at <a href="/docs/report">the harbour board\'s annual report</a></p>',
      `<p>The vote was announced on Monday. ${ferry}</p>`,
    ];
    for (const sentence of sentences) expect(kept(`${STORY}${sentence}`)).toContain(domToText(parseHTML(`<html><body>${sentence}</body></html>`).document.body as unknown as ListNode).trim());
  });
});
